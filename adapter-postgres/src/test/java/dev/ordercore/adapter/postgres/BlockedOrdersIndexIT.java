package dev.ordercore.adapter.postgres;

import dev.ordercore.application.port.out.OrderFilter;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static dev.ordercore.application.contract.ContractData.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blocked-orders listing (GET /orders?blocked=true, R15's open BLOCKING entries counted per
 * order) can be served by V10's partial index orders_blocked_ix in every plan PostgreSQL may
 * choose for it, the generic one included: its statement, exactly as the store sends it, is
 * prepared and planned generically as the application role. A bound value where the predicate says 0 would
 * make the partial index unusable once PostgreSQL switched the prepared statement to a generic
 * plan (docs/benchmarks.md, "History at scale").
 */
class BlockedOrdersIndexIT {

    private final PostgresTestDatabase database = PostgresTestDatabase.forClass(getClass());

    @Test
    void the_blocked_listing_reads_the_partial_index_of_blocked_orders_even_in_a_generic_plan() throws SQLException {
        List<String> statements = new ArrayList<>();
        List<List<Object>> values = new ArrayList<>();
        ExecuteListener recorder = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                if (ctx.sql() != null && ctx.sql().contains("blocking_count")) {
                    statements.add(ctx.sql());
                    values.add(ctx.query().getBindValues());
                }
            }
        };
        database.freshStores(Clock.systemUTC(), recorder).ports().orders().list(TENANT, OrderFilter.ALL.withBlocked(true), Optional.empty(), 51);
        assertThat(statements).hasSize(1);

        String plan = genericPlan(statements.get(0), values.get(0));

        assertThat(plan).contains("orders_blocked_ix").doesNotContain("Filter: (blocking_count");
    }

    /**
     * The plan of {@code sql} prepared as the application role (its ? placeholders as $1, $2, …) and
     * executed with {@code values} under plan_cache_mode = force_generic_plan, sequential scans priced out.
     */
    private String genericPlan(String sql, List<Object> values) throws SQLException {
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (char c : sql.toCharArray()) {
            numbered.append(c == '?' ? "$" + ++n : String.valueOf(c));
        }
        DSLContext render = DSL.using(SQLDialect.POSTGRES);
        String arguments = values.stream().map(v -> render.renderInlined(DSL.val(v))).collect(Collectors.joining(", "));
        StringBuilder plan = new StringBuilder();
        try (Connection c = database.app().getConnection(); Statement s = c.createStatement()) {
            s.execute("select set_config('ordercore.tenant_id', '" + TENANT.value() + "', false)");
            s.execute("set enable_seqscan = off");
            s.execute("set plan_cache_mode = force_generic_plan");
            s.execute("prepare blocked_listing as " + numbered);
            try (ResultSet rs = s.executeQuery("explain execute blocked_listing(" + arguments + ")")) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            s.execute("deallocate blocked_listing");
            s.execute("reset all");
            s.execute("select set_config('ordercore.tenant_id', '', false)");
        }
        return plan.toString();
    }
}
