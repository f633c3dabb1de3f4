package dev.ordercore.adapter.postgres;

import com.zaxxer.hikari.HikariDataSource;
import dev.ordercore.application.OrderCore;
import dev.ordercore.application.fixtures.CatalogFixture;
import dev.ordercore.application.fixtures.Intents;
import dev.ordercore.application.fixtures.OrderFixtures;
import dev.ordercore.application.fixtures.Principals;
import dev.ordercore.application.port.in.IntentReceipt;
import dev.ordercore.application.port.in.SubmitIntentCommand;
import dev.ordercore.application.port.in.TransitionOrderCommand;
import dev.ordercore.application.port.out.OrderFilter;
import dev.ordercore.domain.intent.IntentOutcome;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.lifecycle.DefaultLifecycles;
import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.StatusHistory;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrency on a real PostgreSQL, with two instances of the application (two pools, two
 * {@link PostgresStores}) on one database, as two servers behind a load balancer would be.
 */
class PostgresConcurrencyIT {

    private static final TenantId TENANT = TenantId.of("winefeed");

    private final PostgresTestDatabase pg = PostgresTestDatabase.forClass(PostgresConcurrencyIT.class);
    private PostgresStores first;
    private HikariDataSource secondPool;
    private OrderCore one;
    private OrderCore two;
    private CatalogFixture catalog;

    @BeforeEach
    void twoInstances() {
        first = pg.freshStores(Clock.systemUTC());
        secondPool = pg.secondInstancePool();
        one = first.core();
        two = PostgresStores.create(secondPool, Clock.systemUTC()).core();
        catalog = CatalogFixture.create(one, TENANT);
    }

    @AfterEach
    void closeSecondInstance() {
        secondPool.close();
    }

    @Test
    void R22_fifty_identical_intents_on_two_instances_create_exactly_one_order_and_all_answer_its_outcome() throws Exception {
        JsonObject payload = Intents.wineIntent(catalog, "shop-race", 3);
        List<IntentReceipt> receipts = race(50, i -> () -> ok((i % 2 == 0 ? one : two).submitIntent()
                .submit(new SubmitIntentCommand(Principals.module(TENANT, "channel"), TENANT, payload))));

        assertThat(receipts).filteredOn(r -> !r.repeated()).hasSize(1);
        assertThat(receipts.stream().map(IntentReceipt::intent).distinct()).hasSize(1);
        List<Order> orders = first.ports().orders().list(TENANT, OrderFilter.ALL, Optional.empty(), 100);
        assertThat(orders).hasSize(1);
        assertThat(((IntentOutcome.Accepted) receipts.get(0).intent().outcome()).orderId()).isEqualTo(orders.get(0).id());
        // the order's own entry; its line is dated before today's clock, so it also raises alerts:rush (R37)
        assertThat(first.ports().history().history(TENANT, orders.get(0).id()).entries()).filteredOn(e -> e.code().isOrder()).hasSize(1);
        assertThat(outboxTypes(orders.get(0).id().toString())).containsEntry("OrderPlaced", 1L);
    }

    @Test
    void R14_a_hundred_concurrent_transitions_on_one_order_leave_a_valid_path_with_one_entry_and_one_event_each() throws Exception {
        Order order = OrderFixtures.place(one, catalog, OrderFixtures.wineOrder(catalog));
        Lifecycle lifecycle = DefaultLifecycles.ORDER;
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refusals = new AtomicInteger();

        race(100, i -> () -> {
            OrderCore core = i % 2 == 0 ? one : two;
            Order seen = ok(core.getOrder().get(new dev.ordercore.application.port.in.GetOrderQuery(Principals.viewer(TENANT), TENANT,
                    order.id())));
            List<String> next = new ArrayList<>(lifecycle.allowedFrom(seen.status()));
            next.removeAll(List.of("CANCELLED", "REJECTED"));
            if (next.isEmpty()) {
                return null;
            }
            String target = next.get(new Random(i).nextInt(next.size()));
            Result<Order, OrderError> r = core.transitionOrder().transition(new TransitionOrderCommand(Principals.operator(TENANT), TENANT,
                    order.id(), target, Optional.empty(), false, Optional.empty()));
            (r.isOk() ? accepted : refusals).incrementAndGet();
            return null;
        });

        Order last = first.ports().orders().find(TENANT, order.id()).orElseThrow();
        StatusHistory history = first.ports().history().history(TENANT, order.id());
        List<String> entered = history.orderTransitions();
        assertThat(accepted.get()).as("some transitions went through").isPositive();
        assertThat(entered).hasSize(accepted.get());
        String at = lifecycle.initial();
        for (String to : entered) {
            assertThat(lifecycle.allows(at, to)).as("%s -> %s is in the table", at, to).isTrue();
            at = to;
        }
        assertThat(at).isEqualTo(last.status());
        assertThat(history.orderStatus(lifecycle).value()).isEqualTo(last.status());
        assertThat(last.version()).isEqualTo(1 + accepted.get());
        assertThat(outboxTypes(order.id().toString())).containsEntry("OrderStatusChanged", (long) accepted.get())
                .containsEntry("OrderPlaced", 1L);
    }

    private Map<String, Long> outboxTypes(String aggregateId) throws SQLException {
        Map<String, Long> types = new LinkedHashMap<>();
        try (Connection c = pg.owner().getConnection();
             var s = c.prepareStatement("select type, count(*) from outbox where aggregateid = ? group by type order by type")) {
            s.setString(1, aggregateId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    types.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return types;
    }

    private interface Task<T> {
        Callable<T> make(int i);
    }

    private static <T> List<T> race(int threads, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Callable<T> work = task.make(i);
            futures.add(pool.submit(() -> {
                start.await();
                return work.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        try {
            for (Future<T> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    private static <T> T ok(Result<T, OrderError> result) {
        assertThat(result.isOk()).as("expected success, got %s", result).isTrue();
        return result.value();
    }
}
