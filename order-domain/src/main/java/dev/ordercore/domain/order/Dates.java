package dev.ordercore.domain.order;

import dev.ordercore.domain.shared.Violations;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When a line happens (R1): one date ({@link On}, a sale, a purchase, a service visit) or two
 * ({@link Period}, a rental), where the period is half-open, {@code from} included and {@code to}
 * excluded, so a rental from the 1st to the 11th is ten days.
 */
public sealed interface Dates {

    /**
     * The dates a line may name: years 1 to 9999, the four-digit years of ISO 8601. Java reads
     * {@code +999999999-12-31} and a database column may not hold it; a date that far off is a
     * typing mistake, refused with the other violations (R1).
     */
    LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    LocalDate LATEST = LocalDate.of(9999, 12, 31);

    static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /**
     * Reports {@code date} at {@code field} as {@code date_out_of_range} when it lies outside
     * {@link #EARLIEST}..{@link #LATEST}, its message naming it as {@code what} and the
     * {@code rules} that bound it; tells whether it did. Every date a command takes (a line's, a
     * delivery's, a supplier's confirmed delivery) is bounded here, one rule in one place (R1).
     */
    static boolean outOfRange(Violations v, String field, String what, LocalDate date, String rules) {
        return v.check(!inRange(date), field, "date_out_of_range", what + " (" + date + ") must lie between "
                + EARLIEST + " and " + LATEST + " (" + rules + ")");
    }

    record On(LocalDate date) implements Dates {
        public On {
            Objects.requireNonNull(date, "date");
        }
    }

    record Period(LocalDate from, LocalDate to) implements Dates {
        public Period {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("a period's from " + from + " is before its to " + to + " (R1)");
            }
        }

        /** The number of days in [from, to). */
        public long days() {
            return ChronoUnit.DAYS.between(from, to);
        }
    }

    static Dates on(LocalDate date) {
        return new On(date);
    }

    static Dates period(LocalDate from, LocalDate to) {
        return new Period(from, to);
    }

    default boolean isPeriod() {
        return this instanceof Period;
    }

    /** The first day: the date itself or the period's start. */
    default LocalDate start() {
        return this instanceof Period p ? p.from() : ((On) this).date();
    }
}
