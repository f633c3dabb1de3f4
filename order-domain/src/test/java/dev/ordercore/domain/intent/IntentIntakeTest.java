package dev.ordercore.domain.intent;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.order.IntentRef;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemId;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderChange;
import dev.ordercore.domain.order.OrderEvents;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.OrderNumber;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.RoundingPolicy;
import dev.ordercore.domain.shared.Violation;
import dev.ordercore.domain.testing.OrderFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static dev.ordercore.domain.testing.OrderFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** How a read intent becomes an order or a rejection (R22-R24), and what the intent's events tell subscribers. */
class IntentIntakeTest {

    private static final Instant RECEIVED = Instant.parse("2026-01-14T10:00:01Z");
    private final Principal channel = OrderFixtures.setup().operator();
    private final AtomicInteger numbersDrawn = new AtomicInteger();
    private final Supplier<OrderNumber> numbers = () -> OrderNumber.of("WF", 2026, numbersDrawn.incrementAndGet());

    /** Twelve bottles of Chablis 2022 at 150.00 and a delivery charge of 250.00: 2050.00 in all. */
    private static String intent(String subtotal) {
        return """
                {"intentId": "shop-1001", "sourceSystem": "channel.shopify", "contractVersion": 1, "currency": "SEK",
                 "customerRef": "%s",
                 "lineItems": [{"ref": "wine", "productId": "%s", "quantity": 12, "unitPrice": "150.00", "on": "2026-02-01"},
                               {"description": "Delivery", "quantity": 1, "unitPrice": "250.00", "on": "2026-02-01", "modifies": "wine"}],
                 "totals": {"subtotal": %s},
                 "submittedAt": "2026-01-14T10:00:00Z"}""".formatted(OrderFixtures.CUSTOMER, OrderFixtures.CHABLIS_2022.id(), subtotal);
    }

    private static OrderIntent read(String json) {
        return IntentContract.read(IntentContract.admit(JsonValue.parse(json), IntentLimits.DEFAULT).value()).value();
    }

    private Result<OrderChange, List<Violation>> accept(OrderIntent intent) {
        return IntentIntake.accept(TENANT, intent, OrderFixtures.CATALOG, RoundingPolicy.DEFAULT, LifecycleSet.DEFAULT, numbers, channel,
                RECEIVED);
    }

    @Test
    @DisplayName("R23 R24 an accepted intent places one order whose ids derive from the intent identity")
    void r23_r24_an_accepted_intent_places_one_order_whose_ids_derive_from_the_intent_identity() {
        OrderIntent intent = read(intent("\"2050.00\""));

        OrderChange change = accept(intent).value();

        Order order = change.order();
        OrderId id = OrderId.forIntent(TENANT, "channel.shopify", "shop-1001");
        assertThat(IntentIntake.orderId(TENANT, intent.key())).isEqualTo(id);
        assertThat(order.id()).isEqualTo(id);
        assertThat(order.state().intentRef()).contains(new IntentRef("channel.shopify", "shop-1001"));
        assertThat(order.number()).isEqualTo(OrderNumber.of("WF", 2026, 1));
        assertThat(order.customer()).contains(OrderFixtures.CUSTOMER);
        assertThat(order.lineItems()).extracting(LineItem::id).containsExactly(LineItemId.derived(id, 0), LineItemId.derived(id, 1));
        assertThat(order.lineItems().get(1).modifies()).contains(LineItemId.derived(id, 0));
        assertThat(order.total(LifecycleSet.DEFAULT).amount()).isEqualByComparingTo("2050.00");
        assertThat(change.entries()).hasSize(1);
        assertThat(change.entries().get(0).payload().get("intent")).contains(JsonValue.of("channel.shopify/shop-1001"));
        assertThat(((OrderEvents.OrderPlaced) change.events().get(0)).payload().get("intent")).contains(JsonObject.builder()
                .put("sourceSystem", "channel.shopify").put("intentId", "shop-1001").build());
    }

    @Test
    @DisplayName("R24 accepting the same intent again rebuilds the identical order")
    void r24_accepting_the_same_intent_again_rebuilds_the_identical_order() {
        OrderIntent intent = read(intent("\"2050.00\""));

        OrderChange first = accept(intent).value();
        numbersDrawn.set(0);
        OrderChange replayed = accept(intent).value();

        assertThat(replayed.order()).isEqualTo(first.order());
        assertThat(replayed.order().hashCode()).isEqualTo(first.order().hashCode());
        assertThat(replayed.entries()).isEqualTo(first.entries());
    }

