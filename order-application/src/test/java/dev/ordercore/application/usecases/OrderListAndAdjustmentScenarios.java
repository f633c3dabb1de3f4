package dev.ordercore.application.usecases;

import dev.ordercore.application.fixtures.OrderFixtures;
import dev.ordercore.application.fixtures.Principals;
import dev.ordercore.application.port.in.AdjustOrderCommand;
import dev.ordercore.application.port.in.AppendStatusEntryCommand;
import dev.ordercore.application.port.in.DeleteOrderCommand;
import dev.ordercore.application.port.in.GetOrderQuery;
import dev.ordercore.application.port.in.ListOrdersQuery;
import dev.ordercore.application.port.in.TransitionOrderCommand;
import dev.ordercore.application.port.out.OrderFilter;
import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.LineRef;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusEntries;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.ordercore.application.fixtures.OrderFixtures.FEB_1;
import static org.assertj.core.api.Assertions.assertThat;

/** Listing orders and adjusting them after placement. */
public abstract class OrderListAndAdjustmentScenarios extends CoreScenarios {

    private Page<Order> list(OrderFilter filter, int limit, Optional<String> cursor) {
        return ok(core.listOrders().list(new ListOrdersQuery(Principals.viewer(TENANT), TENANT, filter, limit, cursor)));
    }

    @Test
    void lists_filter_by_status_customer_time_and_blocking_and_page_newest_first() {
        List<Order> placed = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            clock.advance(Duration.ofMinutes(5));
            placed.add(OrderFixtures.aPendingOrder(core, catalog));
        }
        CustomerId other = new CustomerId(UUID.randomUUID());
        Order forOther = OrderFixtures.place(core, catalog, OrderDraft.builder(OrderFixtures.SEK).customer(other)
                .line(OrderFixtures.wineLine(catalog)).build());
        ok(core.transitionOrder().transition(new TransitionOrderCommand(Principals.operator(TENANT), TENANT, placed.get(0).id(),
                "CONFIRMED", Optional.empty(), false, Optional.empty())));
        ok(core.appendStatusEntry().append(new AppendStatusEntryCommand(Principals.module(TENANT, "inventory"), TENANT,
                placed.get(1).id(), new StatusEntries.Request(Optional.empty(), "inventory:hold", Optional.empty(), Severity.BLOCKING,
                JsonObject.empty(), Optional.empty(), Optional.empty(), Optional.empty()))));
        ok(core.deleteOrder().delete(new DeleteOrderCommand(Principals.operator(TENANT), TENANT, placed.get(2).id(), Optional.empty(),
                Optional.empty())));

