package dev.ordercore.application.usecases;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.fixtures.CatalogFixture;
import dev.ordercore.application.fixtures.Intents;
import dev.ordercore.application.fixtures.MutableClock;
import dev.ordercore.application.fixtures.Principals;
import dev.ordercore.application.port.in.IntentReceipt;
import dev.ordercore.application.port.in.SubmitIntentCommand;
import dev.ordercore.application.port.out.OrderFilter;
import dev.ordercore.domain.intent.StoredIntent;
import dev.ordercore.domain.json.JsonObject;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R22 against a model: a stream of submissions drawn from few intent ids and few payloads, so
 * that new intents, exact resubmissions and conflicting ones all occur. The same identity with the
 * same hash answers the first outcome and writes nothing; another hash is a conflict and writes
 * nothing; exactly one order exists per accepted identity.
 */
public abstract class IntentIdempotencyProperties {

    private static final TenantId TENANT = TenantId.of("winefeed");

    protected abstract OrderCorePorts newPorts(Clock clock);

    record Submission(int intentNumber, int bottles) {
    }

    @Provide
    Arbitrary<List<Submission>> submissions() {
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.of(6, 12))
                .as(Submission::new).list().ofMinSize(1).ofMaxSize(20);
    }

    @Property(tries = 60)
    @Label("R22 the same identity and hash answers the first outcome, another hash is a conflict, and neither writes")
    void R22_resubmissions_answer_the_first_outcome_and_conflicts_write_nothing(@ForAll("submissions") List<Submission> submissions) {
        MutableClock clock = MutableClock.at("2026-01-14T09:00:00Z");
        OrderCorePorts ports = newPorts(clock);
        OrderCore core = OrderCore.create(ports);
        CatalogFixture catalog = CatalogFixture.create(core, TENANT);
        Map<Integer, JsonObject> firstPayload = new HashMap<>();
        Map<Integer, StoredIntent> firstOutcome = new HashMap<>();

        for (Submission s : submissions) {
            clock.advance(Duration.ofMinutes(1));
            JsonObject payload = Intents.wineIntent(catalog, "shop-" + s.intentNumber(), s.bottles());
            int ordersBefore = orders(ports);
            Result<IntentReceipt, OrderError> result = core.submitIntent().submit(
                    new SubmitIntentCommand(Principals.module(TENANT, "channel"), TENANT, payload));

            if (!firstPayload.containsKey(s.intentNumber())) {
                Statistics.label("R22").collect("new intent");
                assertThat(result.value().repeated()).isFalse();
                assertThat(orders(ports)).isEqualTo(ordersBefore + 1);
                firstPayload.put(s.intentNumber(), payload);
                firstOutcome.put(s.intentNumber(), result.value().intent());
            } else if (firstPayload.get(s.intentNumber()).equals(payload)) {
                Statistics.label("R22").collect("same payload again: first outcome");
                assertThat(result.value().repeated()).isTrue();
                assertThat(result.value().intent()).isEqualTo(firstOutcome.get(s.intentNumber()));
                assertThat(orders(ports)).isEqualTo(ordersBefore);
            } else {
                Statistics.label("R22").collect("other payload: conflict");
                assertThat(result.error()).isInstanceOf(OrderError.IntentPayloadConflict.class);
                assertThat(orders(ports)).isEqualTo(ordersBefore);
            }
        }
        assertThat(orders(ports)).isEqualTo(firstPayload.size());
        Statistics.label("R22").coverage(c -> {
            c.check("new intent").count(n -> n > 0);
            c.check("same payload again: first outcome").count(n -> n > 0);
            c.check("other payload: conflict").count(n -> n > 0);
        });
    }

    private static int orders(OrderCorePorts ports) {
        return ports.orders().list(TENANT, OrderFilter.ALL, Optional.empty(), 1000).size();
    }
}
