package dev.ordercore.application.contract;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.access.Role;
import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.cases.CaseId;
import dev.ordercore.domain.catalog.Asset;
import dev.ordercore.domain.catalog.AssetId;
import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.catalog.CategoryType;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.catalog.ModifierKind;
import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.catalog.OrderModifierRuleId;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.intent.IntentContract;
import dev.ordercore.domain.intent.IntentIntake;
import dev.ordercore.domain.intent.IntentLimits;
import dev.ordercore.domain.intent.IntentOutcome;
import dev.ordercore.domain.intent.OrderIntent;
import dev.ordercore.domain.intent.StoredIntent;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.LineItemKind;
import dev.ordercore.domain.order.NewStatusEntry;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderChange;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.OrderIds;
import dev.ordercore.domain.order.OrderNumber;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusEntries;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.order.StatusEntryId;
import dev.ordercore.domain.order.TransitionRequest;
import dev.ordercore.domain.relation.EntityRef;
import dev.ordercore.domain.relation.Relation;
import dev.ordercore.domain.relation.RelationId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.RoundingPolicy;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Uuids;
import dev.ordercore.domain.shared.Violation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Real domain objects for the port contracts, each made through the domain's own factories, so
 * stores are tested with what the application really gives them. Instants are whole seconds, which
 * every store keeps exactly (PostgreSQL keeps microseconds).
 */
public final class ContractData {

    public static final TenantId TENANT = TenantId.of("acme");
    public static final TenantId OTHER_TENANT = TenantId.of("globex");
    public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    public static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    public static final Currency EUR = Currency.getInstance("EUR");
    public static final LocalDate DAY = LocalDate.parse("2026-03-10");
    public static final List<String> MODULES = List.of("inventory", "billing", "payments");

    private static final Uuids UUIDS = new Uuids(Clock.systemUTC());
    private static final AtomicLong NUMBERS = new AtomicLong();

    private ContractData() {
    }

    public static Principal admin(TenantId tenant) {
        return Principal.user("ann", tenant, Role.ADMIN);
    }

    /** The module writer that owns {@link #MODULES}. */
    public static Principal moduleWriter(TenantId tenant) {
        return Principal.moduleWriter("modules", tenant, MODULES.toArray(String[]::new));
    }

    public static Instant minutes(long afterT0) {
        return T0.plus(Duration.ofMinutes(afterT0));
    }

    public static OrderNumber aNumber() {
        return OrderNumber.of("ORD", 2026, NUMBERS.incrementAndGet());
    }

    public static CustomerId aCustomer() {
        return CustomerId.next(UUIDS);
    }

    public static <T> T ok(Result<T, ? extends OrderError> result) {
        return result.orElseThrow(error -> new IllegalStateException("the domain refused test data: " + error));
    }

    // ---- orders

    public static OrderSpec order(TenantId tenant) {
        return new OrderSpec(tenant);
    }

    public static Order anOrder(TenantId tenant) {
        return order(tenant).build();
    }

    /** An order to place: one line for its default customer unless told otherwise. */
    public static final class OrderSpec {
        private final TenantId tenant;
        private OrderId id = OrderId.next(UUIDS);
        private OrderNumber number = aNumber();
        private Instant createdAt = T0;
        private Optional<CustomerId> customer = Optional.of(aCustomer());
        private final List<CustomerId> lineCustomers = new ArrayList<>();

        private OrderSpec(TenantId tenant) {
            this.tenant = tenant;
        }

        public OrderSpec id(OrderId id) {
            this.id = id;
            return this;
        }

        public OrderSpec number(OrderNumber number) {
            this.number = number;
            return this;
        }

        public OrderSpec createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public OrderSpec customer(CustomerId customer) {
            this.customer = Optional.of(customer);
            return this;
        }

        /** Adds a line of its own for {@code customer}, next to the line for the default customer. */
        public OrderSpec lineFor(CustomerId customer) {
            lineCustomers.add(customer);
            return this;
        }

