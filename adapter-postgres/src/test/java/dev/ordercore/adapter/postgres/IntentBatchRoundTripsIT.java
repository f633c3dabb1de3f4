package dev.ordercore.adapter.postgres;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.IntentReceipt;
import dev.ordercore.application.port.in.SubmitIntentBatchCommand;
import dev.ordercore.application.port.out.OrderFilter;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A batch of intents costs a small, fixed number of statements, not a round of statements per
 * intent: the tenant setting, the tenant's settings (for the limits, then in the transaction), the
 * stored intents of the batch's keys, one block of order numbers, then the orders, their lines, the
 * history entries, the outbox events and the intents, each one multi-row insert per chunk of at most
 * {@value MultiRowInserts#MAX_BINDS} bind values (5,000 lines take three). And the batch is one
 * transaction: a failure in its last statement leaves nothing of it stored.
 */
class IntentBatchRoundTripsIT {

    private static final TenantId TENANT = TenantId.of("winefeed");
    private static final Principal CHANNEL = Principal.moduleWriter("shop", TENANT, "channel");

    private final PlacementRoundTripsIT.StatementCounter counter = new PlacementRoundTripsIT.StatementCounter();
    private final FailOnce failure = new FailOnce();
    private final PostgresStores stores = PostgresTestDatabase.forClass(IntentBatchRoundTripsIT.class)
            .freshStores(Clock.systemUTC(), new Both(counter, failure));
    private final OrderCore core = stores.core();

    @ParameterizedTest(name = "{0} intents")
    @ValueSource(ints = {1, 10, 1000})
    void R22_a_batch_costs_a_small_fixed_number_of_statements_whatever_its_size(int intents) {
        submit(batch("warm-up", 1));
        counter.reset();

        List<Result<IntentReceipt, OrderError>> answers = submit(batch("batch-" + intents, intents));

        assertThat(answers).hasSize(intents).allMatch(a -> a.isOk() && a.value().intent().outcome().isAccepted() && !a.value().repeated());
        assertThat(counter.statements).as("statements: %s", summary()).hasSizeLessThanOrEqualTo(16);
        System.out.printf("a batch of %d intents of 5 lines: %d statements%n", intents, counter.statements.size());

        counter.reset();
        List<Result<IntentReceipt, OrderError>> again = submit(batch("batch-" + intents, intents));
        assertThat(again).allMatch(a -> a.isOk() && a.value().repeated());
        assertThat(counter.statements).as("statements: %s", summary()).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void R22_a_batch_that_fails_in_its_last_statement_stores_nothing_and_the_same_batch_again_goes_through() {
        List<JsonValue> batch = batch("atomic", 20);
        failure.failOn("insert into intents");

        assertThatThrownBy(() -> submit(batch)).hasMessageContaining("injected");
        assertThat(stores.ports().orders().list(TENANT, OrderFilter.ALL, Optional.empty(), 100)).isEmpty();
        assertThat(stores.ports().intents().listInReceiptOrder(TENANT, Optional.empty(), 100)).isEmpty();

        List<Result<IntentReceipt, OrderError>> answers = submit(batch);
        assertThat(answers).allMatch(a -> a.isOk() && !a.value().repeated());
        // the numbers the failed attempt drew were drawn again: the first order is number 1
        assertThat(stores.ports().orders().list(TENANT, OrderFilter.ALL, Optional.empty(), 100))
                .extracting(o -> o.number().sequence()).containsExactlyInAnyOrderElementsOf(
                        LongStream.rangeClosed(1, 20).boxed().toList());
    }

    private List<Result<IntentReceipt, OrderError>> submit(List<JsonValue> payloads) {
        return core.submitIntentBatch().submit(new SubmitIntentBatchCommand(CHANNEL, TENANT, payloads))
                .orElseThrow(e -> new IllegalStateException(e.message()));
    }

    private String summary() {
        return String.join("\n", counter.statements.stream().map(s -> s.length() > 200 ? s.substring(0, 200) + "…" : s).toList());
    }

    /** {@code count} intents of 5 free-text lines, under seed 002's alert thresholds. */
    static List<JsonValue> batch(String prefix, int count) {
        String on = LocalDate.now(Clock.systemUTC()).plusDays(30).toString();
        List<JsonValue> payloads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<JsonValue> lines = new ArrayList<>();
            for (int l = 0; l < 5; l++) {
                lines.add(JsonObject.builder().put("description", "Wine tasting " + l).put("quantity", 2)
                        .put("unitPrice", "45.00").put("on", on).build());
            }
            payloads.add(JsonObject.builder()
                    .put("intentId", prefix + "-" + i)
                    .put("sourceSystem", "channel.shop")
                    .put("contractVersion", 1)
                    .put("externalOrderId", "#" + i)
                    .put("customerRef", "0190f7a4-5c1e-7c3a-9f00-000000000001")
                    .put("currency", "SEK")
                    .put("lineItems", new JsonArray(lines))
                    .put("submittedAt", "2026-01-14T10:00:00Z")
                    .build());
        }
        return payloads;
    }

    /** Fails the first statement that starts with a given text, once. */
    static final class FailOnce implements ExecuteListener {
        private volatile String prefix;

        void failOn(String statementPrefix) {
            prefix = statementPrefix;
        }

        @Override
        public void executeStart(ExecuteContext ctx) {
            String p = prefix;
            if (p != null && ctx.sql() != null && ctx.sql().startsWith(p)) {
                prefix = null;
                throw new IllegalStateException("injected failure of: " + p);
            }
        }
    }

    private record Both(ExecuteListener first, ExecuteListener second) implements ExecuteListener {
        @Override
        public void executeStart(ExecuteContext ctx) {
            first.executeStart(ctx);
            second.executeStart(ctx);
        }
    }
}
