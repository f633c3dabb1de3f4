package dev.ordercore.adapter.postgres;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.contract.ContractData;
import dev.ordercore.application.contract.StatusHistorySearchContract;
import dev.ordercore.application.port.out.EntrySearch;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.ordercore.application.contract.ContractData.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/** The search contract on PostgreSQL, plus what only a database can get wrong: one statement, over the alert index. */
class PostgresStatusHistorySearchIT extends StatusHistorySearchContract {

    private final PostgresTestDatabase database = PostgresTestDatabase.forClass(getClass());

    @Override
    protected OrderCorePorts ports() {
        return database.freshStores(ContractData.CLOCK).ports();
    }

    @Test
    void a_search_is_one_statement() {
        AtomicInteger statements = new AtomicInteger();
        ExecuteListener counter = new ExecuteListener() {
            @Override
            public void executeEnd(ExecuteContext ctx) {
                if (!ctx.sql().contains("set_config")) {
                    statements.incrementAndGet();
                }
            }
        };
        OrderCorePorts ports = database.freshStores(ContractData.CLOCK, counter).ports();
        int before = statements.get();

        ports.history().search(TENANT, EntrySearch.in(Set.of("alerts", "credit"), 50));

        assertThat(statements.get() - before).isEqualTo(1);
    }

    @Test
    void the_alert_index_exists() {
        String definition = DSL.using(database.owner(), org.jooq.SQLDialect.POSTGRES)
                .fetchOne("select indexdef from pg_indexes where indexname = 'status_history_namespace_ix'")
                .get(0, String.class);

        assertThat(definition).contains("(tenant_id, namespace, recorded_at DESC, sequence DESC)").contains("WHERE (closes IS NULL)");
    }
}