    @Test
    @DisplayName("R23 a stated subtotal that differs from the lines total rejects the intent at totals subtotal and draws no number")
    void r23_a_stated_subtotal_that_differs_from_the_lines_total_rejects_the_intent_at_totals_subtotal_and_draws_no_number() {
        List<Violation> reasons = accept(read(intent("2049.99"))).error();

        assertThat(reasons).containsExactly(new Violation("totals.subtotal", "total_mismatch",
                "the expected total 2049.99 differs from the lines' total 2050.00"));
        assertThat(numbersDrawn).hasValue(0);
        assertThat(accept(read(intent("2050"))).isOk()).as("the same amount written another way").isTrue();
    }

    @Test
    @DisplayName("R23 an intent whose lines break the order rules is rejected with every reason at its path")
    void r23_an_intent_whose_lines_break_the_order_rules_is_rejected_with_every_reason_at_its_path() {
        String json = intent("\"2050.00\"").replace("\"quantity\": 12", "\"quantity\": 0")
                .replace("\"modifies\": \"wine\"", "\"modifies\": \"beer\"");

        List<Violation> reasons = accept(read(json)).error();

        assertThat(reasons).extracting(Violation::path, Violation::code).containsExactly(
                tuple("lineItems[0].quantity", "quantity_too_small"),
                tuple("lineItems[1].modifies", "unknown_line"));
        assertThat(numbersDrawn).hasValue(0);
    }

    @Test
    @DisplayName("R23 an intent without stated totals is placed at whatever its lines add up to")
    void r23_an_intent_without_stated_totals_is_placed_at_whatever_its_lines_add_up_to() {
        String json = intent("null");

        assertThat(accept(read(json)).value().order().total(LifecycleSet.DEFAULT).amount()).isEqualByComparingTo("2050.00");
    }

    @Test
    @DisplayName("the accepted event tells subscribers the intent the order it created and its number")
    void the_accepted_event_tells_subscribers_the_intent_the_order_it_created_and_its_number() {
        OrderIntent intent = read(intent("\"2050.00\""));
        Order order = accept(intent).value().order();

        IntentEvents.IntentAccepted accepted = new IntentEvents.IntentAccepted(TENANT, intent.key(), intent.payloadHash(), order.id(),
                order.number(), RECEIVED);

        assertThat(accepted.aggregateType()).isEqualTo("intent");
        assertThat(accepted.aggregateId()).isEqualTo("channel.shopify/shop-1001");
        assertThat(accepted.type()).isEqualTo("IntentAccepted");
        assertThat(accepted.payload()).isEqualTo(JsonObject.builder()
                .put("sourceSystem", "channel.shopify").put("intentId", "shop-1001").put("payloadHash", intent.payloadHash().hex())
                .put("orderId", order.id().value().toString()).put("orderNumber", "WF-2026-00001").build());
        assertThat(new IntentOutcome.Accepted(order.id(), order.number()).isAccepted()).isTrue();
    }

    @Test
    @DisplayName("the rejected event carries every reason with its field code and message")
    void the_rejected_event_carries_every_reason_with_its_field_code_and_message() {
        OrderIntent intent = read(intent("2049.99"));
        List<Violation> reasons = accept(intent).error();

        IntentEvents.IntentRejected rejected = new IntentEvents.IntentRejected(TENANT, intent.key(), intent.payloadHash(), reasons,
                RECEIVED);

        assertThat(rejected.aggregateType()).isEqualTo("intent");
        assertThat(rejected.aggregateId()).isEqualTo("channel.shopify/shop-1001");
        assertThat(rejected.type()).isEqualTo("IntentRejected");
        assertThat(rejected.payload()).isEqualTo(JsonObject.builder()
                .put("sourceSystem", "channel.shopify").put("intentId", "shop-1001").put("payloadHash", intent.payloadHash().hex())
                .put("reasons", JsonArray.of(JsonObject.builder().put("field", "totals.subtotal").put("code", "total_mismatch")
                        .put("message", "the expected total 2049.99 differs from the lines' total 2050.00").build()))
                .build());
        assertThat(new IntentOutcome.Rejected(reasons).isAccepted()).isFalse();
        assertThat(rejected.payload().get("reasons").map(r -> ((JsonArray) r).size())).contains(1);
    }
}
