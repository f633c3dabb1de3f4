package dev.ordercore.application.usecases;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.fixtures.MutableClock;
import dev.ordercore.application.fixtures.Principals;
import dev.ordercore.application.port.in.IntentReceipt;
import dev.ordercore.application.port.in.SubmitIntentBatchCommand;
import dev.ordercore.application.port.in.SubmitIntentCommand;
import dev.ordercore.application.port.out.OrderFilter;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.intent.StoredIntent;
import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch of intents is its intents submitted one by one (R21, R22, R25): the same answer per
 * intent and the same stored state (orders with their numbers, history, intents, outbox events).
 * Submissions are drawn from few intent ids and payloads, sent partly before the batch, so the
 * batch holds new intents, repeats of stored ones, conflicts, rejected and refused intents, and
 * the same intent twice inside itself.
 */
public abstract class IntentBatchProperties {

    private static final TenantId TENANT = TenantId.of("winefeed");
    private static final Principal CHANNEL = Principals.module(TENANT, "channel");

    /** Fresh, empty stores on {@code clock}; the stores of an earlier call may be emptied by it. */
    protected abstract ScenarioStores newStores(Clock clock);

    /** What an intent payload is made of: its id, and what makes the payload differ. */
    protected enum Kind { VALID, OTHER_QUANTITY, REJECTED, REFUSED, NOT_AN_OBJECT }

    protected record Submission(int intentNumber, Kind kind) {
        JsonValue payload() {
            if (kind == Kind.NOT_AN_OBJECT) {
                return new JsonString("shop-" + intentNumber);
            }
            int bottles = kind == Kind.OTHER_QUANTITY ? 6 : 12;
            return JsonObject.builder()
                    .put("intentId", "shop-" + intentNumber)
                    .put("sourceSystem", "channel.shopify")
                    .put("contractVersion", kind == Kind.REFUSED ? 9 : 1)
                    .put("externalOrderId", "#" + intentNumber)
                    .put("customerRef", "0190f7a4-5c1e-7c3a-9f00-000000000001")
                    .put("currency", kind == Kind.REJECTED ? "XXX" : "SEK")
                    .put("lineItems", new JsonArray(List.of(line("Chablis 2022", bottles), line("Sancerre 2023", 6))))
                    .put("submittedAt", "2026-01-14T10:00:00Z")
                    .build();
        }
    }

    private static JsonObject line(String description, int quantity) {
        return JsonObject.builder().put("description", description).put("quantity", quantity).put("unitPrice", "150.00")
                .put("on", "2026-02-01").build();
    }

    @Provide
    protected Arbitrary<List<Submission>> submissions() {
        return Combinators.combine(Arbitraries.integers().between(1, 5),
                        Arbitraries.frequencyOf(
                                net.jqwik.api.Tuple.of(6, Arbitraries.just(Kind.VALID)),
                                net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.OTHER_QUANTITY)),
                                net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.REJECTED)),
                                net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.REFUSED)),
                                net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.NOT_AN_OBJECT))))
                .as(Submission::new).list().ofMaxSize(12);
    }

    /**
     * Random submissions, shuffled together with intents 6 to 8 whose outcomes are certain, so every
     * try meets a new order, an in-batch repeat, an in-batch conflict, a rejection and a refusal.
     */
    @Provide
    protected Arbitrary<List<Submission>> batches() {
        List<Submission> certain = List.of(new Submission(6, Kind.REJECTED), new Submission(6, Kind.REJECTED),
                new Submission(7, Kind.VALID), new Submission(7, Kind.OTHER_QUANTITY), new Submission(7, Kind.VALID),
                new Submission(8, Kind.REFUSED));
        return submissions().flatMap(random -> {
            List<Submission> all = new ArrayList<>(random);
            all.addAll(certain);
            return Arbitraries.shuffle(all);
        });
    }

    /** What the stores hold after a run, minus what a store assigns by itself (arrival sequences, outbox ids). */
    record State(List<Result<IntentReceipt, OrderError>> answers, List<StoredIntent> intents, List<Order> orders,
                 List<List<Object>> history, List<List<Object>> events) {
    }

    @Property(tries = 60)
    @Label("R21 R22 R25 a batch answers and stores exactly what its intents submitted one by one would")
    protected void R21_R22_R25_a_batch_is_its_intents_submitted_one_after_the_other(@ForAll("submissions") List<Submission> before,
                                                                        @ForAll("batches") List<Submission> batch) {
        State oneByOne = run(before, batch, false);
        State together = run(before, batch, true);

        assertThat(together.answers()).isEqualTo(oneByOne.answers());
        assertThat(together.intents()).isEqualTo(oneByOne.intents());
        assertThat(together.orders()).isEqualTo(oneByOne.orders());
        assertThat(together.history()).isEqualTo(oneByOne.history());
        assertThat(together.events()).isEqualTo(oneByOne.events());
        for (Result<IntentReceipt, OrderError> answer : together.answers()) {
            Statistics.label("outcome").collect(outcome(answer));
        }
        Statistics.label("outcome").coverage(c -> {
            c.check("new order").count(n -> n > 0);
            c.check("repeated").count(n -> n > 0);
            c.check("rejected").count(n -> n > 0);
            c.check("conflict").count(n -> n > 0);
            c.check("refused").count(n -> n > 0);
        });
    }

    private State run(List<Submission> before, List<Submission> batch, boolean asBatch) {
        MutableClock clock = MutableClock.at("2026-01-14T09:00:00Z");
        ScenarioStores stores = newStores(clock);
        OrderCore core = OrderCore.create(stores.ports());
        for (Submission s : before) {
            core.submitIntent().submit(new SubmitIntentCommand(CHANNEL, TENANT, s.payload()));
        }
        clock.advance(Duration.ofMinutes(1));
        List<Result<IntentReceipt, OrderError>> answers = new ArrayList<>();
        if (asBatch) {
            answers.addAll(core.submitIntentBatch().submit(new SubmitIntentBatchCommand(CHANNEL, TENANT,
                    batch.stream().map(Submission::payload).toList())).orElseThrow(e -> new IllegalStateException(e.message())));
        } else {
            for (Submission s : batch) {
                answers.add(core.submitIntent().submit(new SubmitIntentCommand(CHANNEL, TENANT, s.payload())));
            }
        }
        List<Order> orders = stores.ports().orders().list(TENANT, OrderFilter.ALL, Optional.empty(), 1000);
        List<List<Object>> history = new ArrayList<>();
        for (Order o : orders) {
            for (StatusEntry e : stores.ports().history().history(TENANT, o.id()).entries()) {
                history.add(List.of(e.id(), e.order(), e.code(), e.severity(), e.payload(), e.recordedAt(), e.writtenBy(),
                        e.dedupeKey(), e.closes()));
            }
        }
        List<List<Object>> events = stores.committedEvents().get().stream()
                .map(e -> List.<Object>of(e.tenant(), e.aggregateType(), e.aggregateId(), e.type(), e.occurredAt(), e.payload()))
                .toList();
        return new State(answers, stores.ports().intents().listInReceiptOrder(TENANT, Optional.empty(), 1000), orders, history, events);
    }

    private static String outcome(Result<IntentReceipt, OrderError> answer) {
        if (answer.isErr()) {
            return answer.error() instanceof OrderError.IntentPayloadConflict ? "conflict" : "refused";
        }
        if (answer.value().repeated()) {
            return "repeated";
        }
        return answer.value().intent().outcome().isAccepted() ? "new order" : "rejected";
    }
}
