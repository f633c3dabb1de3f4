package dev.ordercore.domain.order;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.testing.OrderFixtures;
import dev.ordercore.domain.testing.OrderJournal;
import dev.ordercore.domain.testing.TenantSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static dev.ordercore.domain.testing.OrderFixtures.CATALOG;
import static dev.ordercore.domain.testing.OrderFixtures.CHABLIS;
import static dev.ordercore.domain.testing.OrderFixtures.CHABLIS_2022;
import static dev.ordercore.domain.testing.OrderFixtures.CUSTOMER;
import static dev.ordercore.domain.testing.OrderFixtures.DAY;
import static dev.ordercore.domain.testing.OrderFixtures.EXCAVATOR;
import static dev.ordercore.domain.testing.OrderFixtures.EXCAVATOR_3T;
import static dev.ordercore.domain.testing.OrderFixtures.EXCAVATOR_7;
import static dev.ordercore.domain.testing.OrderFixtures.NOW;
import static dev.ordercore.domain.testing.OrderFixtures.VENDOR;
import static dev.ordercore.domain.testing.OrderFixtures.aCharge;
import static dev.ordercore.domain.testing.OrderFixtures.aRental;
import static dev.ordercore.domain.testing.OrderFixtures.aSale;
import static dev.ordercore.domain.testing.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What subscribers of the outbox learn from order events (DESIGN.md §2 Events): each event is
 * self-contained, so its payload carries the facts and consumers need not read the order back.
 * Events are produced through the order's own commands.
 */
class OrderEventsTest {

    private final TenantSetup setup = OrderFixtures.setup();
    private final Principal operator = setup.operator();
    private final Principal admin = setup.admin();
    private final Principal inventory = Principal.moduleWriter("inventory-service", setup.tenant(), "inventory");

    /** Wine (1800.00), an excavator for ten days (4900.00) and a delivery charge on the wine (250.00): 6950.00. */
    private OrderJournal placed() {
        return OrderFixtures.placed(anOrder().customer(CUSTOMER).vendor(VENDOR).estimatedDelivery(DAY.plusDays(1))
                .line(aSale().ref("wine").build())
                .line(aRental().ref("digger").build())
                .line(aCharge().modifies("wine").build())
                .build()).journal();
    }

    private static List<DomainEvent> newEvents(OrderJournal before, OrderJournal after) {
        return after.events().subList(before.events().size(), after.events().size());
    }

