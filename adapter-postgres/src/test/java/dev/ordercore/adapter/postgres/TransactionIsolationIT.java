package dev.ordercore.adapter.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every transaction of the stores is READ COMMITTED, whatever the session's default, and the
 * isolation is not re-sent on every transaction when the connection already has it (decision 0017).
 */
class TransactionIsolationIT {

    private static final PostgresTestDatabase DB = PostgresTestDatabase.forClass(TransactionIsolationIT.class);

    @Test
    void transactions_are_read_committed_even_when_the_sessions_default_is_serializable() {
        try (HikariDataSource pool = pool("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SERIALIZABLE")) {
            Database db = new Database(pool, List.of());
            for (int i = 0; i < 5; i++) { // one connection: the second and later transactions too
                assertThat(isolationInTransaction(db)).isEqualTo("read committed");
            }
        }
    }

    @Test
    void a_read_committed_connection_is_asked_once_and_never_set() {
        try (HikariDataSource pool = pool(null)) {
            AtomicInteger asked = new AtomicInteger();
            AtomicInteger set = new AtomicInteger();
            Database db = new Database(counting(pool, asked, set), List.of());
            for (int i = 0; i < 5; i++) {
                assertThat(isolationInTransaction(db)).isEqualTo("read committed");
            }
            assertThat(asked).hasValue(1);
            assertThat(set).hasValue(0);
        }
    }

    @Test
    void a_connection_first_seen_otherwise_is_set_on_every_transaction_as_a_pool_may_reset_it() {
        try (HikariDataSource pool = pool("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL REPEATABLE READ")) {
            AtomicInteger asked = new AtomicInteger();
            AtomicInteger set = new AtomicInteger();
            Database db = new Database(counting(pool, asked, set), List.of());
            for (int i = 0; i < 5; i++) {
                assertThat(isolationInTransaction(db)).isEqualTo("read committed");
            }
            assertThat(asked).hasValue(1);
            assertThat(set).hasValue(5);
        }
    }

    private static String isolationInTransaction(Database db) {
        return db.inTransaction(() -> db.runUnscoped(dsl -> dsl.fetchValue(DSL.field("current_setting('transaction_isolation')", String.class))));
    }

    /** A pool of one connection on the test database, as the application role, with {@code initSql} run on each new connection. */
    private static HikariDataSource pool(String initSql) {
        HikariConfig config = new HikariConfig();
        try (HikariDataSource template = DB.secondInstancePool()) {
            config.setJdbcUrl(template.getJdbcUrl());
            config.setUsername(template.getUsername());
            config.setPassword(template.getPassword());
        }
        config.setMaximumPoolSize(1);
        config.setPoolName("isolation");
        if (initSql != null) {
            config.setConnectionInitSql(initSql);
        }
        return new HikariDataSource(config);
    }

    /** The pool's connections, counting the isolation level asked for and set. */
    private static DataSource counting(DataSource pool, AtomicInteger asked, AtomicInteger set) {
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                Connection real = pool.getConnection();
                return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getTransactionIsolation")) {
                        asked.incrementAndGet();
                    } else if (method.getName().equals("setTransactionIsolation")) {
                        set.incrementAndGet();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
            }

            @Override
            public Connection getConnection(String user, String password) {
                throw new UnsupportedOperationException();
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {
            }

            @Override
            public void setLoginTimeout(int seconds) {
            }

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() throws SQLFeatureNotSupportedException {
                throw new SQLFeatureNotSupportedException();
            }

            @Override
            public <T> T unwrap(Class<T> iface) throws SQLException {
                return pool.unwrap(iface);
            }

            @Override
            public boolean isWrapperFor(Class<?> iface) throws SQLException {
                return pool.isWrapperFor(iface);
            }
        };
    }
}
