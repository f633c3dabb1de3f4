package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.IntentReceipt;
import dev.ordercore.application.port.in.SubmitIntentBatchCommand;
import dev.ordercore.application.port.in.SubmitIntentBatchUseCase;
import dev.ordercore.application.port.out.TenantPolicy;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.intent.IntentContract;
import dev.ordercore.domain.intent.IntentKey;
import dev.ordercore.domain.intent.IntentLimits;
import dev.ordercore.domain.intent.OrderIntent;
import dev.ordercore.domain.intent.StoredIntent;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.NewStatusEntry;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderChange;
import dev.ordercore.domain.order.OrderNumber;
import dev.ordercore.domain.settings.TenantSettings;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A batch of intents, decided one after the other by the same {@link IntentIngestion} as a single
 * submission (R21-R25), so an intent repeated inside the batch meets its first occurrence (R22)
 * exactly as if sent later. Reads and writes are gathered instead of made per intent: the stored
 * intents of every key, the tenant's policy and settings and the catalog entries of every line are
 * read once before deciding; the orders, their lines, history entries, outbox events and the
 * decided intents are written once after, each in a few multi-row statements; the order numbers
 * are drawn as one block and the unused rest given back. All of it is one transaction: a failure
 * leaves nothing of the batch stored, and sending the same batch again is safe (R22).
 */
public final class SubmitIntentBatchService implements SubmitIntentBatchUseCase {

    private final OrderCorePorts ports;
    private final Transactions transactions;
    private final IntentIngestion ingestion;
    private final CatalogLookup catalog;

    public SubmitIntentBatchService(OrderCorePorts ports) {
        this.ports = ports;
        this.transactions = new Transactions(ports.transactions());
        this.ingestion = IntentIngestion.forSubmissions(ports);
        this.catalog = new CatalogLookup(ports);
    }

    @Override
    public Result<List<Result<IntentReceipt, OrderError>>, OrderError> submit(SubmitIntentBatchCommand c) {
        return c.principal().may(c.tenant(), Permission.SUBMIT_INTENTS).flatMap(actor -> {
            IntentLimits limits = IntentIngestion.limits(ports, c.tenant());
            List<Result<IntentContract.Admission, OrderError>> admitted = new ArrayList<>(c.payloads().size());
            for (JsonValue payload : c.payloads()) {
                admitted.add(IntentContract.admit(payload, limits));
            }
            Instant now = ports.clock().instant();
            // A concurrent submission that stored one of these keys first makes the batch clash; the retry answers its outcome (R22).
            return transactions.runRetrying(Optional.empty(), () -> Result.ok(decide(c.tenant(), actor, admitted, now)));
        });
    }

    private List<Result<IntentReceipt, OrderError>> decide(TenantId tenant, Principal actor,
                                                           List<Result<IntentContract.Admission, OrderError>> admitted, Instant now) {
        Set<IntentKey> keys = new LinkedHashSet<>();
        admitted.stream().filter(Result::isOk).forEach(a -> keys.add(a.value().key()));
        Map<IntentKey, StoredIntent> stored = new HashMap<>();
        if (!keys.isEmpty()) {
            ports.intents().findAll(tenant, keys).forEach(s -> stored.put(s.key(), s));
        }
        TenantPolicy policy = ports.policies().policyFor(tenant);
        TenantSettings settings = ports.settings().find(tenant).settings();
        List<LineItemDraft> drafts = new ArrayList<>();
        for (Result<IntentContract.Admission, OrderError> a : admitted) {
            if (a.isOk() && !stored.containsKey(a.value().key())) {
                Result<OrderIntent, List<Violation>> read = IntentContract.read(a.value());
                if (read.isOk()) {
                    drafts.addAll(read.value().order().lineItems());
                }
            }
        }
        Buffer buffer = new Buffer(stored, policy, settings, catalog.forIntent(tenant, drafts));
        BlockNumbering numbering = new BlockNumbering((int) admitted.stream().filter(Result::isOk).count());
        List<Result<IntentReceipt, OrderError>> results = new ArrayList<>(admitted.size());
        for (Result<IntentContract.Admission, OrderError> a : admitted) {
            results.add(a.flatMap(admission -> ingestion.ingest(buffer, tenant, actor, admission, now, numbering)));
        }
        numbering.giveBackUnused();
        buffer.flush();
        return results;
    }

    /** Order numbers for a batch: one block as large as the batch could need, drawn at the first accepted intent. */
    private final class BlockNumbering implements IntentIngestion.Numbering {
        private final int capacity;
        private TenantId tenant;
        private OrderNumber first;
        private int used;

        BlockNumbering(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public OrderNumber draw(TenantId tenant, TenantPolicy policy, Instant now) {
            if (first == null) {
                this.tenant = tenant;
                first = ports.orderNumbers().nextBlock(tenant, policy.orderNumberPrefix(), now.atZone(policy.zone()).getYear(), capacity);
            }
            if (used >= capacity) {
                throw new IllegalStateException("a batch of " + capacity + " admitted intents drew more numbers than it has intents");
            }
            return OrderNumber.of(first.prefix(), first.year(), first.sequence() + used++);
        }

        void giveBackUnused() {
            if (first != null && used < capacity) {
                ports.orderNumbers().giveBack(tenant, first.prefix(), first.year(), capacity - used);
            }
        }
    }

    /** What the batch read before deciding, and what its decisions wrote, until {@link #flush}. */
    private final class Buffer implements IntentIngestion.Store {
        private final Map<IntentKey, StoredIntent> stored;
        private final TenantPolicy policy;
        private final TenantSettings settings;
        private final CatalogSnapshot snapshot;
        private final Map<IntentKey, StoredIntent> decided = new HashMap<>();
        private final List<StoredIntent> intents = new ArrayList<>();
        private final List<Order> orders = new ArrayList<>();
        private final List<NewStatusEntry> entries = new ArrayList<>();
        private final List<DomainEvent> events = new ArrayList<>();

        Buffer(Map<IntentKey, StoredIntent> stored, TenantPolicy policy, TenantSettings settings, CatalogSnapshot snapshot) {
            this.stored = stored;
            this.policy = policy;
            this.settings = settings;
            this.snapshot = snapshot;
        }

        @Override
        public Optional<StoredIntent> find(TenantId tenant, IntentKey key) {
            StoredIntent earlier = decided.get(key);
            return Optional.ofNullable(earlier != null ? earlier : stored.get(key));
        }

        @Override
        public TenantPolicy policy(TenantId tenant) {
            return policy;
        }

        @Override
        public TenantSettings settings(TenantId tenant) {
            return settings;
        }

        /** The entries every line of the batch refers to: a snapshot answers by id, so the larger one decides as the smaller would. */
        @Override
        public CatalogSnapshot catalogFor(TenantId tenant, List<LineItemDraft> drafts) {
            return snapshot;
        }

        @Override
        public void placed(OrderChange change) {
            orders.add(change.order());
            entries.addAll(change.entries());
            events.addAll(change.events());
        }

        @Override
        public void decided(StoredIntent intent, DomainEvent event) {
            decided.put(intent.key(), intent);
            intents.add(intent);
            events.add(event);
        }

        /** Writes in the order a single submission does: orders, history, events, intents. */
        void flush() {
            if (!orders.isEmpty()) {
                ports.orders().insertAll(orders);
            }
            if (!entries.isEmpty()) {
                ports.history().appendAll(entries);
            }
            if (!events.isEmpty()) {
                ports.outbox().append(events);
            }
            if (!intents.isEmpty()) {
                ports.intents().insertAll(intents);
            }
        }
    }
}