    private static DomainEvent onlyNewEvent(OrderJournal before, OrderJournal after) {
        List<DomainEvent> events = newEvents(before, after);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static void isAboutTheOrder(DomainEvent event, Order order, String type) {
        assertThat(event.aggregateType()).isEqualTo("order");
        assertThat(event.aggregateId()).isEqualTo(order.id().value().toString());
        assertThat(event.type()).isEqualTo(type);
        assertThat(event.tenant()).isEqualTo(order.tenant());
    }

    private static JsonObject.Builder line(LineItem l, String kind, BigDecimal unitPrice, BigDecimal amount) {
        return JsonObject.builder().put("id", l.id().value().toString()).put("kind", kind).put("status", l.status()).put("quantity", l.quantity())
                .put("unitPrice", unitPrice).put("amount", amount);
    }

    @Test
    @DisplayName("the placed event carries the whole order with every line and its fields")
    void the_placed_event_carries_the_whole_order_with_every_line_and_its_fields() {
        OrderJournal j = placed();
        Order order = j.order();
        LineItem wine = order.lineItems().get(0);
        LineItem digger = order.lineItems().get(1);
        LineItem delivery = order.lineItems().get(2);

        DomainEvent placed = j.events().get(0);

        isAboutTheOrder(placed, order, "OrderPlaced");
        assertThat(placed.occurredAt()).isEqualTo(NOW);
        assertThat(placed.payload()).isEqualTo(JsonObject.builder()
                .put("id", order.id().value().toString()).put("number", order.number().value()).put("tenantId", setup.tenant().value())
                .put("currency", "SEK").put("status", "PENDING").put("version", 1).put("total", new BigDecimal("6950.00"))
                .put("createdAt", NOW.toString()).put("createdBy", operator.subject())
                .put("customerId", CUSTOMER.value().toString()).put("vendorId", VENDOR.value().toString())
                .put("estimatedDeliveryDate", "2026-02-02")
                .put("lineItems", JsonArray.of(
                        line(wine, "SALE", new BigDecimal("150.00"), new BigDecimal("1800.00")).put("ref", "wine")
                                .put("klassId", CHABLIS.id().value().toString()).put("productId", CHABLIS_2022.id().value().toString())
                                .put("customerId", CUSTOMER.value().toString()).put("vendorId", VENDOR.value().toString()).put("on", "2026-02-01").build(),
                        line(digger, "RENTAL", new BigDecimal("4900.00"), new BigDecimal("4900.00")).put("ref", "digger")
                                .put("klassId", EXCAVATOR.id().value().toString()).put("productId", EXCAVATOR_3T.id().value().toString())
                                .put("assetId", EXCAVATOR_7.id().value().toString()).put("customerId", CUSTOMER.value().toString())
                                .put("vendorId", VENDOR.value().toString()).put("from", "2026-02-01").put("to", "2026-02-11").build(),
                        line(delivery, "CHARGE", new BigDecimal("250.00"), new BigDecimal("250.00")).put("description", "Delivery")
                                .put("customerId", CUSTOMER.value().toString()).put("vendorId", VENDOR.value().toString())
                                .put("modifies", wine.id().value().toString()).put("on", "2026-02-01").build()))
                .build());
        assertThat(placed.payload()).isEqualTo(OrderJson.of(order, LifecycleSet.DEFAULT));
    }

    @Test
    @DisplayName("an order without default parties or delivery date leaves those fields out of its json")
    void an_order_without_default_parties_or_delivery_date_leaves_those_fields_out_of_its_json() {
        Order order = OrderFixtures.placed(anOrder().line(aSale().build()).build()).order();

        JsonObject json = OrderJson.of(order, LifecycleSet.DEFAULT);

        assertThat(json.keys()).doesNotContain("customerId", "vendorId", "intent", "estimatedDeliveryDate");
        assertThat(((JsonArray) json.get("lineItems").orElseThrow()).get(0)).isInstanceOfSatisfying(JsonObject.class, l ->
                assertThat(l.keys()).contains("customerId", "productId", "on").doesNotContain("vendorId", "ref", "modifies", "from", "to"));
    }

    @Test
    @DisplayName("a status change tells from to who whether forced and the reason only when one was given")
    void a_status_change_tells_from_to_who_whether_forced_and_the_reason_only_when_one_was_given() {
        OrderJournal j = placed();
        OrderJournal withReason = j.transition(TransitionRequest.to("CONFIRMED", "supplier confirmed", operator)).value();
        OrderJournal withoutReason = j.transition(TransitionRequest.to("CONFIRMED", operator)).value();

        DomainEvent changed = onlyNewEvent(j, withReason);

        isAboutTheOrder(changed, j.order(), "OrderStatusChanged");
        assertThat(changed.payload()).isEqualTo(JsonObject.builder().put("orderId", j.order().id().value().toString())
                .put("from", "PENDING").put("to", "CONFIRMED").put("forced", false).put("by", operator.subject())
                .put("reason", "supplier confirmed").build());
        assertThat(onlyNewEvent(j, withoutReason).payload().keys()).containsExactly("orderId", "from", "to", "forced", "by");
    }

    @Test
    @DisplayName("a status change forced past a block says it was forced")
    void a_status_change_forced_past_a_block_says_it_was_forced() {
        OrderJournal j = placed().write(backordered(Optional.empty()), inventory).value();

        OrderJournal forced = j.transition(TransitionRequest.forced("CONFIRMED", "stock arrives tomorrow", admin)).value();

        assertThat(onlyNewEvent(j, forced).payload().get("forced")).contains(JsonValue.of(true));
        assertThat(onlyNewEvent(j, forced).payload().get("by")).contains(JsonValue.of(admin.subject()));
    }

    @Test
    @DisplayName("a line status change names the line and the reason only when one was given")
    void a_line_status_change_names_the_line_and_the_reason_only_when_one_was_given() {
        OrderJournal j = placed();
        LineItem wine = j.order().lineItems().get(0);

        DomainEvent plain = onlyNewEvent(j, j.transitionLine(wine.id(), TransitionRequest.to("CONFIRMED", operator)).value());
        DomainEvent explained = onlyNewEvent(j, j.transitionLine(wine.id(), TransitionRequest.to("CANCELLED", "out of stock", operator)).value());

        isAboutTheOrder(plain, j.order(), "LineItemStatusChanged");
        assertThat(plain.payload()).isEqualTo(JsonObject.builder().put("orderId", j.order().id().value().toString())
                .put("lineItemId", wine.id().value().toString()).put("from", "PENDING").put("to", "CONFIRMED").put("forced", false)
                .put("by", operator.subject()).build());
        assertThat(explained.payload().get("reason")).contains(JsonValue.of("out of stock"));
        assertThat(explained.payload().get("to")).contains(JsonValue.of("CANCELLED"));
    }

    @Test
    @DisplayName("a line held back by a block on it is refused naming the block and its line and forcing it says forced")
    void a_line_held_back_by_a_block_on_it_is_refused_naming_the_block_and_its_line_and_forcing_it_says_forced() {
        OrderJournal placed = placed();
        LineItem wine = placed.order().lineItems().get(0);
        OrderJournal j = placed.write(backordered(Optional.of(wine.id())), inventory).value();
        StatusEntry block = last(j);

        OrderError refused = j.transitionLine(wine.id(), TransitionRequest.to("CONFIRMED", operator)).error();
        OrderJournal forced = j.transitionLine(wine.id(), TransitionRequest.forced("CONFIRMED", "stock arrives tomorrow", admin)).value();

        assertThat(refused).isEqualTo(new OrderError.TransitionBlocked("line item " + wine.id().value(), "CONFIRMED",
                List.of("inventory:reservation_backordered (" + block.id().value() + " on line " + wine.id().value() + ")")));
        DomainEvent changed = onlyNewEvent(j, forced);
        assertThat(changed.payload().get("forced")).contains(JsonValue.of(true));
        assertThat(changed.payload().get("reason")).contains(JsonValue.of("stock arrives tomorrow"));
    }

    @Test
    @DisplayName("an adjustment tells the lines added and cancelled and the order whose total leaves out cancelled lines")
    void an_adjustment_tells_the_lines_added_and_cancelled_and_the_order_whose_total_leaves_out_cancelled_lines() {
        OrderJournal j = placed();
        LineItem delivery = j.order().lineItems().get(2);

        OrderJournal adjusted = j.adjust(new Order.Adjustment(List.of(aCharge().description("Handling").unitPrice("40.00").build()),
                List.of(delivery.id()), " customer picks up ", operator), CATALOG, setup.rounding()).value();

        List<DomainEvent> events = newEvents(j, adjusted);
        LineItem handling = adjusted.order().lineItems().get(3);
        assertThat(events).extracting(DomainEvent::type).containsExactly("LineItemStatusChanged", "OrderAdjusted");
        assertThat(events.get(0).payload()).isEqualTo(JsonObject.builder().put("orderId", j.order().id().value().toString())
                .put("lineItemId", delivery.id().value().toString()).put("from", "PENDING").put("to", "CANCELLED").put("forced", false)
                .put("by", operator.subject()).put("reason", "customer picks up").build());
        DomainEvent adjustedEvent = events.get(1);
        isAboutTheOrder(adjustedEvent, j.order(), "OrderAdjusted");
        JsonObject orderJson = OrderJson.of(adjusted.order(), LifecycleSet.DEFAULT);
        assertThat(adjustedEvent.payload()).isEqualTo(JsonObject.builder().put("orderId", j.order().id().value().toString())
                .put("added", JsonArray.of(new JsonString(handling.id().value().toString())))
                .put("cancelled", JsonArray.of(new JsonString(delivery.id().value().toString())))
                .put("reason", "customer picks up").put("by", operator.subject()).put("order", orderJson).build());
        assertThat(orderJson.get("total")).contains(JsonValue.of(new BigDecimal("6740.00")));
        assertThat(orderJson.get("version")).contains(JsonValue.of(2));
        assertThat(adjusted.order().total(LifecycleSet.DEFAULT).amount()).isEqualByComparingTo("6740.00");
    }

    @Test
    @DisplayName("a deletion tells who deleted the order and why and its entry keeps a blank reason out")
    void a_deletion_tells_who_deleted_the_order_and_why_and_its_entry_keeps_a_blank_reason_out() {
        OrderJournal j = placed();

        OrderJournal explained = j.delete(" duplicate of WF-2026-00007 ", operator).value();
        OrderJournal unexplained = j.delete("   ", operator).value();

        DomainEvent deleted = onlyNewEvent(j, explained);
        isAboutTheOrder(deleted, j.order(), "OrderDeleted");
        assertThat(deleted.payload()).isEqualTo(JsonObject.builder().put("orderId", j.order().id().value().toString())
                .put("reason", "duplicate of WF-2026-00007").put("by", operator.subject()).build());
        assertThat(last(explained).payload()).isEqualTo(JsonObject.builder().put("deleted", true)
                .put("reason", "duplicate of WF-2026-00007").build());
        assertThat(last(unexplained).payload()).isEqualTo(JsonObject.builder().put("deleted", true).build());
        assertThat(explained.order().isDeleted()).isTrue();
    }

    @Test
    @DisplayName("an appended entry tells its code module severity payload line and the entry it closes")
    void an_appended_entry_tells_its_code_module_severity_payload_line_and_the_entry_it_closes() {
        OrderJournal j = placed();
        LineItem wine = j.order().lineItems().get(0);
        OrderJournal blocked = j.write(backordered(Optional.of(wine.id())), inventory).value();
        StatusEntry block = last(blocked);
        OrderJournal closed = blocked.close(block.id(), Optional.of("   "), inventory).value();
        StatusEntry closing = last(closed);

        DomainEvent opened = onlyNewEvent(j, blocked);
        DomainEvent lifted = onlyNewEvent(blocked, closed);

        isAboutTheOrder(opened, j.order(), "StatusEntryAppended");
        assertThat(opened.payload()).isEqualTo(JsonObject.builder().put("orderId", j.order().id().value().toString())
                .put("entryId", block.id().value().toString()).put("code", "inventory:reservation_backordered").put("module", "inventory")
                .put("severity", "BLOCKING").put("payload", JsonObject.builder().put("sku", "WINE-CHABLIS-2022").build())
                .put("recordedAt", block.recordedAt().toString()).put("writtenBy", inventory.subject())
                .put("lineItemId", wine.id().value().toString()).build());
        assertThat(lifted.payload().get("closes")).contains(JsonValue.of(block.id().value().toString()));
        assertThat(lifted.payload().get("lineItemId")).contains(JsonValue.of(wine.id().value().toString()));
        assertThat(closing.payload()).as("a blank reason is no reason")
                .isEqualTo(JsonObject.builder().put("closes", "inventory:reservation_backordered").build());
    }

    @Test
    @DisplayName("cancelling an order with a shipped line announces the warning entry without line or closed entry")
    void cancelling_an_order_with_a_shipped_line_announces_the_warning_entry_without_line_or_closed_entry() {
        OrderJournal j = placed();
        LineItem wine = j.order().lineItems().get(0);
        for (String state : List.of("CONFIRMED", "ALLOCATED", "SHIPPED")) {
            j = j.transitionLine(wine.id(), TransitionRequest.to(state, operator)).value();
        }

        OrderJournal cancelled = j.transition(TransitionRequest.to("CANCELLED", operator)).value();

        List<DomainEvent> events = newEvents(j, cancelled);
        assertThat(events).extracting(DomainEvent::type).containsExactly("OrderStatusChanged", "LineItemStatusChanged",
                "LineItemStatusChanged", "StatusEntryAppended");
        assertThat(events.get(1).payload().get("reason")).contains(JsonValue.of("order cancelled"));
        JsonObject warning = events.get(3).payload();
        assertThat(warning.get("code")).contains(JsonValue.of("order:cancel_incomplete"));
        assertThat(warning.get("severity")).contains(JsonValue.of("WARNING"));
        assertThat(warning.keys()).doesNotContain("lineItemId", "closes");
        assertThat(cancelled.order().total(LifecycleSet.DEFAULT).amount()).as("the shipped wine is all that is left to pay")
                .isEqualByComparingTo("1800.00");
    }

    private static StatusEntry last(OrderJournal j) {
        List<StatusEntry> all = j.history().entries();
        return all.get(all.size() - 1);
    }

    private static StatusEntries.Request backordered(Optional<LineItemId> line) {
        return new StatusEntries.Request(line, "inventory:reservation_backordered", Optional.of("fulfillment"), Severity.BLOCKING,
                JsonObject.builder().put("sku", "WINE-CHABLIS-2022").build(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
