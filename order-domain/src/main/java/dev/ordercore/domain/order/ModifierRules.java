package dev.ordercore.domain.order;

import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.catalog.OrderModifierRuleId;
import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.RoundingPolicy;
import dev.ordercore.domain.shared.UnitPrice;
import dev.ordercore.domain.shared.Violation;
import dev.ordercore.domain.shared.Violations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Applies the tenant's modifier rules to lines (R33): each rule whose condition a base line meets
 * adds one CHARGE line that modifies that base line.
 *
 * <ul>
 *   <li>Base lines are the lines that modify no other line and are not cancelled. Charge lines a
 *       rule adds modify a line, so they never trigger rules themselves: no cascades.</li>
 *   <li>A rule applies when neither it nor its modifier is deleted, its modifier is in the catalog,
 *       its condition holds for the line's kind, klass, klass's category and amount, and its effect
 *       is in the order's currency (a percent has none). A rule in another currency never applies
 *       (R30).</li>
 *   <li>The charge line is one unit of a FIXED amount, the base line's quantity of a PER_UNIT amount,
 *       or one unit of PERCENT of the base line's amount rounded once to the currency's minor units
 *       by the tenant's rounding mode. It is described by the modifier's name, happens on the base
 *       line's (first) date, has the base line's customer and vendor, and its payer, terms and
 *       warranty as a one-date billing.</li>
 *   <li>A charge the request states itself (a line naming the modifier and modifying the base line)
 *       takes the place of the rule's: the rule adds no second charge of that modifier to that line.</li>
 *   <li>Idempotent: a (base line, rule) pair that already has a charge line, in any status, gets no
 *       other; applying the rules to lines and the charges they added adds nothing.</li>
 *   <li>Independent of order: which charges are added depends only on the set of base lines and the
 *       set of rules. They come out sorted by base line (in the order given) and rule id, and are
 *       numbered from {@code firstPosition} in that order, so derived ids (R24) are stable.</li>
 * </ul>
 */
final class ModifierRules {

    private ModifierRules() {
    }

