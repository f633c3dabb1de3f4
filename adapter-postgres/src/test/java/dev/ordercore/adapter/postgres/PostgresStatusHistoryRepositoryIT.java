package dev.ordercore.adapter.postgres;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.contract.ContractData;
import dev.ordercore.application.contract.Race;
import dev.ordercore.application.contract.StatusHistoryRepositoryContract;
import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.application.port.out.StatusHistoryRepository;
import dev.ordercore.domain.order.NewStatusEntry;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusEntry;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.ordercore.adapter.postgres.jooq.Tables.ORDER_MODULE_STATUS;
import static dev.ordercore.application.contract.ContractData.TENANT;
import static dev.ordercore.application.contract.ContractData.anEntryId;
import static dev.ordercore.application.contract.ContractData.anOrder;
import static dev.ordercore.application.contract.ContractData.entry;
import static dev.ordercore.application.contract.ContractData.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The status history contract on PostgreSQL, plus what only a database can get wrong: the
 * statements each call costs, closers racing on the unique index, and the open BLOCKING count
 * of the projection row, which the port does not show but the order's blocks rely on.
 */
class PostgresStatusHistoryRepositoryIT extends StatusHistoryRepositoryContract {

    private final PostgresTestDatabase database = PostgresTestDatabase.forClass(getClass());

    @Override
    protected OrderCorePorts ports() {
        return database.freshStores(ContractData.CLOCK).ports();
    }

    @Test
    void each_call_is_one_statement_and_a_refused_append_two() {
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
        StatusHistoryRepository history = ports.history();
        Order order = anOrder(TENANT);
        ports.orders().insert(order);
        NewStatusEntry blocking = entry(order).severity(Severity.BLOCKING).dedupeKey("wms-1").build();

        assertThat(counted(statements, () -> history.append(blocking))).as("append").isEqualTo(1);
        StatusEntry stored = history.find(TENANT, order.id(), blocking.id()).orElseThrow();
        assertThat(counted(statements, () -> history.append(entry(order).closing(stored).build()))).as("append a closer").isEqualTo(1);
        assertThat(counted(statements, () -> assertThatThrownBy(() -> history.append(blocking)).isInstanceOf(DuplicateKeyException.class))).as("refused append").isEqualTo(2);
        assertThat(counted(statements, () -> history.history(TENANT, order.id()))).as("history").isEqualTo(1);
        assertThat(counted(statements, () -> history.find(TENANT, order.id(), blocking.id()))).as("find").isEqualTo(1);
        assertThat(counted(statements, () -> history.findAll(TENANT, order.id(), List.of(blocking.id(), anEntryId())))).as("findAll")
                .isEqualTo(1);
        assertThat(counted(statements, () -> history.findAll(TENANT, order.id(), List.of()))).as("findAll of nothing").isZero();
        assertThat(counted(statements, () -> history.findByDedupeKey(TENANT, order.id(), "wms-1"))).as("findByDedupeKey").isEqualTo(1);
        assertThat(counted(statements, () -> history.findCloser(TENANT, order.id(), blocking.id()))).as("findCloser").isEqualTo(1);
        assertThat(counted(statements, () -> history.latestPerModule(TENANT, order.id()))).as("latestPerModule").isEqualTo(1);
    }