        public OrderChange place() {
            OrderDraft.Builder draft = OrderDraft.builder(EUR);
            customer.ifPresent(draft::customer);
            draft.line(line("Tent rental", "120.00").build());
            for (CustomerId c : lineCustomers) {
                draft.line(line("Chairs", "4.50").quantity(20).customer(c).build());
            }
            return ok(Order.place(new Order.Placement(tenant, id, number, draft.build(), CatalogSnapshot.empty(), RoundingPolicy.DEFAULT,
                    LifecycleSet.DEFAULT, OrderIds.fresh(UUIDS), Optional.empty(), admin(tenant), createdAt)));
        }

        public Order build() {
            return place().order();
        }

        private static LineItemDraft.Builder line(String description, String price) {
            return LineItemDraft.builder().description(description).unitPrice(price).on(DAY);
        }
    }

    /** The order moved on to CONFIRMED, one version later. */
    public static OrderChange confirm(Order order, Instant at) {
        return ok(order.transition(TransitionRequest.to("CONFIRMED", admin(order.tenant())), LifecycleSet.DEFAULT,
                OrderIds.fresh(UUIDS), at));
    }

    /** The order marked deleted, one version later. */
    public static OrderChange delete(Order order, Instant at) {
        return ok(order.delete("entered twice", admin(order.tenant()), OrderIds.fresh(UUIDS), at));
    }

    /** The order held by a new open BLOCKING entry, one version later; the entry is the change's only one. */
    public static OrderChange block(Order order, Instant at) {
        NewStatusEntry blocking = entry(order).code("inventory:reservation_backordered").severity(Severity.BLOCKING).recordedAt(at).build();
        return ok(order.record(blocking, at));
    }

    // ---- status entries

    public static EntrySpec entry(Order order) {
        return new EntrySpec(order.tenant(), order.id());
    }

    public static EntrySpec entry(TenantId tenant, OrderId order) {
        return new EntrySpec(tenant, order);
    }

    /** A module writer's entry, checked by {@link StatusEntries#entry} (R18). */
    public static final class EntrySpec {
        private final TenantId tenant;
        private final OrderId order;
        private StatusEntryId id = StatusEntryId.next(UUIDS);
        private String code = "inventory:reserved";
        private Severity severity = Severity.INFO;
        private Optional<Instant> recordedAt = Optional.of(T0);
        private Optional<String> dedupeKey = Optional.empty();
        private Optional<StatusEntryId> closes = Optional.empty();

        private EntrySpec(TenantId tenant, OrderId order) {
            this.tenant = tenant;
            this.order = order;
        }

        public EntrySpec id(StatusEntryId id) {
            this.id = id;
            return this;
        }

        public EntrySpec code(String code) {
            this.code = code;
            return this;
        }

        public EntrySpec severity(Severity severity) {
            this.severity = severity;
            return this;
        }

        public EntrySpec recordedAt(Instant recordedAt) {
            this.recordedAt = Optional.of(recordedAt);
            return this;
        }

        public EntrySpec dedupeKey(String key) {
            this.dedupeKey = Optional.of(key);
            return this;
        }

        /** Makes this the entry that closes {@code closed}, in its namespace (as {@link StatusEntries#closing} asks). */
        public EntrySpec closing(StatusEntry closed) {
            this.code = closed.module() + ":" + StatusEntries.CLOSED;
            this.closes = Optional.of(closed.id());
            return this;
        }

        public NewStatusEntry build() {
            StatusEntries.Request request = new StatusEntries.Request(Optional.empty(), code, Optional.of("fulfillment"), severity,
                    JsonObject.builder().put("note", "written by the contract").build(), recordedAt, dedupeKey, closes);
            Instant now = recordedAt.orElse(T0).plus(Duration.ofMinutes(1));
            return ok(StatusEntries.entry(id, tenant, order, request, moduleWriter(tenant), now));
        }
    }

    // ---- intents

