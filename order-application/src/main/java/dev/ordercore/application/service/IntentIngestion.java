package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.IntentReceipt;
import dev.ordercore.application.port.out.TenantPolicy;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.alerts.Alerts;
import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.intent.IntentContract;
import dev.ordercore.domain.intent.IntentEvents;
import dev.ordercore.domain.intent.IntentIntake;
import dev.ordercore.domain.intent.IntentKey;
import dev.ordercore.domain.intent.IntentLimits;
import dev.ordercore.domain.intent.IntentOutcome;
import dev.ordercore.domain.intent.OrderIntent;
import dev.ordercore.domain.intent.StoredIntent;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.OrderChange;
import dev.ordercore.domain.order.OrderNumber;
import dev.ordercore.domain.settings.TenantSettings;
import dev.ordercore.domain.shared.DomainEvent;
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

    /**
     * What ingestion reads and writes around the domain's decisions. {@link #direct} goes to the
     * stores call by call; a batch ({@link SubmitIntentBatchService}) reads what it needs up front
     * and writes every decision at the end in a few multi-row statements, so one rule set decides
     * both the single and the batch submission.
     */
    interface Store {
        Optional<StoredIntent> find(TenantId tenant, IntentKey key);

        TenantPolicy policy(TenantId tenant);

        TenantSettings settings(TenantId tenant);

        CatalogSnapshot catalogFor(TenantId tenant, List<LineItemDraft> drafts);

        /** An accepted intent's order: the order, its history entries and its events. */
        void placed(OrderChange change);

        /** The decided intent and the event that tells of its decision, after the order it placed, if any. */
        void decided(StoredIntent intent, DomainEvent event);
    }

    private final OrderCorePorts ports;
    private final boolean replaying;

    private IntentIngestion(OrderCorePorts ports, boolean replaying) {
        this.ports = ports;
        this.replaying = replaying;
    }

    /** The stores themselves, call by call, inside the caller's transaction. */
    static Store direct(OrderCorePorts ports) {
        CatalogLookup catalog = new CatalogLookup(ports);
        OrderWrites writes = new OrderWrites(ports);
        return new Store() {
            @Override
            public Optional<StoredIntent> find(TenantId tenant, IntentKey key) {
                return ports.intents().find(tenant, key);
            }

            @Override
            public TenantPolicy policy(TenantId tenant) {
                return ports.policies().policyFor(tenant);
            }

            @Override
            public TenantSettings settings(TenantId tenant) {
                return ports.settings().find(tenant).settings();
            }

            @Override
            public CatalogSnapshot catalogFor(TenantId tenant, List<LineItemDraft> drafts) {
                return catalog.forIntent(tenant, drafts);
            }

            @Override
            public void placed(OrderChange change) {
                writes.placed(change);
            }

            @Override
            public void decided(StoredIntent intent, DomainEvent event) {
                ports.intents().insert(intent);
                ports.outbox().append(List.of(event));
            }
        };
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
        return ingest(direct(ports), tenant, actor, admission, now, numbering);
    }

    Result<IntentReceipt, OrderError> ingest(Store store, TenantId tenant, Principal actor, IntentContract.Admission admission,
                                             Instant now, Numbering numbering) {
        Optional<StoredIntent> stored = store.find(tenant, admission.key());
        Optional<Result<StoredIntent, OrderError>> earlier = IntentIntake.againstStored(admission, stored);
        if (earlier.isPresent()) {
            return earlier.get().map(first -> new IntentReceipt(first, true));
        }
        Result<OrderIntent, List<Violation>> read = IntentContract.read(admission);
        if (read.isErr()) {
            return Result.ok(reject(store, tenant, actor, admission, now, read.error()));
        }
        TenantPolicy policy = store.policy(tenant);
        TenantSettings settings = store.settings(tenant);
        OrderIntent intent = read.value();
        Result<OrderChange, List<Violation>> accepted = IntentIntake.accept(tenant, intent,
                replaying ? store.catalogFor(tenant, intent.order().lineItems()).asBeforeDeletions()
                        : store.catalogFor(tenant, intent.order().lineItems()), policy.rounding(), policy.lifecycles(),
                () -> numbering.draw(tenant, policy, now), actor, now, settings.orderLimits());
        if (accepted.isErr()) {
            return Result.ok(reject(store, tenant, actor, admission, now, accepted.error()));
        }
        // R37 as for any placed order; entry ids derived from the order, so a replay rebuilds them (R24).
        OrderChange change = Alerts.raise(accepted.value(), settings, policy.lifecycles(), policy.zone(), Set.of(),
                Alerts.derivedIds(accepted.value().order().id()), now);
        store.placed(change);
        IntentOutcome.Accepted outcome = new IntentOutcome.Accepted(change.order().id(), change.order().number());
        StoredIntent decided = decided(tenant, actor, admission, now, outcome);
        store.decided(decided, new IntentEvents.IntentAccepted(tenant, admission.key(), admission.payloadHash(),
                outcome.orderId(), outcome.orderNumber(), now));
        return Result.ok(new IntentReceipt(decided, false));
    }

    /** The intent limits of a tenant (R25): the configured ones, with no more lines than its maxOrderItems setting allows. */
    static IntentLimits limits(OrderCorePorts ports, TenantId tenant) {
        return ports.policies().policyFor(tenant).intentLimits().cappedAt(ports.settings().find(tenant).settings().maxOrderItems());
    }

    private static IntentReceipt reject(Store store, TenantId tenant, Principal actor, IntentContract.Admission admission, Instant now,
                                        List<Violation> reasons) {
        StoredIntent decided = decided(tenant, actor, admission, now, new IntentOutcome.Rejected(reasons));
        store.decided(decided, new IntentEvents.IntentRejected(tenant, admission.key(), admission.payloadHash(), reasons, now));
        return new IntentReceipt(decided, false);
    }

    private static StoredIntent decided(TenantId tenant, Principal actor, IntentContract.Admission admission, Instant now,
                                        IntentOutcome outcome) {
        return new StoredIntent(tenant, admission.key(), admission.contractVersion(), admission.payload(),
                admission.payloadHash(), now, actor.subject(), outcome);
    }
}
