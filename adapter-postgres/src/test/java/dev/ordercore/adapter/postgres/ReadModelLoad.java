package dev.ordercore.adapter.postgres;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.GetDashboardSummaryQuery;
import dev.ordercore.application.port.in.PlanningQuery;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.access.Role;
import dev.ordercore.domain.lifecycle.DefaultLifecycles;
import dev.ordercore.domain.planning.DashboardSummary;
import dev.ordercore.domain.shared.TenantId;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.conf.ParamType;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A load measurement, not a test: it asserts nothing about speed and is not run by the build
 * (its name matches neither *Test nor *IT). Run it on a quiet machine with
 * {@code ./mvnw -o -pl adapter-postgres verify -Dit.test=ReadModelLoad -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}
 * and copy the printed numbers into docs/benchmarks-read-models.md.
 *
 * <p>It seeds 1,000,000 orders of 5 lines each (5,000,000 lines) across 20 tenants with bulk SQL
 * as the database owner (generate_series, not the use cases), created over the last 365 days with
 * lines due 0-20 days after, in the default lifecycles' states; VACUUM ANALYZEs; then times the
 * dashboard summary and the demand requirements of one tenant through the use cases, as the
 * application role with row-level security in force, and prints EXPLAIN ANALYZE of their statements.
 */
class ReadModelLoad {

    private static final int TENANTS = 20;
    private static final int ORDERS_PER_TENANT = 50_000;
    private static final int PRODUCTS_PER_TENANT = 200;
    private static final int WARMUP = 30;
    private static final int RUNS = 200;
    private static final String MEASURED = "t07";

    /** Collects the SQL of the statements run while {@link #recording} is on, with their values inlined, for EXPLAIN. */
    private static final class Recorder implements ExecuteListener {
        volatile boolean recording;
        final List<String> statements = new ArrayList<>();

        @Override
        public void executeStart(ExecuteContext ctx) {
            if (recording && ctx.query() != null) {
                statements.add(ctx.query().getSQL(ParamType.INLINED));
            }
        }
    }

    @Test
    void dashboard_and_demand_on_a_million_orders() throws Exception {
        PostgresTestDatabase db = PostgresTestDatabase.forClass(ReadModelLoad.class);
        db.truncate();
        long seeding = System.nanoTime();
        for (int t = 0; t < TENANTS; t++) {
            seed(db, String.format("t%02d", t));
            System.out.printf("seeded tenant %d of %d after %.0f s%n", t + 1, TENANTS, (System.nanoTime() - seeding) / 1e9);
        }
        PostgresTestDatabase.execute(db.owner(), "vacuum analyze");
        System.out.printf("seeded %,d orders and %,d lines in %.0f s (vacuum analyze included)%n", count(db, "orders"), count(db, "line_items"),
                (System.nanoTime() - seeding) / 1e9);

        Recorder recorder = new Recorder();
        OrderCore core = PostgresStores.builder(db.app()).clock(Clock.systemUTC()).executeListener(recorder).build().core();
        TenantId tenant = TenantId.of(MEASURED);
        Principal viewer = Principal.user("vic", tenant, Role.VIEWER);
        Supplier<Object> dashboard = () -> core.dashboardSummary().get(new GetDashboardSummaryQuery(viewer, tenant)).value();
        Supplier<Object> demand = () -> core.demandRequirements().get(new PlanningQuery(viewer, tenant, Optional.empty(), Optional.empty()))
                .value();

        DashboardSummary summary = (DashboardSummary) dashboard.get();
        System.out.println("dashboard of " + MEASURED + ": " + summary.ordersByStatus() + ", pending " + summary.pendingConfirmations()
                + ", blocked " + summary.blockedOrders() + ", revenue 30 days " + summary.revenueLast30Days());
        System.out.println("demand requirements of " + MEASURED + ": "
                + core.demandRequirements().get(new PlanningQuery(viewer, tenant, Optional.empty(), Optional.empty())).value()
                .requirements().size() + " (product, day) rows");
        time("dashboard summary", dashboard);
        time("demand requirements", demand);

        recorder.recording = true;
        dashboard.get();
        demand.get();
        recorder.recording = false;
        try (Connection c = db.app().getConnection(); Statement s = c.createStatement()) {
            s.execute("select set_config('ordercore.tenant_id', '" + MEASURED + "', false)");
            for (String sql : recorder.statements) {
                if (sql.startsWith("select set_config")) {
                    continue;
                }
                System.out.println("\n-- " + sql);
                try (ResultSet plan = s.executeQuery("explain (analyze, buffers) " + sql)) {
                    while (plan.next()) {
                        System.out.println(plan.getString(1));
                    }
                }
            }
        }
    }

