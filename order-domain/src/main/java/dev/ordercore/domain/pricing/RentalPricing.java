package dev.ordercore.domain.pricing;

import dev.ordercore.domain.catalog.Frequency;
import dev.ordercore.domain.catalog.KlassPricing;
import dev.ordercore.domain.shared.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The price of renting one unit of a klass for a period (R32): the cheapest combination of the
 * klass's frequency prices whose days, {@link Frequency#pricingDays()} each, cover the period. A
 * combination may run past the period's end when that is cheaper (six days priced as one week).
 *
 * <p>The search is exact: a dynamic programme over the days 0..n, where the best cover of d days
 * is the best of "one price of frequency f plus the best cover of the days left, d - days(f)".
 * Among equally cheap combinations it picks, in this order, the one with the fewest prices (a
 * shorter invoice), then the one covering the fewest days (the least overshoot), then the one with
 * more of the longer frequencies. Every part of that order adds up over the prices of a
 * combination, which is what makes the programme exact for it, and the order is total, so the
 * answer never depends on the order in which the klass lists its prices.
 *
 * <p>A longer period never costs less, by construction: every cover of d + 1 days covers d days.
 */
public final class RentalPricing {

    /**
     * The longest period priced from a klass's frequency prices: 3660 days, ten years. Longer
     * rentals state their unit price; the bound keeps the search small (6 × 3660 steps at most).
     */
    public static final int MAX_DAYS = 3660;

    private static final List<Frequency> LONGEST_FIRST;

    static {
        List<Frequency> all = new ArrayList<>(List.of(Frequency.values()));
        all.sort(Comparator.comparingInt(Frequency::pricingDays).reversed());
        LONGEST_FIRST = List.copyOf(all);
    }

    private RentalPricing() {
    }

    /**
     * The cheapest cover of {@code days} days with the frequency prices in {@code prices} that are
     * stated in {@code currency}; empty when there is none in that currency. Sale prices and prices
     * in other currencies are ignored, so the answer is always in {@code currency} (R30). Should a
     * frequency be listed twice (a klass never does), its lower price counts.
     *
     * @throws IllegalArgumentException when {@code days} is below 1 or above {@link #MAX_DAYS};
     *                                  callers check the period first and report it
     */
    public static Optional<RentalPrice> cheapest(List<KlassPricing> prices, Currency currency, long days) {
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(currency, "currency");
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("a rental priced from frequency prices lasts 1-" + MAX_DAYS + " days, got " + days);
        }
        Map<Frequency, Money> usable = new EnumMap<>(Frequency.class);
        for (KlassPricing p : prices) {
            if (p.frequency().isPresent() && p.price().currency().equals(currency)) {
                usable.merge(p.frequency().get(), p.price(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        if (usable.isEmpty()) {
            return Optional.empty();
        }
        int n = (int) days;
        Cover[] best = new Cover[n + 1];
        best[0] = Cover.NONE;
        for (int d = 1; d <= n; d++) {
            Cover winner = null;
            for (Map.Entry<Frequency, Money> e : usable.entrySet()) {
                Cover candidate = best[Math.max(0, d - e.getKey().pricingDays())].plus(e.getKey(), e.getValue().amount());
                if (winner == null || candidate.compareTo(winner) < 0) {
                    winner = candidate;
                }
            }
            best[d] = winner;
        }
        Cover chosen = best[n];
        Map<Frequency, Integer> counts = new EnumMap<>(Frequency.class);
        for (Frequency f : Frequency.values()) {
            if (chosen.counts[f.ordinal()] > 0) {
                counts.put(f, chosen.counts[f.ordinal()]);
            }
        }
        return Optional.of(new RentalPrice(days, counts, Money.of(chosen.total, currency)));
    }

    /**
     * A priced period: how many prices of each frequency make it up, and what they cost together.
     * {@code coveredDays() >= days()}; the difference is the overshoot.
     */
    public record RentalPrice(long days, Map<Frequency, Integer> counts, Money total) {

        public RentalPrice {
            Objects.requireNonNull(total, "total");
            counts = Collections.unmodifiableMap(new EnumMap<>(counts.isEmpty() ? new EnumMap<>(Frequency.class) : counts));
            if (counts.values().stream().anyMatch(c -> c < 1)) {
                throw new IllegalArgumentException("counts are positive, got " + counts);
            }
            if (days < 1) {
                throw new IllegalArgumentException("a rental lasts at least one day, got " + days);
            }
        }

        /** The days the chosen prices cover together. */
        public long coveredDays() {
            return counts.entrySet().stream().mapToLong(e -> (long) e.getKey().pricingDays() * e.getValue()).sum();
        }

        /** How many prices the combination has. */
        public int units() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder();
            counts.forEach((f, c) -> s.append(s.isEmpty() ? "" : " + ").append(c).append(" × ").append(f));
            return days + " days = " + s + " = " + total;
        }
    }

    /** A combination during the search, compared by total, then units, then covered days, then longer frequencies first. */
    private static final class Cover implements Comparable<Cover> {

        static final Cover NONE = new Cover(BigDecimal.ZERO, 0, 0, new int[Frequency.values().length]);

        final BigDecimal total;
        final int units;
        final long covered;
        final int[] counts;

        private Cover(BigDecimal total, int units, long covered, int[] counts) {
            this.total = total;
            this.units = units;
            this.covered = covered;
            this.counts = counts;
        }

        Cover plus(Frequency f, BigDecimal price) {
            int[] more = counts.clone();
            more[f.ordinal()]++;
            return new Cover(total.add(price), units + 1, covered + f.pricingDays(), more);
        }

        @Override
        public int compareTo(Cover other) {
            int c = total.compareTo(other.total);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(units, other.units);
            if (c != 0) {
                return c;
            }
            c = Long.compare(covered, other.covered);
            if (c != 0) {
                return c;
            }
            for (Frequency f : LONGEST_FIRST) {
                c = Integer.compare(other.counts[f.ordinal()], counts[f.ordinal()]); // more of the longer one first
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }
    }
}
