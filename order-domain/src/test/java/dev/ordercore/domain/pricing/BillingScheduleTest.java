package dev.ordercore.domain.pricing;

import dev.ordercore.domain.catalog.Frequency;
import dev.ordercore.domain.order.BillingDraft;
import dev.ordercore.domain.order.BillingTiming;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.order.Payer;
import dev.ordercore.domain.order.WarrantyId;
import dev.ordercore.domain.pricing.BillingSchedule.BillingCharge;
import dev.ordercore.domain.pricing.BillingSchedule.PayerCharges;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.testing.OrderFixtures;
import dev.ordercore.domain.testing.OrderJournal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static dev.ordercore.domain.testing.OrderFixtures.CUSTOMER;
import static dev.ordercore.domain.testing.OrderFixtures.aCharge;
import static dev.ordercore.domain.testing.OrderFixtures.aPurchase;
import static dev.ordercore.domain.testing.OrderFixtures.aRental;
import static dev.ordercore.domain.testing.OrderFixtures.aSale;
import static dev.ordercore.domain.testing.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** R34 by example, with the worked example of docs/pricing-calculation-and-billing.md. */
class BillingScheduleTest {

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static Money sek(String amount) {
        return Money.of(amount, "SEK");
    }

    static Order placed(OrderDraft draft) {
        return OrderFixtures.placed(draft).order();
    }

    static List<BillingCharge> chargesOfOnlyLine(Order order) {
        return BillingSchedule.of(order, OrderFixtures.setup().lifecycles()).chargesOf(order.lineItems().get(0).id());
    }

    static OrderDraft rental(String from, String to, String amount, BillingTiming timing, Frequency cycle, int terms) {
        return anOrder().line(aRental().period(date(from), date(to)).unitPrice(amount)
                .billing(BillingDraft.recurring(timing, cycle, terms, Payer.CUSTOMER)).build()).build();
    }

    @Test
    @DisplayName("R34 a 45-day monthly rental billed in arrears with net-30 terms: a full month and a prorated half month")
    void r34_a_45_day_monthly_rental_in_arrears_with_net_30_terms() {
        Order order = placed(rental("2026-01-10", "2026-02-24", "4500.00", BillingTiming.IN_ARREARS, Frequency.MONTH, 30));

        List<BillingCharge> charges = chargesOfOnlyLine(order);

        // [Jan 10, Feb 10) is a full month: weight 1. [Feb 10, Feb 24) is 14 of the 28 days of [Feb 10, Mar 10): weight 0.5.
        // 4500.00 × 1 / 1.5 = 3000.00 and 4500.00 × 0.5 / 1.5 = 1500.00; in arrears on each cycle's last day; due 30 days later.
        assertThat(charges).extracting(BillingCharge::cycle, BillingCharge::from, BillingCharge::to, BillingCharge::partial,
                        BillingCharge::chargeDate, BillingCharge::dueDate, BillingCharge::amount)
                .containsExactly(
                        tuple(1, date("2026-01-10"), date("2026-02-10"), false, date("2026-02-09"), date("2026-03-11"), sek("3000.00")),
                        tuple(2, date("2026-02-10"), date("2026-02-24"), true, date("2026-02-23"), date("2026-03-25"), sek("1500.00")));
    }

    @Test
    @DisplayName("R34 upfront charges fall on each cycle's first day")
    void r34_upfront_charges_fall_on_each_cycles_first_day() {
        Order order = placed(rental("2026-02-01", "2026-02-11", "4900.00", BillingTiming.UPFRONT, Frequency.WEEK, 0));

        // a week and 3 of the next week's 7 days: weights 7 and 3 of 10
        assertThat(chargesOfOnlyLine(order)).extracting(BillingCharge::chargeDate, BillingCharge::dueDate, BillingCharge::amount)
                .containsExactly(
                        tuple(date("2026-02-01"), date("2026-02-01"), sek("3430.00")),
                        tuple(date("2026-02-08"), date("2026-02-08"), sek("1470.00")));
    }

    @Test
    @DisplayName("R34 leftover cents go to the largest remainders, the earliest cycle first, so the charges sum to the amount exactly")
    void r34_leftover_cents_go_to_the_earliest_of_equal_remainders() {
        Order thirds = placed(rental("2026-03-02", "2026-03-23", "100.00", BillingTiming.IN_ARREARS, Frequency.WEEK, 10));
        Order partial = placed(rental("2026-03-02", "2026-03-19", "100.00", BillingTiming.IN_ARREARS, Frequency.WEEK, 10));

        assertThat(chargesOfOnlyLine(thirds)).extracting(BillingCharge::amount)
                .containsExactly(sek("33.34"), sek("33.33"), sek("33.33"));
        // weights 7, 7, 3 of 17: 41.176…, 41.176…, 17.647… → 41.17 + 41.17 + 17.64 = 99.98; of the two cents left, one goes to
        // the largest remainder (17.647…, 12/17 of a cent) and one to the first of the two equal ones (11/17 each): the earliest
        assertThat(chargesOfOnlyLine(partial)).extracting(BillingCharge::amount)
                .containsExactly(sek("41.18"), sek("41.17"), sek("17.65"));
    }

