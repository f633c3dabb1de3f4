package dev.ordercore.application.usecases;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.fixtures.CatalogFixture;
import dev.ordercore.application.fixtures.Intents;
import dev.ordercore.application.fixtures.MutableClock;
import dev.ordercore.application.fixtures.Principals;
import dev.ordercore.application.port.in.DeleteCatalogEntryCommand;
import dev.ordercore.application.port.in.ReplayIntentsCommand;
import dev.ordercore.application.port.in.ReplayReport;
import dev.ordercore.application.port.in.SubmitIntentCommand;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.intent.IntentOutcome;
import dev.ordercore.domain.intent.StoredIntent;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.order.StatusEntry;
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
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R24: replaying every stored intent into empty stores (sharing the catalog, which is reference
 * data) rebuilds identical orders and identical histories, and reports every outcome as recorded.
 */
public abstract class IntentReplayProperties {

    private static final TenantId TENANT = TenantId.of("winefeed");

    protected abstract OrderCorePorts newPorts(Clock clock);

    /** One intent a source might send: which id, how many bottles, and whether it is broken. */
    record Submission(int intentNumber, int bottles, boolean broken, long minutesLater, boolean byOperator) {
    }

    @Provide
    Arbitrary<List<Submission>> submissions() {
        Arbitrary<Submission> one = Combinators.combine(
                Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 60),
                Arbitraries.of(false, false, false, true),
                Arbitraries.longs().between(0, 600),
                Arbitraries.of(true, false)).as(Submission::new);
        return one.list().ofMinSize(1).ofMaxSize(15);
    }

    @Property(tries = 40)
    @Label("R24 replaying stored intents into empty stores rebuilds identical orders and histories")
    void R24_replay_rebuilds_identical_orders(@ForAll("submissions") List<Submission> submissions, @ForAll boolean wineRetiredSince) {
        MutableClock sourceClock = MutableClock.at("2026-01-14T09:00:00Z");
        OrderCorePorts sourcePorts = newPorts(sourceClock);
        OrderCore source = OrderCore.create(sourcePorts);
        CatalogFixture catalog = CatalogFixture.create(source, TENANT);
        for (Submission s : submissions) {
            sourceClock.advance(Duration.ofMinutes(s.minutesLater()));
            JsonObject payload = Intents.wineIntent(catalog, "shop-" + s.intentNumber(), s.bottles());
            if (s.broken()) {
                payload = Intents.with(payload, "currency", new JsonString("XAU"));
            }
            Principal sender = s.byOperator() ? Principals.operator(TENANT) : Principals.module(TENANT, "channel");
            source.submitIntent().submit(new SubmitIntentCommand(sender, TENANT, payload));
        }
        if (wineRetiredSince) {
            // Deleted after the intents were accepted: a replay decides as the first acceptance did.
            source.deleteProduct().delete(new DeleteCatalogEntryCommand<>(Principals.admin(TENANT), TENANT, catalog.chablis())).value();
        }
        List<StoredIntent> recorded = sourcePorts.intents().listInReceiptOrder(TENANT, Optional.empty(), 1000);

        OrderCorePorts targetPorts = newPorts(MutableClock.at("2030-06-01T00:00:00Z"));
        copyCatalog(sourcePorts, targetPorts);
        ReplayReport report = OrderCore.create(targetPorts).replayIntentsFrom(sourcePorts.intents())
                .replay(new ReplayIntentsCommand(Principals.admin(TENANT), TENANT)).value();

        assertThat(report.mismatches()).isEmpty();
        assertThat(report.replayed()).isEqualTo(recorded.size());
        for (StoredIntent intent : recorded) {
            assertThat(targetPorts.intents().find(TENANT, intent.key())).contains(intent);
            if (intent.outcome() instanceof IntentOutcome.Accepted accepted) {
                assertThat(targetPorts.orders().find(TENANT, accepted.orderId()))
                        .isEqualTo(sourcePorts.orders().find(TENANT, accepted.orderId()));
                assertThat(withoutArrival(targetPorts.history().history(TENANT, accepted.orderId()).entries()))
                        .isEqualTo(withoutArrival(sourcePorts.history().history(TENANT, accepted.orderId()).entries()));
            }
        }
        Statistics.label("outcomes").collect(report.rejected() > 0 ? "some rejected" : "all accepted");
        Statistics.label("catalog").collect(wineRetiredSince ? "wine deleted before the replay" : "catalog unchanged");
        Statistics.label("outcomes").coverage(c -> {
            c.check("some rejected").count(n -> n > 0);
            c.check("all accepted").count(n -> n > 0);
        });
    }

    private static List<StatusEntry> withoutArrival(List<StatusEntry> entries) {
        return entries.stream().map(e -> new StatusEntry(e.id(), e.tenant(), e.order(), e.lineItem(), e.code(), e.category(),
                e.severity(), e.payload(), e.recordedAt(), e.writtenBy(), e.dedupeKey(), e.closes(), 0)).toList();
    }

    /** The catalog is reference data the replay target shares with the source. */
    static void copyCatalog(OrderCorePorts from, OrderCorePorts to) {
        to.transactions().inTransaction(() -> {
            from.categories().list(TENANT, Optional.empty(), 1000).forEach(to.categories()::insert);
            from.klasses().list(TENANT, Optional.empty(), 1000).forEach(to.klasses()::insert);
            from.products().list(TENANT, Optional.empty(), 1000).forEach(to.products()::insert);
            from.assets().list(TENANT, Optional.empty(), 1000).forEach(to.assets()::insert);
            return null;
        });
    }
}
