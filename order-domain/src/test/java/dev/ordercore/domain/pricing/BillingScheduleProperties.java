package dev.ordercore.domain.pricing;

import dev.ordercore.domain.catalog.Frequency;
import dev.ordercore.domain.order.BillingConfig;
import dev.ordercore.domain.order.BillingDraft;
import dev.ordercore.domain.order.BillingTiming;
import dev.ordercore.domain.order.Dates;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.order.Payer;
import dev.ordercore.domain.pricing.BillingSchedule.BillingCharge;
import dev.ordercore.domain.pricing.BillingSchedule.PayerCharges;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.testing.CalculationArbitraries;
import dev.ordercore.domain.testing.CalculationArbitraries.CalculatedOrder;
import dev.ordercore.domain.testing.OrderArbitraries;
import dev.ordercore.domain.testing.OrderFixtures;
import dev.ordercore.domain.testing.ValueArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R34 over random orders and random long rentals: charges sum to the line amount exactly, every
 * charge date lies in the period, due = charge + terms, the cycles tile the period, only the last
 * is partial, and line order changes nothing.
 */
@StatisticsReport(onFailureOnly = true)
class BillingScheduleProperties {

    /** A single rental line over up to 800 days with any cycle, timing, terms and amount, in any currency. */
    @Provide
    Arbitrary<Order> rentals() {
        return ValueArbitraries.currencies().flatMap(currency -> Combinators.combine(
                        ValueArbitraries.dates(), Arbitraries.integers().between(1, 800), Arbitraries.of(Frequency.class),
                        Arbitraries.of(BillingTiming.class), OrderArbitraries.terms(), OrderArbitraries.quantities(),
                        ValueArbitraries.unitPriceAmounts(currency))
                .as((from, days, cycle, timing, terms, quantity, price) -> {
                    OrderDraft draft = OrderDraft.builder(currency).line(LineItemDraft.builder().klass(OrderFixtures.EXCAVATOR.id())
                            .quantity(quantity).unitPrice(price).period(from, from.plusDays(days)).customer(OrderFixtures.CUSTOMER)
                            .billing(BillingDraft.recurring(timing, cycle, terms, Payer.CUSTOMER)).build()).build();
                    return OrderFixtures.placed(OrderFixtures.setup(currency.getCurrencyCode()), draft).order();
                }));
    }

    private static void checkLine(LineItem line, List<BillingCharge> charges) {
        BillingConfig billing = line.billing().orElseThrow();
        assertThat(Money.sum(charges.stream().map(BillingCharge::amount).toList(), line.amount().currency())).isEqualTo(line.amount());
        assertThat(charges).allSatisfy(c -> {
            assertThat(c.amount().currency()).isEqualTo(line.amount().currency());
            assertThat(c.dueDate()).isEqualTo(c.chargeDate().plusDays(billing.termsDays()));
            assertThat(c.chargeDate()).isBetween(c.from(), c.to().minusDays(1));
            assertThat(c.cycles()).isEqualTo(charges.size());
        });
        if (!(line.dates() instanceof Dates.Period period)) {
            assertThat(charges).singleElement().satisfies(c -> {
                assertThat(c.chargeDate()).isEqualTo(line.dates().start());
                assertThat(c.amount()).isEqualTo(line.amount());
            });
            return;
        }
        Frequency cycle = billing.cycle().orElseThrow();
        BillingTiming timing = billing.timing().orElseThrow();
        assertThat(charges.get(0).from()).isEqualTo(period.from());
        assertThat(charges.get(charges.size() - 1).to()).isEqualTo(period.to());
        for (int k = 0; k < charges.size(); k++) {
            BillingCharge c = charges.get(k);
            assertThat(c.cycle()).isEqualTo(k + 1);
            assertThat(c.chargeDate()).isBetween(period.from(), period.to().minusDays(1));
            assertThat(c.chargeDate()).isEqualTo(timing == BillingTiming.UPFRONT ? c.from() : c.to().minusDays(1));
            assertThat(c.from()).isEqualTo(BillingSchedule.cycleStart(period.from(), cycle, k));
            if (k > 0) {
                assertThat(c.from()).isEqualTo(charges.get(k - 1).to());
            }
            LocalDate fullEnd = BillingSchedule.cycleStart(period.from(), cycle, k + 1);
            assertThat(c.partial()).isEqualTo(k == charges.size() - 1 && c.to().isBefore(fullEnd));
            assertThat(c.to()).isEqualTo(c.partial() ? period.to() : fullEnd);
        }
    }

