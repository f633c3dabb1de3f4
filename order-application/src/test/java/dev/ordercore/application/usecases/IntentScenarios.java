package dev.ordercore.application.usecases;

import dev.ordercore.application.fixtures.Intents;
import dev.ordercore.application.fixtures.Principals;
import dev.ordercore.application.port.in.GetIntentQuery;
import dev.ordercore.application.port.in.IntentReceipt;
import dev.ordercore.application.port.in.SubmitIntentCommand;
import dev.ordercore.domain.intent.IntentOutcome;
import dev.ordercore.domain.intent.PayloadHash;
import dev.ordercore.domain.json.JsonNumber;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.StatusCode;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Order intents from channels (seed 004): idempotent ingestion, rejection, limits. */
public abstract class IntentScenarios extends CoreScenarios {

    private Result<IntentReceipt, OrderError> submit(JsonValue payload) {
        return core.submitIntent().submit(new SubmitIntentCommand(Principals.module(TENANT, "channel"), TENANT, payload));
    }

    @Test
    void R23_an_accepted_intent_creates_exactly_one_order_with_a_submitted_entry() {
        IntentReceipt receipt = ok(submit(Intents.wineIntent(catalog, "shop-1001", 6)));

        assertThat(receipt.repeated()).isFalse();
        IntentOutcome.Accepted accepted = (IntentOutcome.Accepted) receipt.intent().outcome();
        Order order = ports.orders().find(TENANT, accepted.orderId()).orElseThrow();
        assertThat(order.state().intentRef()).hasValueSatisfying(ref -> assertThat(ref.toString()).isEqualTo("channel.shopify/shop-1001"));
        assertThat(order.state().createdBy()).isEqualTo("channel-module");
        assertThat(order.lineItems()).singleElement().satisfies(l -> assertThat(l.amount().amount()).isEqualByComparingTo("900"));
        assertThat(ports.history().history(TENANT, order.id()).entries()).extracting(e -> e.code())
                .containsExactly(StatusCode.SUBMITTED);
        assertThat(allOrders(TENANT)).hasSize(1);
        assertThat(ok(core.getIntent().get(new GetIntentQuery(Principals.viewer(TENANT), TENANT, "channel.shopify", "shop-1001"))))
                .isEqualTo(receipt.intent());
    }

    @Test
    void R21_R22_the_same_intent_again_answers_its_first_outcome_and_writes_nothing() {
        JsonObject payload = Intents.wineIntent(catalog, "shop-1002", 6);
        IntentReceipt first = ok(submit(payload));
        int events = committedEvents().size();
        JsonValue reordered = JsonValue.parse(" {\n" + new TreeMap<>(payload.members()).descendingMap().entrySet().stream()
                .map(e -> new JsonString(e.getKey()).canonical() + " : " + e.getValue().canonical())
                .reduce((a, b) -> a + ",\n " + b).orElseThrow() + "}");

        IntentReceipt again = ok(submit(reordered));

        assertThat(PayloadHash.of(reordered)).isEqualTo(PayloadHash.of(payload));
        assertThat(again.repeated()).isTrue();
        assertThat(again.intent()).isEqualTo(first.intent());
        assertThat(committedEvents()).hasSize(events);
        assertThat(allOrders(TENANT)).hasSize(1);
    }

    @Test
    void R22_the_same_identity_with_another_payload_is_a_conflict_and_writes_nothing() {
        ok(submit(Intents.wineIntent(catalog, "shop-1003", 6)));
        int events = committedEvents().size();

        OrderError conflict = refused(submit(Intents.wineIntent(catalog, "shop-1003", 7)));

        assertThat(conflict).isInstanceOf(OrderError.IntentPayloadConflict.class);
        assertThat(conflict.kind()).isEqualTo(OrderError.Kind.CONFLICT);
        assertThat(committedEvents()).hasSize(events);
        assertThat(allOrders(TENANT)).hasSize(1);
    }