    /**
     * The charge lines the rules of {@code ctx}'s catalog add to {@code candidates}, numbered from
     * {@code firstPosition}. The candidates and {@code ctx.existing()} are read for the charges rules
     * added before. A charge too large for a unit price is reported at the candidate's index under
     * {@code field}, and then no charge is returned.
     */
    static List<LineItem> apply(List<LineItem> candidates, LinePlanner.Context ctx, Violations v, String field, int firstPosition) {
        Set<ChargeKey> charged = new HashSet<>();
        Set<ManualKey> chargedByHand = new HashSet<>();
        List<LineItem> order = new ArrayList<>(ctx.existing());
        order.addAll(candidates);
        for (LineItem line : order) {
            if (line.isRuleCharge()) {
                charged.add(new ChargeKey(line.modifies().orElseThrow(), line.charge().orElseThrow().rule().orElseThrow()));
            } else if (line.charge().isPresent() && line.modifies().isPresent()
                    && !ctx.lifecycles().named(line.lifecycle()).isCancelled(line.status())) {
                chargedByHand.add(new ManualKey(line.modifies().get(), line.charge().get().modifier()));
            }
        }
        List<OrderModifierRule> rules = applicable(ctx);
        int before = v.size();
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            LineItem base = candidates.get(i);
            if (!isBase(base, ctx.lifecycles())) {
                continue;
            }
            Optional<CategoryId> category = base.klass().flatMap(ctx.catalog()::klass).map(Klass::category);
            for (OrderModifierRule rule : rules) {
                if (!rule.condition().matches(base.kind(), category, base.klass(), base.amount())
                        || chargedByHand.contains(new ManualKey(base.id(), rule.modifier()))
                        || !charged.add(new ChargeKey(base.id(), rule.id()))) {
                    continue;
                }
                Optional<Priced> priced = price(rule.effect(), base, ctx);
                if (priced.isEmpty()) {
                    v.at(field, i).here("charge_too_large", "modifier rule " + rule.id() + " would charge more than a unit price "
                            + "holds (" + UnitPrice.MAX_INTEGER_DIGITS + " digits) on this line (R33)");
                    continue;
                }
                planned.add(new Planned(base, rule, priced.get()));
            }
        }
        if (v.size() > before) {
            return List.of();
        }
        List<LineItem> charges = new ArrayList<>();
        for (Planned p : planned) {
            charges.add(build(p, ctx, ctx.ids().line(firstPosition + charges.size())));
        }
        return charges;
    }

    /** A line rules look at: it modifies no other line and is not cancelled. */
    static boolean isBase(LineItem line, LifecycleSet lifecycles) {
        return line.modifies().isEmpty() && !lifecycles.named(line.lifecycle()).isCancelled(line.status());
    }

    /** The rules that can charge anything in this order: live, with a live modifier, in the order's currency; by id, once each. */
    private static List<OrderModifierRule> applicable(LinePlanner.Context ctx) {
        TreeMap<UUID, OrderModifierRule> byId = new TreeMap<>();
        for (OrderModifierRule rule : ctx.catalog().rules()) {
            boolean live = !rule.isDeleted() && ctx.catalog().modifier(rule.modifier()).filter(m -> !m.isDeleted()).isPresent();
            boolean sameCurrency = rule.effect().currency().map(ctx.currency()::equals).orElse(true);
            if (live && sameCurrency) {
                byId.putIfAbsent(rule.id().value(), rule);
            }
        }
        return List.copyOf(byId.values());
    }

    private record ChargeKey(LineItemId base, OrderModifierRuleId rule) {
    }

    private record ManualKey(LineItemId base, OrderModifierId modifier) {
    }

    private record Priced(int quantity, UnitPrice unitPrice) {
    }

    private record Planned(LineItem base, OrderModifierRule rule, Priced priced) {
    }

    private static Optional<Priced> price(OrderModifierRule.Effect effect, LineItem base, LinePlanner.Context ctx) {
        int quantity = 1;
        BigDecimal amount;
        if (effect instanceof OrderModifierRule.Effect.Fixed f) {
            amount = f.amount().amount();
        } else if (effect instanceof OrderModifierRule.Effect.PerUnit p) {
            quantity = base.quantity();
            amount = p.amount().amount();
        } else {
            BigDecimal percent = ((OrderModifierRule.Effect.Percent) effect).percent();
            amount = Money.rounded(base.amount().amount().multiply(percent).movePointLeft(2), ctx.currency(), ctx.rounding().mode()).amount();
        }
        Optional<Violation> problem = UnitPrice.violation(amount);
        return problem.isPresent() ? Optional.empty() : Optional.of(new Priced(quantity, new UnitPrice(amount, ctx.currency())));
    }

    private static LineItem build(Planned p, LinePlanner.Context ctx, LineItemId id) {
        LineItem base = p.base();
        OrderModifier modifier = ctx.catalog().modifier(p.rule().modifier()).orElseThrow();
        Optional<BillingConfig> billing = base.billing()
                .map(b -> new BillingConfig(Optional.empty(), Optional.empty(), b.termsDays(), b.payer(), b.warranty()));
        Lifecycle lifecycle = ctx.lifecycles().forLine(LineItemKind.CHARGE);
        UnitPrice price = p.priced().unitPrice();
        return new LineItem(id, Optional.empty(), LineItemKind.CHARGE, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(modifier.name()), p.priced().quantity(), price, price.times(p.priced().quantity(), ctx.rounding()),
                Dates.on(base.dates().start()), List.of(), base.customer(), base.vendor(), billing, Optional.of(base.id()),
                Optional.of(new Charge(modifier.id(), modifier.kind(), Optional.of(p.rule().id()))), Optional.empty(),
                lifecycle.name(), lifecycle.initial(), ctx.now());
    }
}
