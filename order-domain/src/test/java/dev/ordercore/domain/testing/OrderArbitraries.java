package dev.ordercore.domain.testing;

import dev.ordercore.domain.catalog.Asset;
import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.catalog.CategoryType;
import dev.ordercore.domain.catalog.Frequency;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.order.BillingConfig;
import dev.ordercore.domain.order.BillingDraft;
import dev.ordercore.domain.order.BillingTiming;
import dev.ordercore.domain.order.Contact;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.DeliveryDirection;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.LineItemKind;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderChange;
import dev.ordercore.domain.order.OrderDelivery;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.OrderIds;
import dev.ordercore.domain.order.OrderNumber;
import dev.ordercore.domain.order.Payer;
import dev.ordercore.domain.order.VendorId;
import dev.ordercore.domain.order.WarrantyId;
import dev.ordercore.domain.shared.Address;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Uuids;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Orders and their parts, made the way a client states them and placed through
 * {@link Order#place}: valid line drafts of every kind (R2: SALE, RENTAL with billing, SERVICE,
 * PURCHASE, CHARGE, and modifier lines that {@code modify} another line), valid order drafts, and
 * placed orders. Generators never build domain state by hand: whatever they make the domain itself
 * accepted.
 *
 * <p>Sizes stay small so properties stay fast, and are bounded by the domain's constants:
 * {@link LineItem#MAX_DELIVERIES}, {@link BillingConfig#MAX_TERMS_DAYS}, {@link LineItem#MAX_QUANTITY},
 * {@link Order#MAX_LINES}.
 */
public final class OrderArbitraries {

    /** The most lines a generated order has before its modifier lines. */
    public static final int MAX_LINES = Math.min(6, Order.MAX_LINES);
    /** The most modifier lines a generated order has. */
    public static final int MAX_MODIFIERS = 2;
    /** The largest generated quantity. */
    public static final int MAX_QUANTITY = Math.min(500, LineItem.MAX_QUANTITY);
    /** The longest generated rental period, in days. */
    public static final int MAX_PERIOD_DAYS = 120;

    // Arbitraries that do not depend on the setup, built once.
    private static final Arbitrary<Optional<BillingDraft>> ONCE_BILLING_FOR_CUSTOMERS = onceBilling(true).optional(0.5);
    private static final Arbitrary<Optional<BillingDraft>> ONCE_BILLING_FOR_OTHERS = onceBilling(false).optional(0.5);
    private static final Arbitrary<List<BillingDraft>> RECURRING_BILLINGS =
            Combinators.combine(recurringBilling(true), recurringBilling(false)).as(List::of);
    private static final Arbitrary<List<DeliverySpec>> ONE_DATE_DELIVERIES = deliverySpecs().list().ofMaxSize(Math.min(1, LineItem.MAX_DELIVERIES));
    private static final Arbitrary<List<DeliverySpec>> PERIOD_DELIVERIES = deliverySpecs().list().ofMaxSize(LineItem.MAX_DELIVERIES);

    private OrderArbitraries() {
    }

    /** A line draft and the kind R2 must derive for it once placed. */
    public record IntendedLine(LineItemKind kind, LineItemDraft draft) {
        public IntendedLine {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(draft, "draft");
        }

        IntendedLine withDraft(LineItemDraft other) {
            return new IntendedLine(kind, other);
        }
    }

    /** An order draft for {@code setup}, with the kind intended for each of its lines, in order. */
    public record DraftedOrder(TenantSetup setup, OrderDraft draft, List<LineItemKind> intendedKinds) {
        public DraftedOrder {
            Objects.requireNonNull(setup, "setup");
            Objects.requireNonNull(draft, "draft");
            intendedKinds = List.copyOf(intendedKinds);
        }
    }

    // ---- setups

    public static Arbitrary<TenantSetup> setups() {
        return setups(LifecycleArbitraries.lifecycleSets());
    }

    public static Arbitrary<TenantSetup> setups(LifecycleSet lifecycles) {
        return setups(Arbitraries.just(lifecycles));
    }

    public static Arbitrary<TenantSetup> setups(Arbitrary<LifecycleSet> lifecycles) {
        return Combinators.combine(ValueArbitraries.tenantIds(), ValueArbitraries.currencies()).flatAs((tenant, currency) ->
                Combinators.combine(
                        CatalogArbitraries.catalogs(tenant, currency),
                        ValueArbitraries.roundingPolicies(),
                        lifecycles,
                        ValueArbitraries.customerIds().list().ofMinSize(1).ofMaxSize(3).uniqueElements(),
                        ValueArbitraries.vendorIds().list().ofMinSize(1).ofMaxSize(3).uniqueElements())
                        .as((catalog, rounding, set, customers, vendors) ->
                                new TenantSetup(tenant, currency, catalog, rounding, set, customers, vendors)));
    }

    // ---- line drafts, one generator per kind (no ref, no modifies: lists add those)

    public static Arbitrary<LineItemDraft> lineDrafts(TenantSetup s, LineItemKind kind) {
        return switch (kind) {
            case SALE -> sales(s);
            case RENTAL -> rentals(s);
            case SERVICE -> services(s);
            case PURCHASE -> purchases(s);
            case CHARGE -> charges(s);
        };
    }

    /** Line drafts of any kind. */
    public static Arbitrary<IntendedLine> lineDrafts(TenantSetup s) {
        return Arbitraries.oneOf(Arrays.stream(LineItemKind.values())
                .map(kind -> lineDrafts(s, kind).map(d -> new IntendedLine(kind, d)))
                .toList());
    }

    /**
     * SALE lines: one date, a customer, and a product, an asset or only a klass, none of them of a
     * SERVICE category. Up to one delivery; sometimes billing terms and a payer.
     */
    public static Arbitrary<LineItemDraft> sales(TenantSetup s) {
        CatalogSnapshot c = s.catalog();
        List<Klass> klasses = CatalogArbitraries.klassesExcept(c, CategoryType.SERVICE);
        return oneDateLine(s, klassProductOrAsset(c, klasses), customerAndMaybeVendor(s));
    }

    /**
     * RENTAL lines: two dates (a half-open period), a klass, product or asset of any category,
     * billing with timing and cycle (R6), up to {@link LineItem#MAX_DELIVERIES} deliveries, out and back.
     */
    public static Arbitrary<LineItemDraft> rentals(TenantSetup s) {
        CatalogSnapshot c = s.catalog();
        List<Klass> klasses = CatalogArbitraries.klasses(c);
        Arbitrary<LineItemDraft.Builder> what = Arbitraries.oneOf(
                Arbitraries.of(CatalogArbitraries.klasses(c, CategoryType.RENTAL)).map(k -> LineItemDraft.builder().klass(k.id())),
                klassProductOrAsset(c, klasses));
        return periodLine(s, what, Arbitraries.frequencyOf(
                Tuple.of(4, customerAndMaybeVendor(s)),
                Tuple.of(1, vendorOnly(s))));
    }

    /** SERVICE lines: one date and a klass of a SERVICE category, sometimes with a product of it; a customer. */
    public static Arbitrary<LineItemDraft> services(TenantSetup s) {
        CatalogSnapshot c = s.catalog();
        List<Klass> klasses = CatalogArbitraries.klasses(c, CategoryType.SERVICE);
        Arbitrary<LineItemDraft.Builder> what = Arbitraries.oneOf(
                Arbitraries.of(klasses).map(k -> LineItemDraft.builder().klass(k.id())),
                Arbitraries.of(productsOf(c, klasses)).map(p -> LineItemDraft.builder().product(p.id()).klass(p.klass())));
        return oneDateLine(s, what, customerAndMaybeVendor(s));
    }

    /** PURCHASE lines: one date, a product, a vendor and no customer; the business pays (or a warranty). */
    public static Arbitrary<LineItemDraft> purchases(TenantSetup s) {
        CatalogSnapshot c = s.catalog();
        Arbitrary<LineItemDraft.Builder> what = Arbitraries.of(CatalogArbitraries.products(c))
                .map(p -> LineItemDraft.builder().product(p.id()));
        return oneDateLine(s, what, vendorOnly(s));
    }

    /**
     * CHARGE lines: no klass and no product, such as delivery, a fee or a deposit; mostly one date,
     * sometimes a recurring fee over a period.
     */
    public static Arbitrary<LineItemDraft> charges(TenantSetup s) {
        Arbitrary<LineItemDraft.Builder> what = Arbitraries.of("Delivery", "Damage waiver", "Deposit", "Service fee", "Excise")
                .map(d -> LineItemDraft.builder().description(d));
        return Arbitraries.frequencyOf(
                Tuple.of(4, oneDateLine(s, what, customerAndMaybeVendor(s))),
                Tuple.of(1, periodLine(s, what, customerAndMaybeVendor(s))));
    }

    /**
     * Lines for one order: between 1 and {@link #MAX_LINES} lines of any kind with refs, then up to
     * {@link #MAX_MODIFIERS} modifier lines (CHARGE lines such as delivery) that each modify an earlier
     * line by its ref, modifier lines included, so chains occur but cycles cannot (R7).
     */
    public static Arbitrary<List<IntendedLine>> lineDraftLists(TenantSetup s) {
        Arbitrary<List<IntendedLine>> base = lineDrafts(s).list().ofMinSize(1).ofMaxSize(MAX_LINES);
        Arbitrary<List<Integer>> targets = Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMaxSize(MAX_MODIFIERS);
        Arbitrary<List<LineItemDraft>> modifiers = charges(s).list().ofSize(MAX_MODIFIERS);
        return Combinators.combine(base, targets, modifiers).as((lines, picks, charges) -> {
            List<IntendedLine> all = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                all.add(lines.get(i).withDraft(lines.get(i).draft().toBuilder().ref("l" + i).build()));
            }
            for (int m = 0; m < picks.size(); m++) {
                String target = all.get(picks.get(m) % all.size()).draft().ref().orElseThrow();
                all.add(new IntendedLine(LineItemKind.CHARGE, charges.get(m).toBuilder().ref("m" + m).modifies(target).build()));
            }
            return List.copyOf(all);
        });
    }

    // ---- order drafts

    public static Arbitrary<DraftedOrder> orderDrafts() {
        return setups().flatMap(OrderArbitraries::orderDrafts);
    }

    /**
     * Order drafts for {@code setup}: lines from {@link #lineDraftLists}, sometimes a default customer
     * (only when no line is a purchase, which has no customer) that lines then leave out, sometimes a
     * default vendor, notes, a contact, a delivery address and an estimated delivery date.
     */
    public static Arbitrary<DraftedOrder> orderDrafts(TenantSetup s) {
        return orderDrafts(s, lineDraftLists(s));
    }

    /** Order drafts with one line of every kind (and possibly modifier lines). */
    public static Arbitrary<DraftedOrder> orderDraftsWithEveryKind(TenantSetup s) {
        Arbitrary<List<IntendedLine>> everyKind = Combinators.combine(
                        Arrays.stream(LineItemKind.values()).map(k -> lineDrafts(s, k)).toList())
                .as(drafts -> {
                    List<IntendedLine> lines = new ArrayList<>();
                    for (int i = 0; i < drafts.size(); i++) {
                        lines.add(new IntendedLine(LineItemKind.values()[i], drafts.get(i).toBuilder().ref("k" + i).build()));
                    }
                    return List.copyOf(lines);
                });
        return orderDrafts(s, everyKind);
    }

    private static Arbitrary<DraftedOrder> orderDrafts(TenantSetup s, Arbitrary<List<IntendedLine>> lineLists) {
        Arbitrary<Optional<String>> notes = Arbitraries.strings().alpha().numeric().withChars(' ', 'å', 'ä', 'ö').ofMinLength(1)
                .ofMaxLength(80).optional(0.3);
        Arbitrary<Optional<Contact>> contacts = Combinators.combine(
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20).optional(0.7),
                        Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(12).map(n -> "+46" + n).optional(0.5),
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).map(n -> n + "@example.com").optional(0.5))
                .as((person, phone, email) -> person.isEmpty() && phone.isEmpty() && email.isEmpty()
                        ? Optional.<Contact>empty()
                        : Optional.of(new Contact(person, phone, email)));
        Arbitrary<Optional<Address>> address = ValueArbitraries.addresses().optional(0.3);
        Arbitrary<Optional<LocalDate>> estimated = ValueArbitraries.dates().optional(0.3);
        Arbitrary<Boolean> defaultCustomer = Arbitraries.of(true, false);
        Arbitrary<Optional<VendorId>> defaultVendor = Arbitraries.of(s.vendors()).optional(0.3);
        return Combinators.combine(lineLists, notes, contacts, address, estimated, defaultCustomer, defaultVendor)
                .as((lines, note, contact, addr, est, useDefaultCustomer, vendor) -> {
                    OrderDraft.Builder b = OrderDraft.builder(s.currency());
                    List<IntendedLine> finalLines = lines;
                    boolean purchases = lines.stream().anyMatch(l -> l.kind() == LineItemKind.PURCHASE);
                    if (useDefaultCustomer && !purchases) {
                        CustomerId customer = s.customers().get(0);
                        b.customer(customer);
                        finalLines = lines.stream().map(l -> l.withDraft(withoutCustomer(l.draft(), customer))).toList();
                    }
                    vendor.ifPresent(b::vendor);
                    note.ifPresent(b::notes);
                    contact.ifPresent(b::contact);
                    addr.ifPresent(b::deliveryAddress);
                    est.ifPresent(b::estimatedDelivery);
                    b.lines(finalLines.stream().map(IntendedLine::draft).toList());
                    return new DraftedOrder(s, b.build(), finalLines.stream().map(IntendedLine::kind).toList());
                });
    }

    /** The draft without its own customer when it is {@code customer}: the order's default then fills it in. */
    private static LineItemDraft withoutCustomer(LineItemDraft d, CustomerId customer) {
        if (!d.customer().equals(Optional.of(customer))) {
            return d;
        }
        return new LineItemDraft(d.ref(), d.klass(), d.product(), d.asset(), d.description(), d.quantity(), d.unitPrice(), d.on(),
                d.from(), d.to(), d.deliveries(), Optional.empty(), d.vendor(), d.billing(), d.modifies(), d.modifier());
    }

    // ---- placed orders

    /** Orders placed from {@link #orderDrafts()}. */
    public static Arbitrary<PlacedOrder> placedOrders() {
        return setups().flatMap(OrderArbitraries::placedOrders);
    }

    public static Arbitrary<PlacedOrder> placedOrders(TenantSetup s) {
        return Combinators.combine(orderDrafts(s), Arbitraries.longs()).as((d, seed) -> place(s, d.draft(), seed));
    }

    /** Orders with one line of every kind, placed with {@code lifecycles}. */
    public static Arbitrary<PlacedOrder> placedOrdersWithEveryKind(LifecycleSet lifecycles) {
        return setups(lifecycles).flatMap(s -> Combinators.combine(orderDraftsWithEveryKind(s), Arbitraries.longs())
                .as((d, seed) -> place(s, d.draft(), seed)));
    }

    /** Places {@code draft}, which a generator made valid; a refusal means the generator is broken and throws. */
    public static PlacedOrder place(TenantSetup s, OrderDraft draft, long seed) {
        Uuids uuids = ValueArbitraries.uuidGenerator(seed);
        OrderIds ids = OrderIds.fresh(uuids);
        Result<OrderChange, OrderError> placed = Order.place(placement(s, draft, uuids, ids, seed));
        OrderChange change = placed.orElseThrow(CatalogArbitraries::generatorBroken);
        return new PlacedOrder(s, draft, OrderJournal.placed(change, s.lifecycles(), seed, ValueArbitraries.EPOCH));
    }

    /** The placement of {@code draft} in {@code setup} by an operator at {@link ValueArbitraries#EPOCH}. */
    public static Order.Placement placement(TenantSetup s, OrderDraft draft, Uuids uuids, OrderIds ids, long seed) {
        return new Order.Placement(s.tenant(), OrderId.next(uuids), OrderNumber.of("ORD", 2026, 1 + Math.floorMod(seed, 99_999L)),
                draft, s.catalog(), s.rounding(), s.lifecycles(), ids, Optional.empty(), s.operator(), ValueArbitraries.EPOCH);
    }

    // ---- parts

    public static Arbitrary<Integer> quantities() {
        return Arbitraries.integers().between(1, MAX_QUANTITY).edgeCases(edges -> edges.includeOnly(1, MAX_QUANTITY));
    }

    /** Billing of a one-date line: terms and a payer; CUSTOMER only when the line has a customer (R6). */
    public static Arbitrary<BillingDraft> onceBilling(boolean hasCustomer) {
        return Combinators.combine(terms(), payers(hasCustomer), warranties()).as((t, p, w) -> withWarranty(BillingDraft.once(t, p), p, w));
    }

    /** Billing of a two-date line: timing, cycle, terms and a payer (R6). */
    public static Arbitrary<BillingDraft> recurringBilling(boolean hasCustomer) {
        return Combinators.combine(Arbitraries.of(BillingTiming.class), Arbitraries.of(Frequency.class), terms(), payers(hasCustomer),
                        warranties())
                .as((timing, cycle, t, p, w) -> withWarranty(BillingDraft.recurring(timing, cycle, t, p), p, w));
    }

    public static Arbitrary<Integer> terms() {
        return Arbitraries.integers().between(0, BillingConfig.MAX_TERMS_DAYS)
                .edgeCases(edges -> edges.includeOnly(0, 30, BillingConfig.MAX_TERMS_DAYS));
    }

    private static Arbitrary<Payer> payers(boolean hasCustomer) {
        return hasCustomer ? Arbitraries.of(Payer.class) : Arbitraries.of(Payer.BUSINESS, Payer.WARRANTY);
    }

    private static Arbitrary<WarrantyId> warranties() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12).map(w -> new WarrantyId("W-" + w));
    }

    /** WARRANTY pays only with a warranty id, and only WARRANTY has one (R6). */
    private static BillingDraft withWarranty(BillingDraft b, Payer payer, WarrantyId warranty) {
        return payer == Payer.WARRANTY ? b.withWarranty(warranty) : b;
    }

    private record Parties(Optional<CustomerId> customer, Optional<VendorId> vendor) {
    }

    private static Arbitrary<Parties> customerAndMaybeVendor(TenantSetup s) {
        return Combinators.combine(Arbitraries.of(s.customers()), Arbitraries.of(s.vendors()).optional(0.3))
                .as((c, v) -> new Parties(Optional.of(c), v));
    }

    private static Arbitrary<Parties> vendorOnly(TenantSetup s) {
        return Arbitraries.of(s.vendors()).map(v -> new Parties(Optional.empty(), Optional.of(v)));
    }

    private static Arbitrary<LineItemDraft> oneDateLine(TenantSetup s, Arbitrary<LineItemDraft.Builder> what, Arbitrary<Parties> parties) {
        return Combinators.combine(what, parties, ValueArbitraries.dates(), quantities(), ValueArbitraries.unitPriceAmounts(s.currency()),
                        Combinators.combine(ONCE_BILLING_FOR_CUSTOMERS, ONCE_BILLING_FOR_OTHERS).as((a, b) -> List.of(a, b)),
                        ONE_DATE_DELIVERIES)
                .as((builder, p, on, quantity, price, billings, ds) -> {
                    LineItemDraft.Builder line = copy(builder).on(on).unitPrice(price);
                    if (line.build().asset().isEmpty()) {
                        line.quantity(quantity);
                    }
                    p.customer().ifPresent(line::customer);
                    p.vendor().ifPresent(line::vendor);
                    billings.get(p.customer().isPresent() ? 0 : 1).ifPresent(line::billing);
                    ds.forEach(d -> line.delivery(d.on(on, on)));
                    return line.build();
                });
    }

    private static Arbitrary<LineItemDraft> periodLine(TenantSetup s, Arbitrary<LineItemDraft.Builder> what, Arbitrary<Parties> parties) {
        return Combinators.combine(what, parties, ValueArbitraries.dates(), Arbitraries.integers().between(1, MAX_PERIOD_DAYS), quantities(),
                        ValueArbitraries.unitPriceAmounts(s.currency()), RECURRING_BILLINGS, PERIOD_DELIVERIES)
                .as((builder, p, from, days, quantity, price, b, ds) -> {
                    LocalDate to = from.plusDays(days);
                    LineItemDraft.Builder line = copy(builder).period(from, to).unitPrice(price)
                            .billing(b.get(p.customer().isPresent() ? 0 : 1));
                    if (line.build().asset().isEmpty()) {
                        line.quantity(quantity);
                    }
                    p.customer().ifPresent(line::customer);
                    p.vendor().ifPresent(line::vendor);
                    // a second delivery comes back the other way (R4)
                    for (int k = 0; k < ds.size(); k++) {
                        DeliverySpec d = ds.get(k);
                        line.delivery(k == 0 ? d.on(from, to.minusDays(1)) : d.back(ds.get(0).direction()).on(from, to.minusDays(1)));
                    }
                    return line.build();
                });
    }

    /** A delivery before its date is known: direction, where in the line's dates (a fraction), and the addresses. */
    private record DeliverySpec(DeliveryDirection direction, int position, Address address, Optional<Address> other) {
        OrderDelivery on(LocalDate first, LocalDate last) {
            long span = ChronoUnit.DAYS.between(first, last);
            LocalDate day = first.plusDays(span == 0 ? 0 : position % (span + 1));
            return direction == DeliveryDirection.OUTBOUND
                    ? new OrderDelivery(direction, other, Optional.of(address), day)
                    : new OrderDelivery(direction, Optional.of(address), other, day);
        }

        DeliverySpec back(DeliveryDirection first) {
            return new DeliverySpec(first == DeliveryDirection.OUTBOUND ? DeliveryDirection.INBOUND : DeliveryDirection.OUTBOUND,
                    position, address, other);
        }
    }

    private static Arbitrary<DeliverySpec> deliverySpecs() {
        return Combinators.combine(Arbitraries.of(DeliveryDirection.class), Arbitraries.integers().between(0, MAX_PERIOD_DAYS),
                ValueArbitraries.addresses(), ValueArbitraries.addresses().optional(0.3)).as(DeliverySpec::new);
    }

    private static LineItemDraft.Builder copy(LineItemDraft.Builder b) {
        return b.build().toBuilder();
    }

    private static List<Product> productsOf(CatalogSnapshot c, List<Klass> klasses) {
        return klasses.stream().flatMap(k -> CatalogArbitraries.products(c, k.id()).stream()).toList();
    }

    /** A klass of {@code klasses}, a product of one, or an asset of such a product (quantity 1, R3) when the catalog has one. */
    private static Arbitrary<LineItemDraft.Builder> klassProductOrAsset(CatalogSnapshot c, List<Klass> klasses) {
        List<Arbitrary<LineItemDraft.Builder>> choices = new ArrayList<>();
        choices.add(Arbitraries.of(klasses).map(k -> LineItemDraft.builder().klass(k.id())));
        choices.add(Arbitraries.of(productsOf(c, klasses)).map(p -> LineItemDraft.builder().product(p.id())));
        List<Asset> assets = productsOf(c, klasses).stream().flatMap(p -> CatalogArbitraries.assets(c, p.id()).stream()).toList();
        if (!assets.isEmpty()) {
            choices.add(Arbitraries.of(assets).map(a -> LineItemDraft.builder().asset(a.id()).quantity(1)));
        }
        return Arbitraries.oneOf(choices);
    }

    // ---- suppliers

    public static final class Setups implements ArbitrarySupplier<TenantSetup> {
        @Override
        public Arbitrary<TenantSetup> get() {
            return setups();
        }
    }

    public static final class OrderDrafts implements ArbitrarySupplier<DraftedOrder> {
        @Override
        public Arbitrary<DraftedOrder> get() {
            return orderDrafts();
        }
    }

    public static final class PlacedOrders implements ArbitrarySupplier<PlacedOrder> {
        @Override
        public Arbitrary<PlacedOrder> get() {
            return placedOrders();
        }
    }
}