    private static void time(String what, Supplier<Object> call) {
        for (int i = 0; i < WARMUP; i++) {
            call.get();
        }
        long[] latencies = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.get();
            latencies[i] = System.nanoTime() - start;
        }
        Arrays.sort(latencies);
        System.out.printf("%s: runs=%d p50=%.1fms p99=%.1fms max=%.1fms%n", what, RUNS, latencies[RUNS / 2] / 1e6,
                latencies[(int) (RUNS * 0.99)] / 1e6, latencies[RUNS - 1] / 1e6);
    }

    private static long count(PostgresTestDatabase db, String table) throws SQLException {
        try (Connection c = db.owner().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One tenant's catalog, orders and lines, in one transaction of five statements. */
    private static void seed(PostgresTestDatabase db, String tenant) throws SQLException {
        String order = DefaultLifecycles.ORDER.name();
        String line = DefaultLifecycles.LINE_ITEM.name();
        List<String> statements = List.of(
                "insert into categories (tenant_id, id, name, type, created_at) values ({T}, md5({T} || '-category')::uuid, 'Bakery', 'SALE', now())",
                "insert into klasses (tenant_id, id, name, category_id, pricing, created_at) "
                        + "values ({T}, md5({T} || '-klass')::uuid, 'Bread', md5({T} || '-category')::uuid, '[]', now())",
                "insert into products (tenant_id, id, klass_id, sku, name, attributes, created_at) "
                        + "select {T}, md5({T} || '-product-' || p)::uuid, md5({T} || '-klass')::uuid, 'BREAD-' || p, 'Bread ' || p, '{}', now() "
                        + "from generate_series(0, " + (PRODUCTS_PER_TENANT - 1) + ") p",
                "insert into orders (tenant_id, id, number, currency, customer_id, created_by, created_at, updated_at, version, lifecycle, status, "
                        + "open_blocks, blocking_count, customers, deleted_at) "
                        + "select {T}, md5({T} || '-order-' || n)::uuid, 'ORD-2026-' || lpad(n::text, 6, '0'), 'SEK', c, 'load', ts, ts, 1, '" + order
                        + "', case when r < 0.20 then 'PENDING' when r < 0.40 then 'CONFIRMED' when r < 0.50 then 'PAID' when r < 0.60 then 'PREPARING' "
                        + "when r < 0.70 then 'SHIPPED' when r < 0.75 then 'DELIVERED' when r < 0.90 then 'COMPLETED' when r < 0.97 then 'CANCELLED' "
                        + "else 'REJECTED' end, '[]', case when b < 0.02 then 1 else 0 end, array[c], case when d < 0.01 then ts end "
                        + "from (select n, random() r, random() b, random() d, now() - random() * interval '365 days' ts, "
                        + "md5({T} || '-customer-' || (n % 500))::uuid c from generate_series(1, " + ORDERS_PER_TENANT + ") n) s",
                "insert into line_items (tenant_id, id, order_id, position, kind, klass_id, product_id, quantity, unit_price, amount, currency, "
                        + "date_from, deliveries, customer_id, lifecycle, status, added_at, demand_date, order_created_at) "
                        + "select o.tenant_id, md5(o.id::text || '-' || p)::uuid, o.id, p, 'SALE', md5({T} || '-klass')::uuid, "
                        + "md5({T} || '-product-' || x.product)::uuid, x.q, x.price, x.q * x.price, 'SEK', x.due, '[]', o.customer_id, '" + line
                        + "', case o.status when 'CANCELLED' then 'CANCELLED' when 'REJECTED' then 'CANCELLED' when 'DELIVERED' then 'DELIVERED' "
                        + "when 'COMPLETED' then 'DELIVERED' when 'SHIPPED' then 'SHIPPED' when 'PENDING' then 'PENDING' else 'CONFIRMED' end, "
                        + "o.created_at, x.due, o.created_at "
                        + "from orders o cross join generate_series(0, 4) p cross join lateral (select 1 + floor(random() * 20)::int as q, "
                        + "round((10 + random() * 90)::numeric, 2) as price, floor(random() * " + PRODUCTS_PER_TENANT + ")::int as product, "
                        + "(o.created_at at time zone 'UTC')::date + floor(random() * 21)::int + p * 0 as due) x "
                        + "where o.tenant_id = {T}");
        try (Connection c = db.owner().getConnection()) {
            c.setAutoCommit(false);
            for (String sql : statements) {
                try (PreparedStatement s = c.prepareStatement(sql.replace("{T}", "'" + tenant + "'"))) {
                    s.executeUpdate();
                }
            }
            c.commit();
        }
    }
}
