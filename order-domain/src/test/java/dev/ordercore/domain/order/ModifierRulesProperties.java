package dev.ordercore.domain.order;

import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.catalog.OrderModifierRuleId;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.Violations;
import dev.ordercore.domain.testing.OrderArbitraries;
import dev.ordercore.domain.testing.OrderArbitraries.DraftedOrder;
import dev.ordercore.domain.testing.OrderFixtures;
import dev.ordercore.domain.testing.OrderJournal;
import dev.ordercore.domain.testing.PricingArbitraries;
import dev.ordercore.domain.testing.TenantSetup;
import dev.ordercore.domain.testing.ValueArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** R33 (and R30 for what rules charge): modifier rules over random orders and random rule sets. */
@StatisticsReport(onFailureOnly = true)
class ModifierRulesProperties {

    /** A charge as the rules define it, without ids or positions: which line, which rule, how much. */
    record ChargeOf(String baseRef, OrderModifierRuleId rule, int quantity, BigDecimal unitPrice, Money amount) {
    }

    @Provide
    Arbitrary<DraftedOrder> ordersWithRules() {
        return PricingArbitraries.setupsWithRules().flatMap(OrderArbitraries::orderDrafts);
    }

    /** With the default lifecycles, where every line starts in a state it can be cancelled from. */
    @Provide
    Arbitrary<DraftedOrder> ordersWithRulesAndDefaultLifecycles() {
        return OrderArbitraries.setups(LifecycleSet.DEFAULT).flatMap(PricingArbitraries::withRules).flatMap(OrderArbitraries::orderDrafts);
    }

    private static Order place(TenantSetup setup, OrderDraft draft, long seed) {
        return OrderFixtures.place(setup, draft, seed).value().order();
    }

    private static Set<ChargeOf> charges(Order order) {
        return order.lineItems().stream().filter(LineItem::isRuleCharge)
                .map(c -> new ChargeOf(order.line(c.modifies().orElseThrow()).orElseThrow().ref().orElseThrow(),
                        c.charge().orElseThrow().rule().orElseThrow(), c.quantity(), c.unitPrice().amount(), c.amount()))
                .collect(Collectors.toSet());
    }

    private static CatalogSnapshot withRules(CatalogSnapshot catalog, List<OrderModifierRule> rules) {
        return catalog.withModifiers(catalog.modifiers().values(), rules);
    }

    @Property(tries = 100)
    @Label("R33 shuffling the lines or the rules changes no charge")
    void shuffling_lines_or_rules_changes_no_charge(@ForAll("ordersWithRules") DraftedOrder drafted, @ForAll Random random) {
        TenantSetup setup = drafted.setup();
        List<LineItemDraft> lines = new ArrayList<>(drafted.draft().lineItems());
        Collections.shuffle(lines, random);
        List<OrderModifierRule> rules = new ArrayList<>(setup.catalog().rules());
        Collections.shuffle(rules, random);
        TenantSetup reordered = setup.withCatalog(withRules(setup.catalog(), rules));

        Set<ChargeOf> original = charges(place(setup, drafted.draft(), 1));
        Set<ChargeOf> shuffled = charges(place(reordered, drafted.draft().withLineItems(lines), 2));

        Statistics.collect(original.isEmpty() ? "no charges" : "charges");
        Statistics.coverage(c -> c.check("charges").percentage(p -> p > 30));
        assertThat(shuffled).isEqualTo(original);
    }

    @Property(tries = 100)
    @Label("R33 applying the rules twice equals applying them once")
    void applying_the_rules_twice_equals_once(@ForAll("ordersWithRules") DraftedOrder drafted) {
        TenantSetup s = drafted.setup();
        Order order = place(s, drafted.draft(), 1);
        List<LineItem> requested = order.lineItems().stream().filter(l -> !l.isRuleCharge()).toList();
        LinePlanner.Context fresh = context(s, List.of());
        LinePlanner.Context again = context(s, order.lineItems());
        Violations v = new Violations();

        List<LineItem> once = ModifierRules.apply(requested, fresh, v, "lineItems", requested.size());
        List<LineItem> twice = ModifierRules.apply(order.lineItems(), again, v, "lineItems", order.lineItems().size());

        assertThat(v.isEmpty()).isTrue();
        assertThat(twice).isEmpty();
        assertThat(once).extracting(LineItem::modifies, LineItem::charge, LineItem::quantity, LineItem::amount)
                .containsExactlyElementsOf(order.lineItems().stream().filter(LineItem::isRuleCharge)
                        .map(l -> tuple(l.modifies(), l.charge(), l.quantity(), l.amount())).toList());
    }

