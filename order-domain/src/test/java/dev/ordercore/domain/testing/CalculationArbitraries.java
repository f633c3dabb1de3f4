package dev.ordercore.domain.testing;

import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.catalog.ModifierKind;
import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.LineItemId;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.pricing.TaxPolicy;
import dev.ordercore.domain.shared.Uuids;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Orders to calculate (R31) and bill (R34): {@link OrderArbitraries}' orders in a catalog that also
 * has a DELIVERY and a FEE modifier, with some of their charge lines charging one of them (a
 * DELIVERY charge is shipping), some lines cancelled afterwards, and a tax policy of the tenant:
 * a standard rate, other rates for some categories, a shipping rate and, mostly, an excise rate
 * for the order's currency (generated products carry wine-like alcohol attributes, so an order
 * without one is refused now and then).
 */
public final class CalculationArbitraries {

    private CalculationArbitraries() {
    }

    /** A placed (and possibly adjusted) order with what calculating it needs. */
    public record CalculatedOrder(TenantSetup setup, OrderDraft draft, Order order, TaxPolicy tax, Map<KlassId, CategoryId> categories,
                                  long seed) {
        public CalculatedOrder {
            Objects.requireNonNull(setup, "setup");
            Objects.requireNonNull(draft, "draft");
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(tax, "tax");
            categories = Map.copyOf(categories);
        }

        public boolean cancelled(LineItem line) {
            return setup.lifecycles().named(line.lifecycle()).isCancelled(line.status());
        }

        @Override
        public String toString() {
            return "CalculatedOrder[" + order.currency() + ", " + setup.rounding() + ", " + tax + ", lines "
                    + order.lineItems().stream().map(l -> l.kind() + (l.charge().map(c -> "/" + c.kind()).orElse("")) + " "
                    + l.amount() + " " + l.status()).toList() + "]";
        }
    }

    /** {@code setup} with a DELIVERY and a FEE modifier in its catalog. */
    public static TenantSetup withModifiers(TenantSetup s) {
        Uuids uuids = ValueArbitraries.uuidGenerator(s.tenant().hashCode());
        OrderModifier delivery = OrderModifier.create(OrderModifierId.next(uuids), s.tenant(), "Delivery", ModifierKind.DELIVERY,
                Optional.empty(), ValueArbitraries.EPOCH).orElseThrow(CatalogArbitraries::generatorBroken);
        OrderModifier fee = OrderModifier.create(OrderModifierId.next(uuids), s.tenant(), "Handling fee", ModifierKind.FEE,
                Optional.empty(), ValueArbitraries.EPOCH).orElseThrow(CatalogArbitraries::generatorBroken);
        CatalogSnapshot catalog = s.catalog().withModifiers(List.of(delivery, fee), List.of());
        return new TenantSetup(s.tenant(), s.currency(), catalog, s.rounding(), s.lifecycles(), s.customers(), s.vendors());
    }

    public static List<OrderModifier> modifiers(TenantSetup s) {
        return s.catalog().modifiers().values().stream().sorted((a, b) -> a.id().value().compareTo(b.id().value())).toList();
    }

    /**
     * Drafts of {@link OrderArbitraries#orderDrafts(TenantSetup)} whose charge lines (no klass, product or
     * asset) each charge the DELIVERY modifier, the FEE modifier, or none.
     */
    public static Arbitrary<OrderDraft> drafts(TenantSetup s) {
        List<Optional<OrderModifierId>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        modifiers(s).forEach(m -> choices.add(Optional.of(m.id())));
        return Combinators.combine(OrderArbitraries.orderDrafts(s), Arbitraries.of(choices).list().ofSize(OrderArbitraries.MAX_LINES
                        + OrderArbitraries.MAX_MODIFIERS))
                .as((drafted, picks) -> {
                    List<LineItemDraft> lines = new ArrayList<>();
                    List<LineItemDraft> given = drafted.draft().lineItems();
                    for (int i = 0; i < given.size(); i++) {
                        LineItemDraft d = given.get(i);
                        boolean charge = d.klass().isEmpty() && d.product().isEmpty() && d.asset().isEmpty();
                        Optional<OrderModifierId> pick = picks.get(i % picks.size());
                        lines.add(charge && pick.isPresent() ? d.toBuilder().modifier(pick.get()).build() : d);
                    }
                    return drafted.draft().withLineItems(lines);
                });
    }