    @Test
    void a_refused_append_names_the_taken_key_as_the_in_memory_store_does() {
        OrderCorePorts ports = ports();
        StatusHistoryRepository history = ports.history();
        Order order = anOrder(TENANT);
        ports.orders().insert(order);
        StatusEntry blocking = history.append(entry(order).severity(Severity.BLOCKING).dedupeKey("wms-1").build());
        history.append(entry(order).closing(blocking).build());

        assertThatThrownBy(() -> history.append(entry(order).id(blocking.id()).dedupeKey("wms-1").build()))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo("id " + blocking.id()));
        assertThatThrownBy(() -> history.append(entry(order).dedupeKey("wms-1").closing(blocking).build()))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo("dedupe key wms-1"));
        assertThatThrownBy(() -> history.append(entry(order).closing(blocking).build()))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo("closes " + blocking.id()));
    }

    @Test
    void R17_of_concurrent_closers_of_one_entry_exactly_one_succeeds() {
        OrderCorePorts ports = ports();
        StatusHistoryRepository history = ports.history();
        Order order = anOrder(TENANT);
        ports.orders().insert(order);
        StatusEntry blocking = history.append(entry(order).code("inventory:reservation_backordered").severity(Severity.BLOCKING).build());
        int writers = 8;
        List<NewStatusEntry> closers = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            closers.add(entry(order).closing(blocking).recordedAt(minutes(i)).build());
        }

        List<Race.Outcome<StatusEntry>> outcomes = Race.run(writers, i -> () ->
                ports.transactions().inTransaction(() -> history.append(closers.get(i))));

        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.succeeded()).allSatisfy(o -> assertThat(o.failure())
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo("closes " + blocking.id())));
        StatusEntry winner = outcomes.stream().filter(Race.Outcome::succeeded).findFirst().orElseThrow().value();
        assertThat(history.findCloser(TENANT, order.id(), blocking.id())).contains(winner);
        assertThat(history.latestPerModule(TENANT, order.id())).isEqualTo(Map.of("inventory", winner));
        assertThat(openBlocking(order, "inventory")).isZero();
    }

    @Test
    void R20_an_older_blocking_entry_counts_as_open_without_becoming_the_latest() {
        OrderCorePorts ports = ports();
        StatusHistoryRepository history = ports.history();
        Order order = anOrder(TENANT);
        ports.orders().insert(order);
        StatusEntry reserved = history.append(entry(order).code("inventory:reserved").recordedAt(minutes(10)).build());

        StatusEntry late = history.append(entry(order).code("inventory:reservation_backordered").severity(Severity.BLOCKING)
                .recordedAt(minutes(-30)).build());
        assertThat(history.latestPerModule(TENANT, order.id())).isEqualTo(Map.of("inventory", reserved));
        assertThat(openBlocking(order, "inventory")).isEqualTo(1);

        history.append(entry(order).closing(late).recordedAt(minutes(-20)).build());
        assertThat(history.latestPerModule(TENANT, order.id())).isEqualTo(Map.of("inventory", reserved));
        assertThat(openBlocking(order, "inventory")).isZero();
    }

    @Test
    void R20_an_entry_closing_a_blocking_entry_of_another_module_lowers_that_modules_count() {
        OrderCorePorts ports = ports();
        StatusHistoryRepository history = ports.history();
        Order order = anOrder(TENANT);
        ports.orders().insert(order);
        StatusEntry review = history.append(entry(order).code("payments:review").severity(Severity.BLOCKING).build());

        StatusEntry closer = history.append(entry(order).closing(review).code("inventory:closed").recordedAt(minutes(1)).build());

        assertThat(history.latestPerModule(TENANT, order.id())).isEqualTo(Map.of("payments", review, "inventory", closer));
        assertThat(openBlocking(order, "payments")).isZero();
        assertThat(openBlocking(order, "inventory")).isZero();
    }

    @Test
    void R20_an_entry_closing_a_blocking_entry_of_another_order_leaves_that_orders_count() {
        OrderCorePorts ports = ports();
        StatusHistoryRepository history = ports.history();
        Order order = anOrder(TENANT);
        Order another = anOrder(TENANT);
        ports.orders().insert(order);
        ports.orders().insert(another);
        StatusEntry review = history.append(entry(order).code("payments:review").severity(Severity.BLOCKING).build());

        history.append(entry(another).closing(review).recordedAt(minutes(1)).build());

        assertThat(history.history(TENANT, order.id()).openBlocking()).containsExactly(review);
        assertThat(openBlocking(order, "payments")).isEqualTo(1);
        assertThat(openBlocking(another, "payments")).isZero();
    }

    private int openBlocking(Order order, String module) {
        return DSL.using(database.owner(), SQLDialect.POSTGRES)
                .select(ORDER_MODULE_STATUS.OPEN_BLOCKING)
                .from(ORDER_MODULE_STATUS)
                .where(ORDER_MODULE_STATUS.TENANT_ID.eq(order.tenant().value()),
                        ORDER_MODULE_STATUS.ORDER_ID.eq(order.id().value()),
                        ORDER_MODULE_STATUS.MODULE.eq(module))
                .fetchSingle(ORDER_MODULE_STATUS.OPEN_BLOCKING);
    }

    private static int counted(AtomicInteger statements, Runnable call) {
        int before = statements.get();
        call.run();
        return statements.get() - before;
    }
}