    private static LinePlanner.Context context(TenantSetup s, List<LineItem> existing) {
        return new LinePlanner.Context(s.tenant(), s.currency(), Optional.empty(), Optional.empty(), s.catalog(), s.rounding(),
                s.lifecycles(), existing, OrderIds.fresh(ValueArbitraries.uuidGenerator(5)), ValueArbitraries.EPOCH);
    }

    @Property(tries = 100)
    @Label("R30 R33 every charge modifies a base line the rule's condition holds for, costs what the effect says in the order's currency, and every such pair is charged once")
    void every_charge_is_the_effect_of_a_live_rule_on_a_matching_base_line(@ForAll("ordersWithRules") DraftedOrder drafted) {
        TenantSetup s = drafted.setup();
        CatalogSnapshot catalog = s.catalog();
        Order order = place(s, drafted.draft(), 1);

        Set<List<Object>> expected = new HashSet<>();
        for (LineItem base : order.lineItems()) {
            if (base.modifies().isPresent()) {
                continue;
            }
            Optional<CategoryId> category = base.klass().flatMap(catalog::klass).map(Klass::category);
            for (OrderModifierRule rule : catalog.rules()) {
                boolean live = !rule.isDeleted() && catalog.modifier(rule.modifier()).filter(m -> !m.isDeleted()).isPresent();
                boolean currency = rule.effect().currency().map(s.currency()::equals).orElse(true);
                Statistics.label("rule").collect(!live ? "dead" : !currency ? "other currency" : "applies when it matches");
                if (live && currency && rule.condition().matches(base.kind(), category, base.klass(), base.amount())) {
                    expected.add(List.of(base.id(), rule.id()));
                }
            }
        }
        List<LineItem> charges = order.lineItems().stream().filter(LineItem::isRuleCharge).toList();
        for (LineItem c : charges) {
            LineItem base = order.line(c.modifies().orElseThrow()).orElseThrow();
            OrderModifierRule rule = catalog.rules().stream().filter(r -> r.id().equals(c.charge().orElseThrow().rule().orElseThrow()))
                    .findFirst().orElseThrow();
            OrderModifier modifier = catalog.modifier(rule.modifier()).orElseThrow();
            assertThat(c.kind()).isEqualTo(LineItemKind.CHARGE);
            assertThat(c.amount().currency()).isEqualTo(order.currency());
            assertThat(c.charge().orElseThrow().modifier()).isEqualTo(modifier.id());
            assertThat(c.charge().orElseThrow().kind()).isEqualTo(modifier.kind());
            assertThat(c.description()).contains(modifier.name());
            assertThat(c.dates()).isEqualTo(Dates.on(base.dates().start()));
            assertThat(c.customer()).isEqualTo(base.customer());
            assertThat(c.vendor()).isEqualTo(base.vendor());
            assertThat(c.billing().map(BillingConfig::payer)).isEqualTo(base.billing().map(BillingConfig::payer));
            assertThat(c.billing().map(BillingConfig::termsDays)).isEqualTo(base.billing().map(BillingConfig::termsDays));
            assertThat(c.billing().filter(BillingConfig::isRecurring)).isEmpty();
            assertThat(c.amount()).isEqualTo(effect(rule.effect(), base, s));
            Statistics.label("effect").collect(rule.effect().getClass().getSimpleName());
        }
        assertThat(charges).extracting(c -> List.<Object>of(c.modifies().orElseThrow(), c.charge().orElseThrow().rule().orElseThrow()))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected);
        Statistics.label("rule").coverage(c -> {
            c.check("dead").count(n -> n > 0);
            c.check("other currency").count(n -> n > 0);
        });
        Statistics.label("effect").coverage(c -> {
            c.check("Fixed").count(n -> n > 0);
            c.check("Percent").count(n -> n > 0);
            c.check("PerUnit").count(n -> n > 0);
        });
    }

    /** What {@code effect} charges on {@code base}: a percent is rounded once, from the exact share, by the tenant's mode. */
    private static Money effect(OrderModifierRule.Effect effect, LineItem base, TenantSetup s) {
        if (effect instanceof OrderModifierRule.Effect.Fixed f) {
            return f.amount();
        }
        if (effect instanceof OrderModifierRule.Effect.PerUnit p) {
            return p.amount().times(base.quantity());
        }
        BigDecimal exact = base.amount().amount().multiply(((OrderModifierRule.Effect.Percent) effect).percent()).divide(BigDecimal.valueOf(100));
        return Money.rounded(exact, s.currency(), s.rounding().mode());
    }

    @Property(tries = 100)
    @Label("R33 adding lines later charges them exactly as placing them at once would")
    void adding_lines_later_charges_them_as_placing_them_at_once(@ForAll("ordersWithRules") DraftedOrder drafted,
                                                                 @ForAll @IntRange(min = 1, max = 10) int cut) {
        TenantSetup s = drafted.setup();
        // Only lines that modify nothing can be split off: a modifier line names its target by ref, which must be in the same request.
        List<LineItemDraft> bases = drafted.draft().lineItems().stream().filter(l -> l.modifies().isEmpty()).toList();
        int at = Math.max(1, Math.min(bases.size() - 1, cut));
        if (bases.size() < 2) {
            at = bases.size();
        }
        OrderDraft first = drafted.draft().withLineItems(bases.subList(0, at));
        List<LineItemDraft> later = bases.subList(at, bases.size());

        Order atOnce = place(s, drafted.draft().withLineItems(bases), 1);
        OrderJournal placed = OrderArbitraries.place(s, first, 1).journal();
        Order adjusted = later.isEmpty() ? placed.order()
                : placed.adjust(new Order.Adjustment(later, List.of(), "more lines", s.operator()), s.catalog(), s.rounding())
                .value().order();

        Statistics.collect(later.isEmpty() ? "nothing added" : "lines added");
        assertThat(charges(adjusted)).isEqualTo(charges(atOnce));
    }

    @Property(tries = 100)
    @Label("R33 cancelling a line in an adjustment cancels the charges rules added to it and nothing else")
    void cancelling_a_line_cancels_its_rule_charges(@ForAll("ordersWithRulesAndDefaultLifecycles") DraftedOrder drafted,
                                                    @ForAll @IntRange(min = 0, max = 20) int pick) {
        TenantSetup s = drafted.setup();
        OrderJournal placed = OrderArbitraries.place(s, drafted.draft(), 1).journal();
        List<LineItem> bases = placed.order().lineItems().stream().filter(l -> l.modifies().isEmpty()).toList();
        LineItem cancelled = bases.get(pick % bases.size());
        Set<LineItemId> itsCharges = placed.order().lineItems().stream()
                .filter(l -> l.isRuleCharge() && l.modifies().orElseThrow().equals(cancelled.id()))
                .map(LineItem::id).collect(Collectors.toSet());

        Order after = placed.adjust(new Order.Adjustment(List.of(), List.of(cancelled.id()), "not needed", s.operator()),
                s.catalog(), s.rounding()).value().order();

        Statistics.collect(itsCharges.isEmpty() ? "line without rule charges" : "line with rule charges");
        Statistics.coverage(c -> c.check("line with rule charges").count(n -> n > 0));
        for (LineItem line : after.lineItems()) {
            boolean goes = line.id().equals(cancelled.id()) || itsCharges.contains(line.id());
            String before = placed.order().line(line.id()).orElseThrow().status();
            assertThat(line.status()).isEqualTo(goes ? s.lifecycles().named(line.lifecycle()).cancelState().orElseThrow() : before);
        }
    }
}
