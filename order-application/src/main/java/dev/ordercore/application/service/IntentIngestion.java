package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.IntentReceipt;
import dev.ordercore.application.port.out.TenantPolicy;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.alerts.Alerts;
import dev.ordercore.domain.intent.IntentContract;
import dev.ordercore.domain.intent.IntentEvents;
import dev.ordercore.domain.intent.IntentIntake;
import dev.ordercore.domain.intent.IntentLimits;
import dev.ordercore.domain.intent.IntentOutcome;
import dev.ordercore.domain.intent.OrderIntent;
import dev.ordercore.domain.intent.StoredIntent;
import dev.ordercore.domain.order.OrderChange;
import dev.ordercore.domain.order.OrderNumber;
import dev.ordercore.domain.settings.TenantSettings;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Takes an admitted intent in, inside the caller's transaction (seed 004's ingestion, R22-R24):
 * the same key and hash answer the stored outcome and write nothing; another hash is a conflict;
 * otherwise the intent is read, the order placed, and intent, order, history and events stored
 * together, or the intent is stored as rejected with every reason. Submitting and replaying both
 * go through here, so a replay decides exactly as the first submission did. The tenant's settings
 * bound the order as they bound orders placed directly, and its alerts (R37) are raised with it;
 * an intent-born order is never auto-approved (its approval is the operations' call, and its
 * history stays a function of the intent).
 */
final class IntentIngestion {

    /** Where an accepted intent's order number comes from: the tenant's sequence, or the number recorded at first acceptance. */
    @FunctionalInterface
    interface Numbering {
        OrderNumber draw(TenantId tenant, TenantPolicy policy, Instant now);
    }

    private final OrderCorePorts ports;
    private final CatalogLookup catalog;
    private final OrderWrites writes;
    private final boolean replaying;

    private IntentIngestion(OrderCorePorts ports, boolean replaying) {
        this.ports = ports;
        this.catalog = new CatalogLookup(ports);
        this.writes = new OrderWrites(ports);
        this.replaying = replaying;
    }

    /** Ingests submitted intents: catalog entries deleted by now are refused like unknown ones. */
    static IntentIngestion forSubmissions(OrderCorePorts ports) {
        return new IntentIngestion(ports, false);
    }

    /** Ingests stored intents again (R24): they are decided as at first acceptance, so later catalog deletions do not count. */
    static IntentIngestion forReplay(OrderCorePorts ports) {
        return new IntentIngestion(ports, true);
    }

    Result<IntentReceipt, OrderError> ingest(TenantId tenant, Principal actor, IntentContract.Admission admission, Instant now,
                                             Numbering numbering) {
        Optional<StoredIntent> stored = ports.intents().find(tenant, admission.key());
        Optional<Result<StoredIntent, OrderError>> earlier = IntentIntake.againstStored(admission, stored);
        if (earlier.isPresent()) {
            return earlier.get().map(first -> new IntentReceipt(first, true));
        }
        Result<OrderIntent, List<Violation>> read = IntentContract.read(admission);
        if (read.isErr()) {
            return Result.ok(reject(tenant, actor, admission, now, read.error()));
        }
        TenantPolicy policy = ports.policies().policyFor(tenant);
        TenantSettings settings = ports.settings().find(tenant).settings();
        OrderIntent intent = read.value();
        Result<OrderChange, List<Violation>> accepted = IntentIntake.accept(tenant, intent,
                replaying ? catalog.forIntent(tenant, intent.order().lineItems()).asBeforeDeletions()
                        : catalog.forIntent(tenant, intent.order().lineItems()), policy.rounding(), policy.lifecycles(),
                () -> numbering.draw(tenant, policy, now), actor, now, settings.orderLimits());
        if (accepted.isErr()) {
            return Result.ok(reject(tenant, actor, admission, now, accepted.error()));
        }
        // R37 as for any placed order; entry ids derived from the order, so a replay rebuilds them (R24).
        OrderChange change = Alerts.raise(accepted.value(), settings, policy.lifecycles(), policy.zone(), Set.of(),
                Alerts.derivedIds(accepted.value().order().id()), now);
        writes.placed(change);
        IntentOutcome.Accepted outcome = new IntentOutcome.Accepted(change.order().id(), change.order().number());
        StoredIntent decided = store(tenant, actor, admission, now, outcome);
        ports.outbox().append(List.of(new IntentEvents.IntentAccepted(tenant, admission.key(), admission.payloadHash(),
                outcome.orderId(), outcome.orderNumber(), now)));
        return Result.ok(new IntentReceipt(decided, false));
    }

    /** The intent limits of a tenant (R25): the configured ones, with no more lines than its maxOrderItems setting allows. */
    static IntentLimits limits(OrderCorePorts ports, TenantId tenant) {
        return ports.policies().policyFor(tenant).intentLimits().cappedAt(ports.settings().find(tenant).settings().maxOrderItems());
    }

    private IntentReceipt reject(TenantId tenant, Principal actor, IntentContract.Admission admission, Instant now,
                                 List<Violation> reasons) {
        StoredIntent decided = store(tenant, actor, admission, now, new IntentOutcome.Rejected(reasons));
        ports.outbox().append(List.of(new IntentEvents.IntentRejected(tenant, admission.key(), admission.payloadHash(), reasons, now)));
        return new IntentReceipt(decided, false);
    }

    private StoredIntent store(TenantId tenant, Principal actor, IntentContract.Admission admission, Instant now, IntentOutcome outcome) {
        StoredIntent decided = new StoredIntent(tenant, admission.key(), admission.contractVersion(), admission.payload(),
                admission.payloadHash(), now, actor.subject(), outcome);
        ports.intents().insert(decided);
        return decided;
    }
}
