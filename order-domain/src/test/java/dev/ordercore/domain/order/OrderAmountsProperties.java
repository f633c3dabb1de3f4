package dev.ordercore.domain.order;

import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.RoundingPolicy;
import dev.ordercore.domain.testing.OrderArbitraries.DraftedOrder;
import dev.ordercore.domain.testing.OrderArbitraries;
import dev.ordercore.domain.testing.OrderFixtures;
import dev.ordercore.domain.testing.PlacedOrder;
import dev.ordercore.domain.testing.TenantSetup;
import dev.ordercore.domain.testing.ValueArbitraries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts of placed orders (R8, R30), as metamorphic properties where possible. */
@StatisticsReport(onFailureOnly = true)
class OrderAmountsProperties {

    private static List<Money> sortedAmounts(Order order) {
        List<Money> amounts = new ArrayList<>(order.lineItems().stream().map(LineItem::amount).toList());
        amounts.sort(null);
        return amounts;
    }

    @Property(tries = 150)
    @Label("R8 line order never changes an order's total or the multiset of its line amounts")
    void shuffling_the_lines_changes_no_amount(@ForAll(supplier = OrderArbitraries.OrderDrafts.class) DraftedOrder drafted,
                                               @ForAll Random random) {
        List<LineItemDraft> shuffled = new ArrayList<>(drafted.draft().lineItems());
        Collections.shuffle(shuffled, random);

        Order original = OrderFixtures.place(drafted.setup(), drafted.draft(), 1).value().order();
        Order reordered = OrderFixtures.place(drafted.setup(), drafted.draft().withLineItems(shuffled), 2).value().order();

        LifecycleSet lifecycles = drafted.setup().lifecycles();
        Statistics.collect(shuffled.size() > 1 ? "several lines" : "one line");
        assertThat(reordered.total(lifecycles)).isEqualTo(original.total(lifecycles));
        assertThat(sortedAmounts(reordered)).isEqualTo(sortedAmounts(original));
    }

    @Property(tries = 150)
    @Label("R8 R30 a line's amount is its unit price times its quantity, rounded once to the currency's minor units by the tenant's policy")
    void a_lines_amount_is_unit_price_times_quantity_rounded_by_the_policy(
            @ForAll(supplier = OrderArbitraries.PlacedOrders.class) PlacedOrder placed) {
        RoundingPolicy policy = placed.setup().rounding();
        int minor = Money.minorUnits(placed.setup().currency());
        for (LineItem line : placed.order().lineItems()) {
            BigDecimal exact = line.unitPrice().amount().multiply(BigDecimal.valueOf(line.quantity()));

            Statistics.label("rounding").collect(exact.stripTrailingZeros().scale() > minor ? "rounded" : "exact");
            assertThat(line.amount().currency()).isEqualTo(placed.order().currency());
            assertThat(line.amount().amount().scale()).isEqualTo(minor);
            assertThat(line.amount().amount()).isEqualTo(exact.setScale(minor, policy.mode()));
            assertThat(line.amount().amount().subtract(exact).abs()).isLessThan(BigDecimal.ONE.movePointLeft(minor));
        }
        Statistics.label("rounding").coverage(c -> {
            c.check("rounded").count(n -> n > 0);
            c.check("exact").count(n -> n > 0);
        });
    }

    @Property(tries = 150)
    @Label("R8 the total of a placed order is the sum of its line amounts, whatever the grouping")
    void the_total_is_the_sum_of_the_line_amounts(@ForAll(supplier = OrderArbitraries.PlacedOrders.class) PlacedOrder placed,
                                                  @ForAll @IntRange(min = 0, max = 20) int cut) {
        List<Money> amounts = placed.order().lineItems().stream().map(LineItem::amount).toList();
        int at = cut % (amounts.size() + 1);
        Money first = Money.sum(amounts.subList(0, at), placed.order().currency());
        Money second = Money.sum(amounts.subList(at, amounts.size()), placed.order().currency());

        assertThat(placed.order().total(placed.setup().lifecycles())).isEqualTo(first.plus(second));
    }

    @Property(tries = 150)
    @Label("R8 HALF_UP and HALF_EVEN differ by at most one minor unit, and only on an exact half")
    void half_up_and_half_even_differ_only_on_an_exact_half(@ForAll(supplier = OrderArbitraries.OrderDrafts.class) DraftedOrder drafted) {
        RoundingPolicy halfUp = new RoundingPolicy(RoundingMode.HALF_UP, RoundingPolicy.TaxRounding.PER_DOCUMENT);
        RoundingPolicy halfEven = new RoundingPolicy(RoundingMode.HALF_EVEN, RoundingPolicy.TaxRounding.PER_DOCUMENT);
        Result<OrderChange, OrderError> up = OrderFixtures.place(drafted.setup().withRounding(halfUp), drafted.draft(), 1);
        Result<OrderChange, OrderError> even = OrderFixtures.place(drafted.setup().withRounding(halfEven), drafted.draft(), 1);
        int minor = Money.minorUnits(drafted.setup().currency());
        BigDecimal unit = BigDecimal.ONE.movePointLeft(minor);

        List<LineItem> upLines = up.value().order().lineItems();
        List<LineItem> evenLines = even.value().order().lineItems();
        for (int i = 0; i < upLines.size(); i++) {
            BigDecimal difference = upLines.get(i).amount().amount().subtract(evenLines.get(i).amount().amount());
            BigDecimal exact = upLines.get(i).unitPrice().amount().multiply(BigDecimal.valueOf(upLines.get(i).quantity()));
            boolean exactHalf = exact.movePointRight(minor).remainder(BigDecimal.ONE).abs().compareTo(new BigDecimal("0.5")) == 0;

            Statistics.collect(difference.signum() == 0 ? "same" : "half_up one more");
            assertThat(difference).isIn(BigDecimal.ZERO.setScale(minor), unit.setScale(minor));
            assertThat(difference.signum() != 0).isEqualTo(exactHalf && exact.movePointRight(minor).toBigInteger().testBit(0) == false);
        }
    }

    @Property(tries = 100)
    @Label("R30 placing the same draft in another currency with the same minor units gives the same amounts in that currency")
    void the_currency_changes_only_the_currency(@ForAll(supplier = OrderArbitraries.OrderDrafts.class) DraftedOrder drafted) {
        TenantSetup s = drafted.setup();
        int minor = Money.minorUnits(s.currency());
        Currency other = ValueArbitraries.USABLE_CURRENCIES.stream().map(Currency::getInstance)
                .filter(c -> !c.equals(s.currency()) && Money.minorUnits(c) == minor)
                .findFirst().orElseThrow();
        TenantSetup otherSetup = new TenantSetup(s.tenant(), other, s.catalog(), s.rounding(), s.lifecycles(), s.customers(), s.vendors());
        OrderDraft d = drafted.draft();
        OrderDraft inOther = new OrderDraft(other, d.customer(), d.vendor(), d.notes(), d.internalNotes(), d.contact(),
                d.deliveryAddress(), d.estimatedDelivery(), d.lineItems());

        Order here = OrderFixtures.place(s, d, 1).value().order();
        Order there = OrderFixtures.place(otherSetup, inOther, 1).value().order();

        assertThat(there.lineItems()).extracting(l -> l.amount().amount())
                .isEqualTo(here.lineItems().stream().map(l -> l.amount().amount()).toList());
        assertThat(there.total(s.lifecycles())).isEqualTo(Money.of(here.total(s.lifecycles()).amount(), other));
    }
}
