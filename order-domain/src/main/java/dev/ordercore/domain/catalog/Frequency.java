package dev.ordercore.domain.catalog;

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
}