    /**
     * Tax policies: a standard rate and a shipping rate of 0-30 % with 0-2 decimals, a third of the
     * categories at a rate of their own, and an excise rate for the order's currency nine times in ten.
     */
    public static Arbitrary<TaxPolicy> taxPolicies(TenantSetup s) {
        Arbitrary<BigDecimal> rates = Arbitraries.oneOf(
                Arbitraries.of("0", "6", "12", "12.5", "25", "25.00").map(BigDecimal::new),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(30)).ofScale(2));
        List<Category> categories = CatalogArbitraries.categories(s.catalog());
        Arbitrary<List<Optional<BigDecimal>>> categoryRates = rates.optional(0.33).list().ofSize(categories.size());
        Arbitrary<Optional<BigDecimal>> excise = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(600)).ofScale(2)
                .optional(0.9);
        return Combinators.combine(rates, categoryRates, rates, excise).as((standard, perCategory, shipping, perLitre) -> {
            TaxPolicy tax = TaxPolicy.DEFAULT.withStandardVatRate(standard).withShippingVatRate(shipping);
            for (int i = 0; i < categories.size(); i++) {
                if (perCategory.get(i).isPresent()) {
                    tax = tax.withCategoryVatRate(categories.get(i).id(), perCategory.get(i).get());
                }
            }
            return perLitre.isPresent() ? tax.withExcisePerLitre(s.currency(), perLitre.get()) : tax;
        });
    }

    /** The category of every klass of the setup's catalog. */
    public static Map<KlassId, CategoryId> categories(TenantSetup s) {
        return s.catalog().klasses().values().stream().collect(Collectors.toMap(Klass::id, Klass::category));
    }

    public static Arbitrary<CalculatedOrder> calculatedOrders() {
        return OrderArbitraries.setups().map(CalculationArbitraries::withModifiers).flatMap(CalculationArbitraries::calculatedOrders);
    }

    /** Orders of {@code setup}, placed, then with the lines that {@code cancel} picks cancelled when their lifecycle allows it. */
    public static Arbitrary<CalculatedOrder> calculatedOrders(TenantSetup s) {
        return Combinators.combine(drafts(s), taxPolicies(s), Arbitraries.longs(), Arbitraries.integers().between(0, 3).list().ofSize(
                        OrderArbitraries.MAX_LINES + OrderArbitraries.MAX_MODIFIERS))
                .as((draft, tax, seed, cancelPicks) -> {
                    PlacedOrder placed = OrderArbitraries.place(s, draft, seed);
                    Order order = cancelSome(s, placed, cancelPicks);
                    return new CalculatedOrder(s, draft, order, tax, categories(s), seed);
                });
    }

    /** Cancels the lines whose pick is 0 (about a quarter) and whose lifecycle allows it, by an adjustment. */
    private static Order cancelSome(TenantSetup s, PlacedOrder placed, List<Integer> picks) {
        List<LineItemId> cancel = new ArrayList<>();
        List<LineItem> lines = placed.order().lineItems();
        for (int i = 0; i < lines.size(); i++) {
            LineItem line = lines.get(i);
            Lifecycle ll = s.lifecycles().named(line.lifecycle());
            boolean cancellable = ll.cancelState().filter(c -> ll.allows(line.status(), c)).isPresent();
            if (cancellable && picks.get(i % picks.size()) == 0) {
                cancel.add(line.id());
            }
        }
        if (cancel.isEmpty()) {
            return placed.order();
        }
        return placed.journal().adjust(new Order.Adjustment(List.of(), cancel, "customer changed their mind", s.operator()),
                        s.catalog(), s.rounding())
                .map(OrderJournal::order)
                .orElseThrow(CatalogArbitraries::generatorBroken);
    }

    public static final class CalculatedOrders implements ArbitrarySupplier<CalculatedOrder> {
        @Override
        public Arbitrary<CalculatedOrder> get() {
            return calculatedOrders();
        }
    }
}