    @Test
    void R22_thirty_two_threads_submitting_one_intent_create_exactly_one_order_and_all_get_the_first_outcome() throws Exception {
        JsonObject payload = Intents.wineIntent(catalog, "shop-race", 3);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<IntentReceipt>> futures = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return ok(submit(payload));
            }));
        }
        start.countDown();
        List<IntentReceipt> receipts = new ArrayList<>();
        for (Future<IntentReceipt> f : futures) {
            receipts.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(receipts).filteredOn(r -> !r.repeated()).hasSize(1);
        assertThat(receipts.stream().map(IntentReceipt::intent).distinct()).hasSize(1);
        assertThat(allOrders(TENANT)).hasSize(1);
        OrderId id = ((IntentOutcome.Accepted) receipts.get(0).intent().outcome()).orderId();
        assertThat(ports.history().history(TENANT, id).entries()).hasSize(1);
    }

    @Test
    void R23_a_rejected_intent_is_stored_with_every_reason_and_answers_them_again() {
        JsonObject bad = Intents.with(Intents.wineIntent(catalog, "shop-1004", 6), "currency", new JsonString("XXX"));
        bad = Intents.with(bad, "submittedAt", new JsonString("yesterday"));

        IntentReceipt receipt = ok(submit(bad));
        IntentReceipt again = ok(submit(bad));

        assertThat(receipt.intent().outcome()).isInstanceOf(IntentOutcome.Rejected.class);
        assertThat(((IntentOutcome.Rejected) receipt.intent().outcome()).reasons()).extracting(Violation::path)
                .containsExactlyInAnyOrder("currency", "submittedAt");
        assertThat(again.repeated()).isTrue();
        assertThat(again.intent().outcome()).isEqualTo(receipt.intent().outcome());
        assertThat(allOrders(TENANT)).isEmpty();
    }

    @Test
    void R23_an_intent_whose_lines_break_the_rules_is_rejected_with_the_rules_reasons() {
        JsonObject payload = Intents.with(Intents.wineIntent(catalog, "shop-1005", 6), "totals",
                JsonObject.builder().put("subtotal", "899.00").build());

        IntentOutcome outcome = ok(submit(payload)).intent().outcome();

        assertThat(((IntentOutcome.Rejected) outcome).reasons()).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("totals.subtotal", "total_mismatch"));
        assertThat(ok(submit(Intents.with(Intents.wineIntent(catalog, "shop-1006", 6), "totals",
                JsonObject.builder().put("subtotal", "900.00").build()))).intent().outcome().isAccepted()).isTrue();
    }

    @Test
    void R25_unknown_versions_oversized_payloads_and_too_many_lines_are_refused_with_every_reason_and_nothing_stored() {
        JsonObject tooMuch = Intents.with(Intents.wineIntent(catalog, "shop-1007", 1), "contractVersion", JsonNumber.of(9));
        tooMuch = Intents.with(tooMuch, "lineItems", Intents.wineLines(catalog, 51));
        tooMuch = Intents.with(tooMuch, "notes", new JsonString("x".repeat(300 * 1024)));

        OrderError refusal = refused(submit(tooMuch));

        assertThat(refusal).isInstanceOf(OrderError.IntentRefused.class);
        assertThat(((OrderError.IntentRefused) refusal).reasons()).extracting(Violation::code).containsExactlyInAnyOrder(
                "intent.unsupported_contract_version", "intent.too_many_lines", "intent.payload_too_large");
        assertThat(refused(core.getIntent().get(new GetIntentQuery(Principals.viewer(TENANT), TENANT, "channel.shopify", "shop-1007"))))
                .isInstanceOf(OrderError.NotFound.class);
        assertThat(refused(submit(JsonObject.builder().put("contractVersion", 1).build())))
                .satisfies(e -> assertThat(((OrderError.IntentRefused) e).reasons()).extracting(Violation::path)
                        .containsExactlyInAnyOrder("intentId", "sourceSystem"));
        assertThat(allOrders(TENANT)).isEmpty();
    }

    @Test
    void R36_a_viewer_may_not_submit_intents() {
        assertThat(refused(core.submitIntent().submit(new SubmitIntentCommand(Principals.viewer(TENANT), TENANT,
                Intents.wineIntent(catalog, "shop-1008", 1))))).isInstanceOf(OrderError.Forbidden.class);
    }
}