    /** Each charge is its exact prorated share of the amount, give or take less than one minor unit. */
    private static void checkShares(LineItem line, List<BillingCharge> charges) {
        if (!(line.dates() instanceof Dates.Period period)) {
            return;
        }
        Frequency cycle = line.billing().orElseThrow().cycle().orElseThrow();
        List<BigDecimal> weights = new ArrayList<>();
        for (int k = 0; k < charges.size(); k++) {
            BillingCharge c = charges.get(k);
            long full = ChronoUnit.DAYS.between(c.from(), BillingSchedule.cycleStart(period.from(), cycle, k + 1));
            long days = ChronoUnit.DAYS.between(c.from(), c.to());
            weights.add(BigDecimal.valueOf(days).divide(BigDecimal.valueOf(full), 30, RoundingMode.HALF_EVEN));
        }
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Money.minorUnits(line.amount().currency()));
        for (int k = 0; k < charges.size(); k++) {
            BigDecimal exact = line.amount().amount().multiply(weights.get(k)).divide(total, 30, RoundingMode.HALF_EVEN);
            assertThat(charges.get(k).amount().amount().subtract(exact).abs()).isLessThan(unit.add(new BigDecimal("1E-20")));
        }
    }

    @Property(tries = 300)
    @Label("R34 a rental's charges sum to its amount exactly, fall in the period on the right day, are due after their terms and tile the period in cycles")
    void a_rentals_schedule_tiles_its_period_and_sums_to_its_amount(@ForAll("rentals") Order order) {
        LineItem line = order.lineItems().get(0);
        List<BillingCharge> charges = BillingSchedule.of(order, OrderFixtures.setup().lifecycles()).chargesOf(line.id());

        Statistics.label("cycles").collect(charges.size() == 1 ? "one" : charges.size() <= 12 ? "2-12" : "more");
        Statistics.label("last").collect(charges.get(charges.size() - 1).partial() ? "partial" : "full");
        Statistics.label("last").coverage(cov -> {
            cov.check("partial").count(n -> n > 0);
            cov.check("full").count(n -> n > 0);
        });
        checkLine(line, charges);
        checkShares(line, charges);
    }

    @Property(tries = 150)
    @Label("R34 every billed line of a random order is scheduled to its amount exactly, once, with its payer; the rest is listed as unscheduled")
    void every_billed_line_is_scheduled_with_its_payer(@ForAll(supplier = CalculationArbitraries.CalculatedOrders.class) CalculatedOrder c) {
        BillingSchedule schedule = BillingSchedule.of(c.order(), c.setup().lifecycles());

        for (LineItem line : c.order().lineItems()) {
            List<BillingCharge> charges = schedule.chargesOf(line.id());
            if (c.cancelled(line)) {
                Statistics.label("line").collect("cancelled");
                assertThat(charges).isEmpty();
            } else if (line.billing().isEmpty()) {
                Statistics.label("line").collect("unscheduled");
                assertThat(charges).isEmpty();
                assertThat(schedule.unscheduled()).anyMatch(u -> u.line().equals(line.id()));
            } else {
                Statistics.label("line").collect(line.dates().isPeriod() ? "period" : "one date");
                checkLine(line, charges);
                PayerCharges group = schedule.payers().stream().filter(p -> p.charges().stream().anyMatch(x -> x.line().equals(line.id())))
                        .findFirst().orElseThrow();
                assertThat(group.payer()).isEqualTo(BillingSchedule.payer(line));
                assertThat(group.charges()).containsAll(charges);
            }
        }
        for (PayerCharges group : schedule.payers()) {
            assertThat(group.total()).isEqualTo(Money.sum(group.charges().stream().map(BillingCharge::amount).toList(), c.order().currency()));
            assertThat(group.charges()).isSortedAccordingTo(Comparator.comparing(BillingCharge::chargeDate));
        }
        assertThat(schedule.payers()).extracting(PayerCharges::payer).doesNotHaveDuplicates();
    }

    @Property(tries = 120)
    @Label("R34 line order never changes a schedule: the same charges per line, the same payer totals")
    void shuffling_the_lines_changes_no_schedule(@ForAll(supplier = CalculationArbitraries.CalculatedOrders.class) CalculatedOrder c,
                                                 @ForAll Random random) {
        List<LineItemDraft> shuffled = new ArrayList<>(c.draft().lineItems());
        Collections.shuffle(shuffled, random);
        Order original = OrderArbitraries.place(c.setup(), c.draft(), c.seed()).order();
        Order reordered = OrderArbitraries.place(c.setup(), c.draft().withLineItems(shuffled), c.seed()).order();

        assertThat(byRef(reordered, c)).isEqualTo(byRef(original, c));
        assertThat(BillingSchedule.of(reordered, c.setup().lifecycles()).payers()).extracting(PayerCharges::payer, PayerCharges::total)
                .containsExactlyElementsOf(BillingSchedule.of(original, c.setup().lifecycles()).payers().stream()
                        .map(p -> org.assertj.core.groups.Tuple.tuple(p.payer(), p.total())).toList());
    }

    /** Each line's charges as (cycle, from, to, charge date, due date, amount), by the line's ref, which survives a shuffle. */
    private static Map<String, List<List<Object>>> byRef(Order order, CalculatedOrder c) {
        BillingSchedule schedule = BillingSchedule.of(order, c.setup().lifecycles());
        Map<String, List<List<Object>>> all = new HashMap<>();
        for (LineItem line : order.lineItems()) {
            all.put(line.ref().orElseThrow(), schedule.chargesOf(line.id()).stream()
                    .<List<Object>>map(x -> List.of(x.cycle(), x.from(), x.to(), x.chargeDate(), x.dueDate(), x.amount()))
                    .toList());
        }
        return all;
    }

    @Property(tries = 100)
    @Label("R34 a payer is the line's customer, the business or its warranty, and only a CUSTOMER payer names a customer")
    void a_payer_names_its_party(@ForAll(supplier = CalculationArbitraries.CalculatedOrders.class) CalculatedOrder c) {
        for (PayerCharges group : BillingSchedule.of(c.order(), c.setup().lifecycles()).payers()) {
            Statistics.collect(group.payer().payer());
            assertThat(group.payer().party().isPresent()).isEqualTo(group.payer().payer() != Payer.BUSINESS);
        }
    }
}
