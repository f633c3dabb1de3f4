package dev.ordercore.domain.order;

import dev.ordercore.domain.catalog.Frequency;

import java.util.Objects;
import java.util.Optional;

/**
 * How a line is billed (seed 003, R6): for two-date lines, the timing (charge at the start or
 * the end of each cycle) and the cycle; for every line the terms (days from charge to due date,
 * 0-365) and the payer, with the warranty that pays when the payer is WARRANTY.
 */
public record BillingConfig(Optional<BillingTiming> timing, Optional<Frequency> cycle, int termsDays, Payer payer,
                            Optional<WarrantyId> warranty) {

    public static final int MAX_TERMS_DAYS = 365;
    /**
     * A line's period holds at most this many billing cycles (R34): ten years of daily billing, and
     * a bound on the size of a billing schedule, which lists one charge per cycle.
     */
    public static final int MAX_CYCLES = 3660;

    public BillingConfig {
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(warranty, "warranty");
        if (termsDays < 0 || termsDays > MAX_TERMS_DAYS) {
            throw new IllegalArgumentException("terms are 0-" + MAX_TERMS_DAYS + " days, got " + termsDays + " (R6)");
        }
        if (timing.isPresent() != cycle.isPresent()) {
            throw new IllegalArgumentException("timing and cycle come together (R6)");
        }
        if ((payer == Payer.WARRANTY) != warranty.isPresent()) {
            throw new IllegalArgumentException("a warranty id is given exactly when the payer is WARRANTY (R6)");
        }
    }

    /** Billing of a two-date line. */
    public static BillingConfig recurring(BillingTiming timing, Frequency cycle, int termsDays, Payer payer) {
        return new BillingConfig(Optional.of(timing), Optional.of(cycle), termsDays, payer, Optional.empty());
    }

    /** Billing of a one-date line. */
    public static BillingConfig once(int termsDays, Payer payer) {
        return new BillingConfig(Optional.empty(), Optional.empty(), termsDays, payer, Optional.empty());
    }

    public boolean isRecurring() {
        return cycle.isPresent();
    }
}
