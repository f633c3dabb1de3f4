package dev.ordercore.application.usecases;

import dev.ordercore.application.fixtures.OrderFixtures;
import dev.ordercore.application.fixtures.Principals;
import dev.ordercore.application.port.in.AppendStatusEntryCommand;
import dev.ordercore.application.port.in.CloseStatusEntryCommand;
import dev.ordercore.application.port.in.GetOrderQuery;
import dev.ordercore.application.port.in.TransitionLineItemCommand;
import dev.ordercore.application.port.in.TransitionOrderCommand;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.json.JsonBoolean;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.lifecycle.DefaultLifecycles;
import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusEntries;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.order.StatusHistory;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Moving orders and lines along their lifecycles through the use cases. */
public abstract class TransitionScenarios extends CoreScenarios {

    private Result<Order, OrderError> transition(Principal who, Order order, String status, boolean force, String reason) {
        return core.transitionOrder().transition(new TransitionOrderCommand(who, TENANT, order.id(), status,
                Optional.ofNullable(reason), force, Optional.empty()));
    }

    private StatusEntry block(Order order, String code) {
        return ok(core.appendStatusEntry().append(new AppendStatusEntryCommand(Principals.module(TENANT, "inventory"), TENANT, order.id(),
                new StatusEntries.Request(Optional.empty(), code, Optional.of("fulfillment"), Severity.BLOCKING,
                        JsonObject.builder().put("sku", "WINE-CHABLIS-2022").build(), Optional.empty(), Optional.empty(),
                        Optional.empty()))));
    }

    private Order reload(Order order) {
        return ok(core.getOrder().get(new GetOrderQuery(Principals.viewer(TENANT), TENANT, order.id())));
    }

    @Test
    void R13_a_transition_outside_the_table_names_the_states_and_writes_nothing() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        int entries = ports.history().history(TENANT, order.id()).size();

        OrderError error = refused(transition(Principals.operator(TENANT), order, "SHIPPED", false, null));