    /** A stored intent the contract reader rejected (it has no lines), received at {@code receivedAt}. */
    public static StoredIntent aRejectedIntent(TenantId tenant, String sourceSystem, String intentId, Instant receivedAt) {
        IntentContract.Admission admission = admit(sourceSystem, intentId, receivedAt, "");
        Result<OrderIntent, List<Violation>> read = IntentContract.read(admission);
        if (read.isOk()) {
            throw new IllegalStateException("an intent without lines should be rejected");
        }
        return new StoredIntent(tenant, admission.key(), admission.contractVersion(), admission.payload(), admission.payloadHash(),
                receivedAt, "shop-bot", new IntentOutcome.Rejected(read.error()));
    }

    /** An intent accepted as IntentIntake accepts one: the order it placed (with its entries and events) and the stored intent. */
    public record AcceptedIntent(OrderChange placed, StoredIntent intent) {
    }

    public static AcceptedIntent anAcceptedIntent(TenantId tenant, String sourceSystem, String intentId, Instant receivedAt) {
        String lines = """
                , "currency": "EUR", "customerRef": "%s",
                  "lineItems": [{"description": "Tent rental", "quantity": 1, "unitPrice": "120.00", "on": "%s"}]
                """.formatted(aCustomer().value(), DAY);
        IntentContract.Admission admission = admit(sourceSystem, intentId, receivedAt, lines);
        OrderIntent read = IntentContract.read(admission).orElseThrow(v -> new IllegalStateException("intent refused: " + v));
        OrderNumber number = aNumber();
        OrderChange placed = IntentIntake.accept(tenant, read, CatalogSnapshot.empty(), RoundingPolicy.DEFAULT, LifecycleSet.DEFAULT,
                () -> number, admin(tenant), receivedAt).orElseThrow(v -> new IllegalStateException("intent rejected: " + v));
        StoredIntent stored = new StoredIntent(tenant, admission.key(), admission.contractVersion(), admission.payload(),
                admission.payloadHash(), receivedAt, "shop-bot", new IntentOutcome.Accepted(placed.order().id(), placed.order().number()));
        return new AcceptedIntent(placed, stored);
    }

    private static IntentContract.Admission admit(String sourceSystem, String intentId, Instant submittedAt, String more) {
        JsonValue payload = JsonValue.parse("""
                {"intentId": "%s", "sourceSystem": "%s", "contractVersion": 1, "submittedAt": "%s"%s}
                """.formatted(intentId, sourceSystem, submittedAt, more));
        return ok(IntentContract.admit(payload, IntentLimits.DEFAULT));
    }

    // ---- relations and cases

    public static Relation relation(TenantId tenant, EntityRef source, EntityRef target, String type, Instant at) {
        return ok(Relation.create(RelationId.next(UUIDS), tenant, source, target, type,
                JsonObject.builder().put("by", "contract").build(), "ann", at));
    }

    public static EntityRef anOrderRef() {
        return EntityRef.order(UUIDS.next());
    }

    public static EntityRef aCaseRef() {
        return EntityRef.ofCase(UUIDS.next());
    }

    public static EntityRef anInvoiceRef(String number) {
        return new EntityRef("economic_invoice", number);
    }

    public static Case aCase(TenantId tenant) {
        return ok(Case.open(CaseId.next(UUIDS), tenant, "Wedding tent for the Hansens", List.of("quote_needed", "installation"),
                admin(tenant), T0)).after();
    }

    public static Case closeTag(Case aCase, String tag, Instant at) {
        return ok(aCase.closeTag(tag, admin(aCase.tenant()), at)).after();
    }

    // ---- catalog

    public static Category category(TenantId tenant, String name) {
        return ok(Category.create(CategoryId.next(UUIDS), tenant, name, CategoryType.RENTAL, T0));
    }

    public static Klass klass(TenantId tenant, CategoryId category, String name) {
        return ok(Klass.create(KlassId.next(UUIDS), tenant, name, category,
                List.of(new Klass.PriceDraft(null, new BigDecimal("120.00"), EUR)), T0));
    }

    public static Product product(TenantId tenant, KlassId klass, String sku) {
        return ok(Product.create(ProductId.next(UUIDS), tenant, klass, sku, "Product " + sku,
                JsonObject.builder().put("colour", "white").build(), T0));
    }

