package dev.ordercore.domain.testing;

import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.Frequency;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassPricing;
import dev.ordercore.domain.catalog.ModifierKind;
import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.catalog.OrderModifierRuleId;
import dev.ordercore.domain.order.LineItemKind;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Uuids;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Prices and modifier rules (R32, R33), made through the domain's own factories: frequency price
 * lists for rental pricing, and tenants whose catalogs have modifiers and rules of every effect,
 * including deleted ones, rules of deleted or unknown modifiers and rules stated in another
 * currency, which must never charge anything.
 */
public final class PricingArbitraries {

    /** The most modifiers and rules a generated catalog has. */
    public static final int MAX_MODIFIERS = 3;
    public static final int MAX_RULES = 5;

    private PricingArbitraries() {
    }

    // ---- frequency prices (R32)

    /** Prices of klasses in {@code currency} up to {@code max}, at its minor units; zero now and then. */
    public static Arbitrary<Money> prices(Currency currency, long max) {
        return ValueArbitraries.money(currency, max).edgeCases(edges -> edges.add(Money.zero(currency)));
    }

    /**
     * A klass's price list as {@code Klass.create} accepts it: at most one price per frequency and
     * currency, at least one frequency price in {@code currency}, sometimes a sale price, and
     * sometimes prices in {@code other} (cheap ones too), which pricing in {@code currency} must ignore.
     */
    public static Arbitrary<List<KlassPricing>> frequencyPrices(Currency currency, Currency other) {
        Arbitrary<List<Frequency>> frequencies = Arbitraries.of(Frequency.class).set().ofMinSize(1).map(s -> s.stream().sorted().toList());
        Arbitrary<List<Frequency>> otherFrequencies = Arbitraries.of(Frequency.class).set().map(s -> s.stream().sorted().toList());
        return Combinators.combine(frequencies, prices(currency, 20_000).list().ofSize(Frequency.values().length),
                        otherFrequencies, prices(other, 100).list().ofSize(Frequency.values().length),
                        prices(currency, 20_000).optional(0.5))
                .as((fs, ps, ofs, ops, sale) -> {
                    List<KlassPricing> list = new ArrayList<>();
                    for (int i = 0; i < fs.size(); i++) {
                        list.add(KlassPricing.per(fs.get(i), ps.get(i)));
                    }
                    for (int i = 0; i < ofs.size(); i++) {
                        list.add(KlassPricing.per(ofs.get(i), ops.get(i)));
                    }
                    sale.ifPresent(s -> list.add(KlassPricing.sale(s)));
                    return List.copyOf(list);
                });
    }

    /** A currency and another one, for {@link #frequencyPrices}. */
    public static Arbitrary<Tuple.Tuple2<Currency, Currency>> currencyPairs() {
        return Combinators.combine(ValueArbitraries.currencies(), ValueArbitraries.currencies())
                .filter((a, b) -> !a.equals(b))
                .as(Tuple::of);
    }

    // ---- modifiers and rules (R33)

    /** What a rule's condition looks like before it is made; indexes pick from the catalog. */
    private record ConditionSpec(List<LineItemKind> kinds, Optional<Integer> category, Optional<Integer> klass,
                                 Optional<BigDecimal> minAmount, boolean minInOther) {
    }

    /** What a rule's effect looks like before it is made. */
    private record EffectSpec(OrderModifierRule.EffectType type, BigDecimal amount, BigDecimal percent, boolean inOther) {
    }

    /** What a rule looks like before it is made; the ids and the catalog fill in the rest. */
    private record RuleSpec(int modifier, boolean unknownModifier, ConditionSpec condition, EffectSpec effect, boolean deleted) {
    }

    private record ModifierSpec(String name, ModifierKind kind, boolean deleted) {
    }

    /**
     * {@code setup} with modifiers and rules added to its catalog: up to {@link #MAX_MODIFIERS}
     * modifiers (a few deleted) and up to {@link #MAX_RULES} rules of every effect type, with
     * conditions on kinds, the catalog's categories and klasses and a minimum amount; some rules are
     * deleted, some name a modifier the catalog does not have, and some state their amounts in
     * another currency than the setup's.
     */
    public static Arbitrary<TenantSetup> withRules(TenantSetup setup) {
        Currency other = otherCurrency(setup.currency());
        Arbitrary<ModifierSpec> modifierSpecs = Combinators.combine(
                Arbitraries.of("Delivery", "Damage waiver", "Handling fee", "Insurance", "Fuel surcharge"),
                Arbitraries.of(ModifierKind.class),
                Arbitraries.frequency(Tuple.of(5, false), Tuple.of(1, true))).as(ModifierSpec::new);
        Arbitrary<List<ModifierSpec>> modifiers = modifierSpecs.list().ofMinSize(1).ofMaxSize(MAX_MODIFIERS);
        Arbitrary<List<RuleSpec>> rules = ruleSpecs(setup.currency()).list().ofMinSize(1).ofMaxSize(MAX_RULES);
        return Combinators.combine(modifiers, rules, Arbitraries.longs())
                .as((ms, rs, seed) -> setup.withCatalog(build(setup, other, ms, rs, ValueArbitraries.uuidGenerator(seed))));
    }