    @Test
    @DisplayName("R34 monthly cycles are counted from the first day, so a rental from the 31st does not drift")
    void r34_monthly_cycles_are_counted_from_the_first_day() {
        Order order = placed(rental("2026-01-31", "2026-05-31", "400.00", BillingTiming.UPFRONT, Frequency.MONTH, 0));

        assertThat(chargesOfOnlyLine(order)).extracting(BillingCharge::from, BillingCharge::to, BillingCharge::amount)
                .containsExactly(
                        tuple(date("2026-01-31"), date("2026-02-28"), sek("100.00")),
                        tuple(date("2026-02-28"), date("2026-03-31"), sek("100.00")),
                        tuple(date("2026-03-31"), date("2026-04-30"), sek("100.00")),
                        tuple(date("2026-04-30"), date("2026-05-31"), sek("100.00")));
    }

    @Test
    @DisplayName("R34 every billing cycle has its length: a day, 7 days, 28 days, a month, three months, a year")
    void r34_every_billing_cycle_has_its_length() {
        LocalDate from = date("2026-01-31");

        assertThat(List.of(Frequency.values())).extracting(f -> BillingSchedule.cycleStart(from, f, 2))
                .containsExactly(date("2026-02-02"), date("2026-02-14"), date("2026-03-28"), date("2026-03-31"), date("2026-07-31"),
                        date("2028-01-31"));
    }

    @Test
    @DisplayName("R34 a one-date line with billing is charged once on its date; lines without billing are unscheduled; cancelled lines bill nothing")
    void r34_one_date_lines_unscheduled_lines_and_cancelled_lines() {
        OrderJournal j = OrderFixtures.placed(anOrder()
                .line(aPurchase().build())                                       // once, 14 days, BUSINESS
                .line(aSale().build())                                           // no billing
                .line(aRental().build())                                         // cancelled below
                .build()).journal();
        LineItem rental = j.order().lineItems().get(2);
        Order order = j.adjust(new Order.Adjustment(List.of(), List.of(rental.id()), "not needed", OrderFixtures.setup().operator()),
                OrderFixtures.CATALOG, OrderFixtures.setup().rounding()).value().order();

        BillingSchedule schedule = BillingSchedule.of(order, OrderFixtures.setup().lifecycles());

        assertThat(schedule.payers()).singleElement().satisfies(p -> {
            assertThat(p.payer().payer()).isEqualTo(Payer.BUSINESS);
            assertThat(p.payer().party()).isEmpty();
            assertThat(p.charges()).extracting(BillingCharge::chargeDate, BillingCharge::dueDate, BillingCharge::amount)
                    .containsExactly(tuple(OrderFixtures.DAY, OrderFixtures.DAY.plusDays(14), sek("1420.00")));
        });
        assertThat(schedule.unscheduled()).extracting(u -> u.line()).containsExactly(order.lineItems().get(1).id());
        assertThat(schedule.chargesOf(rental.id())).isEmpty();
    }

    @Test
    @DisplayName("R34 the schedule is grouped by payer, each with its total")
    void r34_the_schedule_is_grouped_by_payer_with_totals() {
        Order order = placed(anOrder()
                .line(aRental().build())                                                                       // CUSTOMER, 4900.00
                .line(aCharge().unitPrice("300.00").billing(BillingDraft.once(0, Payer.WARRANTY).withWarranty(new WarrantyId("W-17"))).build())
                .line(aCharge().unitPrice("120.00").billing(BillingDraft.once(30, Payer.CUSTOMER)).build())
                .line(aPurchase().build())                                                                     // BUSINESS, 1420.00
                .build());

        BillingSchedule schedule = BillingSchedule.of(order, OrderFixtures.setup().lifecycles());

        assertThat(schedule.payers()).extracting(p -> p.payer().payer(), p -> p.payer().party(), p -> p.charges().size(), PayerCharges::total)
                .containsExactly(
                        tuple(Payer.CUSTOMER, Optional.of(CUSTOMER.toString()), 3, sek("5020.00")),
                        tuple(Payer.BUSINESS, Optional.empty(), 1, sek("1420.00")),
                        tuple(Payer.WARRANTY, Optional.of("W-17"), 1, sek("300.00")));
        assertThat(schedule.payers().get(0).charges()).extracting(BillingCharge::chargeDate).isSorted();
    }
}
