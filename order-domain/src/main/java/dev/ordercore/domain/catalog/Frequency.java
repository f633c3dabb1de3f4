package dev.ordercore.domain.catalog;

import java.time.LocalDate;

/**
 * A period of time that prices and billing cycles are quoted in: a klass's rental price per
 * DAY or per WEEK, a line billed every MONTH. For billing, calendar units (MONTH, QUARTER, YEAR)
 * follow the calendar; DAY, WEEK and FOUR_WEEKS are fixed numbers of days. For pricing a rental
 * (R32) every frequency is a fixed number of days, {@link #pricingDays()}.
 */
public enum Frequency {
    DAY(1), WEEK(7), FOUR_WEEKS(28), MONTH(30), QUARTER(90), YEAR(365);

    private final int pricingDays;

    Frequency(int pricingDays) {
        this.pricingDays = pricingDays;
    }

    /**
     * How many days one price of this frequency covers when a rental is priced (R32): DAY 1, WEEK
     * 7, FOUR_WEEKS 28, MONTH 30, QUARTER 90, YEAR 365. Fixed lengths, so a rental of the same
     * number of days costs the same whenever it starts; a price list quotes a month as 30 days.
     * Billing cycles (R34) follow the calendar instead: a monthly cycle runs to the same day of
     * the next month.
     */
    public int pricingDays() {
        return pricingDays;
    }

    /**
     * The first day of billing cycle {@code k} of a period starting on {@code anchor} (R34): DAY,
     * WEEK and FOUR_WEEKS are 1, 7 and 28 days; MONTH, QUARTER (3 months) and YEAR follow the
     * calendar. Always counted from the anchor, never from the previous cycle, so a rental from
     * the 31st is billed on the last day of shorter months and on the 31st again after them.
     */
    public LocalDate cycleStart(LocalDate anchor, long k) {
        return switch (this) {
            case DAY -> anchor.plusDays(k);
            case WEEK -> anchor.plusDays(7 * k);
            case FOUR_WEEKS -> anchor.plusDays(28 * k);
            case MONTH -> anchor.plusMonths(k);
            case QUARTER -> anchor.plusMonths(3 * k);
            case YEAR -> anchor.plusYears(k);
        };
    }
}