        List<Order> all = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<Order> page = list(OrderFilter.ALL, 3, cursor);
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor.isPresent());

        assertThat(all).extracting(Order::id).doesNotContain(placed.get(2).id()).hasSize(7).doesNotHaveDuplicates();
        assertThat(all.get(0).id()).isEqualTo(forOther.id());
        assertThat(list(OrderFilter.ALL.withStatus("CONFIRMED"), 10, Optional.empty()).items()).extracting(Order::id)
                .containsExactly(placed.get(0).id());
        assertThat(list(OrderFilter.ALL.withCustomer(other), 10, Optional.empty()).items()).extracting(Order::id)
                .containsExactly(forOther.id());
        assertThat(list(OrderFilter.ALL.withBlocked(true), 10, Optional.empty()).items()).extracting(Order::id)
                .containsExactly(placed.get(1).id());
        assertThat(list(OrderFilter.ALL.createdBetween(placed.get(3).createdAt(), placed.get(5).createdAt()), 10, Optional.empty())
                .items()).extracting(Order::id).containsExactly(placed.get(4).id(), placed.get(3).id());
        assertThat(refused(core.listOrders().list(new ListOrdersQuery(Principals.viewer(TENANT), TENANT,
                OrderFilter.ALL.createdBetween(placed.get(5).createdAt(), placed.get(3).createdAt()), 10, Optional.empty()))))
                .isInstanceOf(OrderError.ValidationFailed.class);
    }

    @Test
    void a_page_that_holds_exactly_the_last_orders_has_no_next_cursor_and_limits_are_1_to_200() {
        Order older = OrderFixtures.aPendingOrder(core, catalog);
        clock.advance(Duration.ofMinutes(5));
        Order newer = OrderFixtures.aPendingOrder(core, catalog);

        Page<Order> exactlyTwo = list(OrderFilter.ALL, 2, Optional.empty());
        Page<Order> one = list(OrderFilter.ALL, 1, Optional.empty());

        assertThat(exactlyTwo.items()).extracting(Order::id).containsExactly(newer.id(), older.id());
        assertThat(exactlyTwo.nextCursor()).isEmpty();
        assertThat(one.items()).extracting(Order::id).containsExactly(newer.id());
        assertThat(list(OrderFilter.ALL, 1, one.nextCursor()).items()).extracting(Order::id).containsExactly(older.id());
        assertThat(list(OrderFilter.ALL, 200, Optional.empty()).items()).hasSize(2);
        assertThat(list(OrderFilter.ALL.createdBetween(older.createdAt(), older.createdAt().plusMillis(1)), 10, Optional.empty()).items())
                .extracting(Order::id).containsExactly(older.id());
        for (int bad : new int[] {0, 201}) {
            assertThat(refused(core.listOrders().list(new ListOrdersQuery(Principals.viewer(TENANT), TENANT, OrderFilter.ALL, bad,
                    Optional.empty())))).isEqualTo(new OrderError.ValidationFailed(List.of(new Violation("limit", "limit_out_of_range",
                    "limit is 1-200, got " + bad))));
        }
        assertThat(refused(core.listOrders().list(new ListOrdersQuery(Principals.viewer(OTHER_TENANT), TENANT, OrderFilter.ALL, 10,
                Optional.empty())))).as("R35 a principal of another tenant").isEqualTo(new OrderError.NotFound(EntityType.TENANT, TENANT.toString()));
        assertThat(refused(core.listOrders().list(new ListOrdersQuery(Principals.viewer(TENANT), TENANT,
                OrderFilter.ALL.createdBetween(older.createdAt(), older.createdAt()), 10, Optional.empty()))))
                .isEqualTo(new OrderError.ValidationFailed(List.of(new Violation("createdTo", "empty_range",
                        "createdTo must be after createdFrom; the range is [createdFrom, createdTo)"))));
    }

    @Test
    void R14_an_adjustment_adds_and_cancels_lines_and_records_one_manually_adjusted_entry() {
        Order order = OrderFixtures.place(core, catalog, OrderFixtures.mixedOrder(catalog));
        LineItem wine = order.lineItems().get(0);
        LineItem rental = order.lineItems().get(1);
        LineItemDraft pickup = LineItemDraft.builder().modifies(LineRef.id(rental.id())).description("Pickup").quantity(1)
                .unitPrice("250.00").on(FEB_1.plusDays(10)).build();

        Order adjusted = ok(core.adjustOrder().adjust(new AdjustOrderCommand(Principals.operator(TENANT), TENANT, order.id(),
                List.of(pickup), List.of(wine.id()), "customer called", Optional.of(order.version()))));

        assertThat(adjusted.lineItems()).hasSize(4);
        assertThat(adjusted.line(wine.id()).orElseThrow().status()).isEqualTo("CANCELLED");
        assertThat(adjusted.lineItems().get(3).modifies()).contains(rental.id());
        // the order's own entries; it is above seed 002's high-value threshold too, so its history also holds alerts:high_value (R37)
        List<StatusEntry> entries = ports.history().history(TENANT, order.id()).entries().stream().filter(e -> e.code().isOrder()).toList();
        assertThat(entries).extracting(e -> e.code().toString())
                .containsExactly("order:submitted", "order:cancelled", "order:manually_adjusted");
        assertThat(entries.get(1).lineItem()).contains(wine.id());
        assertThat(entries.get(2).payload().get("reason").orElseThrow().canonical()).isEqualTo("\"customer called\"");
        assertThat(adjusted.status()).as("an adjustment moves nothing").isEqualTo("PENDING");
    }

    @Test
    void an_adjustment_with_bad_lines_and_no_reason_reports_everything_and_changes_nothing() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);

        OrderError error = refused(core.adjustOrder().adjust(new AdjustOrderCommand(Principals.operator(TENANT), TENANT, order.id(),
                List.of(LineItemDraft.builder().modifies(LineRef.id(new dev.ordercore.domain.order.LineItemId(UUID.randomUUID())))
                        .quantity(1).unitPrice("1").on(FEB_1).build()),
                List.of(new dev.ordercore.domain.order.LineItemId(UUID.randomUUID())), " ", Optional.empty())));

        assertThat(((OrderError.ValidationFailed) error).violations()).extracting(Violation::path)
                .containsExactlyInAnyOrder("reason", "cancel[0]", "add[0].modifies");
        assertThat(ok(core.getOrder().get(new GetOrderQuery(Principals.viewer(TENANT), TENANT, order.id())))).isEqualTo(order);
    }

    @Test
    void R16_no_line_is_added_to_an_order_that_passed_delivery() {
        Order order = OrderFixtures.aConfirmedOrder(core, catalog);
        for (String s : List.of("PAID", "PREPARING", "SHIPPED")) {
            order = ok(core.transitionOrder().transition(new TransitionOrderCommand(Principals.operator(TENANT), TENANT, order.id(), s,
                    Optional.empty(), false, Optional.empty())));
        }
        for (String s : List.of("CONFIRMED", "ALLOCATED", "SHIPPED", "DELIVERED")) {
            order = ok(core.transitionLineItem().transition(new dev.ordercore.application.port.in.TransitionLineItemCommand(
                    Principals.operator(TENANT), TENANT, order.id(), order.lineItems().get(0).id(), s, Optional.empty(), false,
                    Optional.empty())));
        }
        Order delivered = ok(core.transitionOrder().transition(new TransitionOrderCommand(Principals.operator(TENANT), TENANT,
                order.id(), "DELIVERED", Optional.empty(), false, Optional.empty())));

        OrderError error = refused(core.adjustOrder().adjust(new AdjustOrderCommand(Principals.operator(TENANT), TENANT, delivered.id(),
                List.of(OrderFixtures.wineLine(catalog).toBuilder().ref("more").build()), List.of(), "forgot one", Optional.empty())));

        assertThat(((OrderError.ValidationFailed) error).violations()).extracting(Violation::code).containsExactly("lines_done");
    }

    @Test
    void a_status_filter_outside_the_lifecycle_is_refused_not_answered_with_nothing() {
        assertThat(refused(core.listOrders().list(new ListOrdersQuery(Principals.viewer(TENANT), TENANT,
                OrderFilter.ALL.withStatus("pending"), 10, Optional.empty())))).isInstanceOf(OrderError.ValidationFailed.class);
    }

    @Test
    void a_deleted_order_stays_readable_but_no_longer_changes() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        Order deleted = ok(core.deleteOrder().delete(new DeleteOrderCommand(Principals.operator(TENANT), TENANT, order.id(),
                Optional.of("duplicate"), Optional.of(order.version()))));

        assertThat(deleted.isDeleted()).isTrue();
        assertThat(ok(core.getOrder().get(new GetOrderQuery(Principals.viewer(TENANT), TENANT, order.id())))).isEqualTo(deleted);
        assertThat(refused(core.transitionOrder().transition(new TransitionOrderCommand(Principals.operator(TENANT), TENANT, order.id(),
                "CONFIRMED", Optional.empty(), false, Optional.empty())))).isInstanceOf(OrderError.OrderDeleted.class);
        assertThat(list(OrderFilter.ALL, 10, Optional.empty()).items()).isEmpty();
    }
}
