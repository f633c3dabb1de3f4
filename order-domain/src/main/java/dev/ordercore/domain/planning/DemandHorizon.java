package dev.ordercore.domain.planning;

import dev.ordercore.domain.order.Dates;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Violations;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days demand is planned for (R38): {@code days} calendar days from {@code from}, half-open,
 * so a horizon of 14 days from the 1st ends before the 15th. By default it starts today (in the
 * tenant's zone) and lasts the tenant's {@code demandForecastDays}.
 */
public record DemandHorizon(LocalDate from, int days) {

    /** As many days as {@code demandForecastDays} may be. */
    public static final int MAX_DAYS = 365;

    public DemandHorizon {
        Objects.requireNonNull(from, "from");
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("a demand horizon is 1-" + MAX_DAYS + " days, got " + days);
        }
    }

    /**
     * A horizon as a request states it; every violation is reported. Its first day lies in the
     * years 1 to 9999 as every date does (R1): {@code from=+999999999-12-31} has no end day.
     */
    public static Result<DemandHorizon, OrderError> create(LocalDate from, int days, String daysField) {
        Violations v = new Violations();
        Dates.outOfRange(v, "from", "from", from, "R1, R38");
        v.check(days < 1 || days > MAX_DAYS, daysField, "out_of_range", daysField + " is 1-" + MAX_DAYS + ", got " + days);
        return v.isEmpty() ? Result.ok(new DemandHorizon(from, days)) : v.toResult(null);
    }

    /** The first day after the horizon. */
    public LocalDate end() {
        return from.plusDays(days);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && date.isBefore(end());
    }
}
