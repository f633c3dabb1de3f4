package dev.ordercore.adapter.postgres;

import dev.ordercore.application.port.out.StoreUnavailableException;
import dev.ordercore.application.port.out.StoreUnavailableException.Reason;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionFailuresTest {

    @Test
    void connection_errors_shutdowns_and_an_empty_pool_mean_the_store_is_unavailable() {
        assertThat(ConnectionFailures.isUnavailable(new SQLException("refused", "08001"))).isTrue();
        assertThat(ConnectionFailures.isUnavailable(new SQLException("broken", "08006"))).isTrue();
        assertThat(ConnectionFailures.isUnavailable(new SQLException("admin shutdown", "57P01"))).isTrue();
        assertThat(ConnectionFailures.isUnavailable(new SQLException("crash shutdown", "57P02"))).isTrue();
        assertThat(ConnectionFailures.isUnavailable(new SQLException("starting up", "57P03"))).isTrue();
        assertThat(ConnectionFailures.reason(new SQLTransientConnectionException("pool timed out", "08001",
                new SQLException("Connection refused", "08001")))).hasValue(Reason.UNREACHABLE);
        assertThat(ConnectionFailures.isUnavailable(new RuntimeException("wrapped", new SQLException("broken", "08006")))).isTrue();
    }

    @Test
    void a_pool_timeout_without_a_connection_failure_behind_it_means_every_connection_is_busy() {
        assertThat(ConnectionFailures.reason(new SQLTransientConnectionException("Connection is not available, request timed out")))
                .hasValue(Reason.BUSY);
        assertThat(ConnectionFailures.translate("could not run a transaction",
                new SQLTransientConnectionException("timed out"))).isInstanceOfSatisfying(StoreUnavailableException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.BUSY));
    }

    @Test
    void constraint_violations_and_statement_bugs_stay_infrastructure_errors() {
        assertThat(ConnectionFailures.isUnavailable(new SQLException("duplicate", "23505"))).isFalse();
        assertThat(ConnectionFailures.isUnavailable(new SQLException("syntax", "42601"))).isFalse();
        assertThat(ConnectionFailures.isUnavailable(new SQLException("no state"))).isFalse();
        RuntimeException bug = new IllegalStateException("a bug");
        assertThat(ConnectionFailures.translate(bug)).isSameAs(bug);
    }

    @Test
    void a_translated_failure_keeps_its_cause() {
        SQLException cause = new SQLException("broken", "08006");
        RuntimeException translated = ConnectionFailures.translate(new RuntimeException("jOOQ", cause));
        assertThat(translated).isInstanceOf(StoreUnavailableException.class).hasRootCause(cause);
        assertThat(((StoreUnavailableException) translated).reason()).isEqualTo(Reason.UNREACHABLE);
        assertThat(ConnectionFailures.translate("could not run a transaction", new SQLException("syntax", "42601")))
                .isInstanceOf(PostgresException.class);
    }
}