    /** Setups with rules, over every generated setup. */
    public static Arbitrary<TenantSetup> setupsWithRules() {
        return OrderArbitraries.setups().flatMap(PricingArbitraries::withRules);
    }

    private static Arbitrary<RuleSpec> ruleSpecs(Currency currency) {
        Arbitrary<List<LineItemKind>> kinds = Arbitraries.of(LineItemKind.class).set().ofMaxSize(3).map(s -> s.stream().sorted().toList());
        Arbitrary<Optional<Integer>> index = Arbitraries.integers().between(0, 100).optional(0.3);
        Arbitrary<Optional<BigDecimal>> min = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(50_000))
                .ofScale(Money.minorUnits(currency)).optional(0.3);
        Arbitrary<BigDecimal> amounts = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(2_000)).ofScale(0);
        Arbitrary<BigDecimal> percents = Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("100"))
                .ofScale(OrderModifierRule.PERCENT_DECIMALS)
                .edgeCases(edges -> edges.add(new BigDecimal("10")).add(new BigDecimal("12.5")));
        Arbitrary<Boolean> rarely = Arbitraries.frequency(Tuple.of(6, false), Tuple.of(1, true));
        Arbitrary<Boolean> sometimes = Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true));
        Arbitrary<ConditionSpec> conditions = Combinators.combine(kinds, index, index, min, rarely).as(ConditionSpec::new);
        Arbitrary<EffectSpec> effects = Combinators.combine(Arbitraries.of(OrderModifierRule.EffectType.class), amounts, percents, sometimes)
                .as(EffectSpec::new);
        return Combinators.combine(Arbitraries.integers().between(0, MAX_MODIFIERS - 1), rarely, conditions, effects, sometimes)
                .as(RuleSpec::new);
    }

    private static CatalogSnapshot build(TenantSetup s, Currency other, List<ModifierSpec> ms, List<RuleSpec> rs, Uuids uuids) {
        TenantId tenant = s.tenant();
        List<OrderModifier> modifiers = new ArrayList<>();
        for (ModifierSpec m : ms) {
            OrderModifier modifier = OrderModifier.create(OrderModifierId.next(uuids), tenant, m.name(), m.kind(), Optional.empty(),
                    ValueArbitraries.EPOCH).orElseThrow(CatalogArbitraries::generatorBroken);
            modifiers.add(m.deleted() ? modifier.deleted(ValueArbitraries.EPOCH) : modifier);
        }
        List<Category> categories = CatalogArbitraries.categories(s.catalog());
        List<Klass> klasses = CatalogArbitraries.klasses(s.catalog());
        List<OrderModifierRule> rules = new ArrayList<>();
        for (RuleSpec r : rs) {
            OrderModifierId modifier = r.unknownModifier() ? OrderModifierId.next(uuids) : modifiers.get(r.modifier() % modifiers.size()).id();
            ConditionSpec c = r.condition();
            EffectSpec e = r.effect();
            Currency minCurrency = c.minInOther() ? other : s.currency();
            OrderModifierRule.ConditionDraft condition = new OrderModifierRule.ConditionDraft(c.kinds(),
                    c.category().map(i -> categories.get(i % categories.size()).id()).orElse(null),
                    c.klass().map(i -> klasses.get(i % klasses.size()).id()).orElse(null),
                    c.minAmount().map(a -> a.setScale(Money.minorUnits(minCurrency), RoundingMode.DOWN)).orElse(null),
                    c.minAmount().map(a -> minCurrency).orElse(null));
            OrderModifierRule.EffectDraft effect = e.type() == OrderModifierRule.EffectType.PERCENT
                    ? new OrderModifierRule.EffectDraft(e.type(), null, null, e.percent())
                    : new OrderModifierRule.EffectDraft(e.type(), e.amount(), e.inOther() ? other : s.currency(), null);
            OrderModifierRule rule = OrderModifierRule.create(OrderModifierRuleId.next(uuids), tenant, modifier, condition, effect,
                    ValueArbitraries.EPOCH).orElseThrow(CatalogArbitraries::generatorBroken);
            rules.add(r.deleted() ? rule.deleted(ValueArbitraries.EPOCH) : rule);
        }
        return s.catalog().withModifiers(modifiers, rules);
    }

    /** A usable currency other than {@code currency}, with the same minor units when there is one. */
    public static Currency otherCurrency(Currency currency) {
        List<Currency> others = ValueArbitraries.USABLE_CURRENCIES.stream().map(Currency::getInstance)
                .filter(c -> !c.equals(currency)).toList();
        return others.stream().filter(c -> Money.minorUnits(c) == Money.minorUnits(currency)).findFirst().orElse(others.get(0));
    }

    public static final class SetupsWithRules implements ArbitrarySupplier<TenantSetup> {
        @Override
        public Arbitrary<TenantSetup> get() {
            return setupsWithRules();
        }
    }
}