    public static Asset asset(TenantId tenant, ProductId product, String serialNumber) {
        return ok(Asset.create(AssetId.next(UUIDS), tenant, product, serialNumber, T0));
    }

    public static OrderModifier modifier(TenantId tenant, String name) {
        return ok(OrderModifier.create(OrderModifierId.next(UUIDS), tenant, name, ModifierKind.DELIVERY, Optional.of("Delivered to site"), T0));
    }

    /** A rule charging {@code modifier} a fixed 250.00 EUR on RENTAL lines of {@code klass} of at least 100.00 EUR. */
    public static OrderModifierRule rule(TenantId tenant, OrderModifierId modifier, KlassId klass) {
        return ok(OrderModifierRule.create(OrderModifierRuleId.next(UUIDS), tenant, modifier,
                new OrderModifierRule.ConditionDraft(List.of(LineItemKind.RENTAL), null, klass, new BigDecimal("100.00"), EUR),
                new OrderModifierRule.EffectDraft(OrderModifierRule.EffectType.FIXED, new BigDecimal("250.00"), EUR, null), T0));
    }

    /** A rule charging 12.5 % of every line of {@code category}, whatever its kind. */
    public static OrderModifierRule percentRule(TenantId tenant, OrderModifierId modifier, CategoryId category) {
        return ok(OrderModifierRule.create(OrderModifierRuleId.next(UUIDS), tenant, modifier,
                new OrderModifierRule.ConditionDraft(null, category, null, null, null),
                new OrderModifierRule.EffectDraft(OrderModifierRule.EffectType.PERCENT, null, null, new BigDecimal("12.5")), T0));
    }

    /**
     * Stores in {@code ports} the entries of {@code catalog} that the lines of {@code orders} use,
     * with the entries they hang on (parents first), for stores that check what lines refer to
     * (PostgreSQL's foreign keys). A klass is stored under its name with its id appended, since
     * generated catalogs may repeat a name within a category; lines refer to klasses by id only.
     */
    public static void storeCatalogUsedBy(OrderCorePorts ports, CatalogSnapshot catalog, Collection<Order> orders) {
        Set<Object> used = new HashSet<>();
        for (Order order : orders) {
            for (LineItem l : order.lineItems()) {
                l.asset().flatMap(catalog::asset).ifPresent(a -> used.add(a.product()));
                l.asset().ifPresent(used::add);
                l.product().ifPresent(used::add);
                l.klass().ifPresent(used::add);
                l.charge().ifPresent(c -> {
                    used.add(c.modifier());
                    c.rule().ifPresent(used::add);
                });
            }
        }
        catalog.products().values().stream().filter(p -> used.contains(p.id())).forEach(p -> used.add(p.klass()));
        catalog.klasses().values().stream().filter(k -> used.contains(k.id())).forEach(k -> used.add(k.category()));
        catalog.categories().values().stream().filter(c -> used.contains(c.id())).forEach(ports.categories()::insert);
        catalog.klasses().values().stream().filter(k -> used.contains(k.id())).forEach(k -> ports.klasses().insert(
                new Klass(k.id(), k.tenant(), k.name() + " " + k.id(), k.category(), k.pricing(), k.createdAt(), k.deletedAt())));
        catalog.products().values().stream().filter(p -> used.contains(p.id())).forEach(ports.products()::insert);
        catalog.assets().values().stream().filter(a -> used.contains(a.id())).forEach(ports.assets()::insert);
        catalog.modifiers().values().stream().filter(m -> used.contains(m.id())).forEach(ports.modifiers()::insert);
        catalog.rules().stream().filter(r -> used.contains(r.id())).forEach(ports.modifierRules()::insert);
    }

    /** Fresh ids of each kind, never stored anywhere. */
    public static OrderId anOrderId() {
        return OrderId.next(UUIDS);
    }

    public static StatusEntryId anEntryId() {
        return StatusEntryId.next(UUIDS);
    }

    public static Uuids uuids() {
        return UUIDS;
    }
}