        assertThat(error).isEqualTo(new OrderError.TransitionNotAllowed("order " + order.number(), "PENDING", "SHIPPED",
                List.of("CONFIRMED", "REJECTED", "CANCELLED")));
        assertThat(error.message()).contains("PENDING", "SHIPPED", "CONFIRMED, REJECTED, CANCELLED");
        assertThat(reload(order)).isEqualTo(order);
        assertThat(ports.history().history(TENANT, order.id()).size()).isEqualTo(entries);
    }

    @Test
    void R14_each_accepted_transition_appends_exactly_one_entry_and_the_fold_gives_the_status() {
        Order order = OrderFixtures.aConfirmedOrder(core, catalog);
        order = ok(transition(Principals.operator(TENANT), order, "PAID", false, "paid by card"));

        StatusHistory history = ports.history().history(TENANT, order.id());
        assertThat(history.entries()).extracting(e -> e.code().toString())
                .containsExactly("order:submitted", "order:confirmed", "order:paid");
        assertThat(history.orderStatus(DefaultLifecycles.ORDER).value()).isEqualTo(order.status()).isEqualTo("PAID");
        assertThat(history.entries().get(2).payload()).isEqualTo(JsonObject.builder().put("from", "CONFIRMED").put("to", "PAID")
                .put("reason", "paid by card").put("forced", false).build());
    }

    @Test
    void a_stale_if_match_is_refused() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        ok(transition(Principals.operator(TENANT), order, "CONFIRMED", false, null));

        OrderError error = refused(core.transitionOrder().transition(new TransitionOrderCommand(Principals.operator(TENANT), TENANT,
                order.id(), "CANCELLED", Optional.empty(), false, Optional.of(order.version()))));

        assertThat(error).isEqualTo(new OrderError.StaleVersion(dev.ordercore.domain.shared.EntityType.ORDER, order.id().toString(),
                order.version(), order.version() + 1));
    }

    @Test
    void R15_an_open_blocking_entry_holds_back_forward_transitions_until_closed_or_forced_by_an_admin() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        StatusEntry backordered = block(order, "inventory:reservation_backordered");
        assertThat(reload(order).isBlocked()).isTrue();

        assertThat(refused(transition(Principals.operator(TENANT), order, "CONFIRMED", false, null)))
                .isInstanceOf(OrderError.TransitionBlocked.class);
        assertThat(refused(transition(Principals.operator(TENANT), order, "CONFIRMED", true, "customer waits")))
                .isInstanceOf(OrderError.Forbidden.class);
        assertThat(refused(transition(Principals.admin(TENANT), order, "CONFIRMED", true, null)))
                .isInstanceOf(OrderError.ValidationFailed.class);
        assertThat(reload(order).status()).isEqualTo("PENDING");

        Order forced = ok(transition(Principals.admin(TENANT), order, "CONFIRMED", true, "stock arrives tomorrow"));
        StatusEntry entry = ports.history().history(TENANT, order.id()).entries().get(2);
        assertThat(entry.payload().get("forced")).contains(JsonBoolean.TRUE);
        assertThat(entry.payload().get("forcedBy")).contains(new JsonString("ada.admin"));
        assertThat(entry.payload().get("overrode").orElseThrow().canonical()).contains(backordered.id().toString());
        assertThat(forced.isBlocked()).as("forcing passes a block, it does not close it").isTrue();

        ok(core.closeStatusEntry().close(new CloseStatusEntryCommand(Principals.module(TENANT, "inventory"), TENANT, order.id(),
                backordered.id(), Optional.of("stock arrived"), Optional.empty())));
        assertThat(reload(order).isBlocked()).isFalse();
        assertThat(ok(transition(Principals.operator(TENANT), forced, "PAID", false, null)).status()).isEqualTo("PAID");
    }

    @Test
    void R15_a_block_on_a_line_holds_back_that_line_and_the_order_but_not_the_other_lines() {
        Order order = OrderFixtures.place(core, catalog, OrderFixtures.mixedOrder(catalog));
        LineItem wine = order.lineItems().get(0);
        LineItem rental = order.lineItems().get(1);
        ok(core.appendStatusEntry().append(new AppendStatusEntryCommand(Principals.module(TENANT, "inventory"), TENANT, order.id(),
                new StatusEntries.Request(Optional.of(wine.id()), "inventory:backordered", Optional.empty(), Severity.BLOCKING,
                        JsonObject.empty(), Optional.empty(), Optional.empty(), Optional.empty()))));

        assertThat(refused(transition(Principals.operator(TENANT), order, "CONFIRMED", false, null)))
                .isInstanceOf(OrderError.TransitionBlocked.class);
        assertThat(refused(core.transitionLineItem().transition(new TransitionLineItemCommand(Principals.operator(TENANT), TENANT,
                order.id(), wine.id(), "CONFIRMED", Optional.empty(), false, Optional.empty())))).isInstanceOf(OrderError.TransitionBlocked.class);
        assertThat(ok(core.transitionLineItem().transition(new TransitionLineItemCommand(Principals.operator(TENANT), TENANT,
                order.id(), rental.id(), "CONFIRMED", Optional.empty(), false, Optional.empty()))).line(rental.id()).orElseThrow().status())
                .isEqualTo("CONFIRMED");
        assertThat(ok(core.transitionLineItem().transition(new TransitionLineItemCommand(Principals.operator(TENANT), TENANT,
                order.id(), wine.id(), "CANCELLED", Optional.empty(), false, Optional.empty()))).line(wine.id()).orElseThrow().status())
                .as("a stop state goes ahead").isEqualTo("CANCELLED");
    }

    @Test
    void R16_rejecting_an_order_cancels_its_lines_so_none_moves_on_alone() {
        Order order = OrderFixtures.place(core, catalog, OrderFixtures.mixedOrder(catalog));

        Order rejected = ok(transition(Principals.operator(TENANT), order, "REJECTED", false, "supplier declined"));

        assertThat(rejected.lineItems()).extracting(LineItem::status).containsOnly("CANCELLED");
        assertThat(refused(core.transitionLineItem().transition(new TransitionLineItemCommand(Principals.operator(TENANT), TENANT,
                order.id(), order.lineItems().get(0).id(), "CONFIRMED", Optional.empty(), false, Optional.empty()))))
                .isInstanceOf(OrderError.TransitionNotAllowed.class);
        assertThat(ports.history().history(TENANT, order.id()).entries()).filteredOn(e -> e.lineItem().isPresent())
                .allSatisfy(e -> assertThat(e.payload().get("reason").orElseThrow().canonical()).isEqualTo("\"order rejected\""));
    }

    @Test
    void R15_a_block_on_a_line_that_was_cancelled_no_longer_holds_the_order() {
        Order order = OrderFixtures.place(core, catalog, OrderFixtures.mixedOrder(catalog));
        LineItem wine = order.lineItems().get(0);
        ok(core.appendStatusEntry().append(new AppendStatusEntryCommand(Principals.module(TENANT, "inventory"), TENANT, order.id(),
                new StatusEntries.Request(Optional.of(wine.id()), "inventory:backordered", Optional.empty(), Severity.BLOCKING,
                        JsonObject.empty(), Optional.empty(), Optional.empty(), Optional.empty()))));
        ok(core.adjustOrder().adjust(new dev.ordercore.application.port.in.AdjustOrderCommand(Principals.operator(TENANT), TENANT,
                order.id(), List.of(), List.of(wine.id()), "no wine after all", Optional.empty())));

        Order confirmed = ok(transition(Principals.operator(TENANT), reload(order), "CONFIRMED", false, null));

        assertThat(confirmed.status()).isEqualTo("CONFIRMED");
        assertThat(confirmed.isBlocked()).as("the block stays open until its owner closes it").isTrue();
    }

    @Test
    void a_reason_longer_than_the_limit_is_refused() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        assertThat(refused(transition(Principals.operator(TENANT), order, "CONFIRMED", false, "x".repeat(1001))))
                .isInstanceOf(OrderError.ValidationFailed.class);
    }

    @Test
    void R15_cancelling_and_rejecting_go_ahead_despite_blocks() {
        Order first = OrderFixtures.aPendingOrder(core, catalog);
        Order second = OrderFixtures.aPendingOrder(core, catalog);
        block(first, "inventory:reservation_backordered");
        block(second, "inventory:quality_hold");

        assertThat(ok(transition(Principals.operator(TENANT), first, "REJECTED", false, "no stock")).status()).isEqualTo("REJECTED");
        assertThat(ok(transition(Principals.operator(TENANT), second, "CANCELLED", false, null)).status()).isEqualTo("CANCELLED");
    }

    @Test
    void R16_cancelling_an_order_cancels_its_lines_and_names_those_that_cannot_be() {
        Order order = OrderFixtures.place(core, catalog, OrderFixtures.mixedOrder(catalog));
        LineItem wine = order.lineItems().get(0);
        for (String s : List.of("CONFIRMED", "ALLOCATED", "SHIPPED")) {
            ok(core.transitionLineItem().transition(new TransitionLineItemCommand(Principals.operator(TENANT), TENANT, order.id(),
                    wine.id(), s, Optional.empty(), false, Optional.empty())));
        }

        Order cancelled = ok(transition(Principals.operator(TENANT), order, "CANCELLED", false, "customer cancelled"));

        assertThat(cancelled.lineItems()).extracting(LineItem::status).containsExactly("SHIPPED", "CANCELLED", "CANCELLED");
        StatusEntry warning = ports.history().history(TENANT, order.id()).entries().stream()
                .filter(e -> e.code().toString().equals("order:cancel_incomplete")).findFirst().orElseThrow();
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.payload().canonical()).contains(wine.id().toString(), "SHIPPED");
    }

    @Test
    void R16_an_order_is_delivered_only_when_its_lines_are() {
        Order order = OrderFixtures.aConfirmedOrder(core, catalog);
        for (String s : List.of("PAID", "PREPARING", "SHIPPED")) {
            order = ok(transition(Principals.operator(TENANT), order, s, false, null));
        }
        assertThat(refused(transition(Principals.operator(TENANT), order, "DELIVERED", false, null)))
                .isInstanceOf(OrderError.LinesNotDone.class);
        LineItem line = order.lineItems().get(0);
        for (String s : List.of("CONFIRMED", "ALLOCATED", "SHIPPED", "DELIVERED")) {
            order = ok(core.transitionLineItem().transition(new TransitionLineItemCommand(Principals.operator(TENANT), TENANT,
                    order.id(), line.id(), s, Optional.empty(), false, Optional.empty())));
        }
        assertThat(ok(transition(Principals.operator(TENANT), order, "DELIVERED", false, null)).status()).isEqualTo("DELIVERED");
    }

    /**
     * 16 threads push the same order along random allowed transitions, each with the version it
     * read. Whatever interleaving happens, the history is a valid path of the lifecycle with one
     * entry per accepted transition, and folding it gives the stored status (R13, R14).
     */
    @Test
    void R14_sixteen_threads_transitioning_one_order_leave_a_valid_path_with_one_entry_per_accepted_transition() throws Exception {
        Order order = OrderFixtures.place(core, catalog, OrderFixtures.wineOrder(catalog));
        Lifecycle lifecycle = DefaultLifecycles.ORDER;
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refusedCount = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            Random random = new Random(t);
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 20; i++) {
                    Order seen = reload(order);
                    List<String> next = new ArrayList<>(lifecycle.allowedFrom(seen.status()));
                    next.remove("CANCELLED");
                    next.remove("REJECTED");
                    if (next.isEmpty()) {
                        break;
                    }
                    String target = next.get(random.nextInt(next.size()));
                    Result<Order, OrderError> r = core.transitionOrder().transition(new TransitionOrderCommand(
                            Principals.operator(TENANT), TENANT, order.id(), target, Optional.empty(), false, Optional.of(seen.version())));
                    (r.isOk() ? accepted : refusedCount).incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        Order last = reload(order);
        StatusHistory history = ports.history().history(TENANT, order.id());
        assertThat(history.orderTransitions()).hasSize(accepted.get());
        assertThat(history.orderStatus(lifecycle).value()).isEqualTo(last.status());
        assertThat(last.version()).isEqualTo(1 + accepted.get());
        assertThat(accepted.get()).as("some transitions went through").isPositive();
        assertThat(refusedCount.get()).as("concurrent losers were refused").isPositive();
    }
}
