package dev.ordercore.domain.pricing;

import dev.ordercore.domain.catalog.Frequency;
import dev.ordercore.domain.order.BillingConfig;
import dev.ordercore.domain.order.BillingTiming;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.Dates;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemId;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.Payer;
import dev.ordercore.domain.order.WarrantyId;
import dev.ordercore.domain.shared.Money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The charges an order's lines produce, grouped by who pays (R34, seed 003's billing config).
 *
 * <ul>
 *   <li>A line over a period [from, to) is billed in cycles of its billing cycle, anchored at
 *       {@code from}: cycle k starts at {@link #cycleStart from + k cycles}, always counted from
 *       {@code from} and never from the previous cycle, so a rental from the 31st is billed on the
 *       last day of shorter months and on the 31st again after them. DAY is 1 day, WEEK 7,
 *       FOUR_WEEKS 28; MONTH, QUARTER (3 months) and YEAR follow the calendar.
 *   <li>The last cycle may be cut short by {@code to}; it is prorated by days: its weight is its
 *       days ÷ the days of the full cycle it starts. Every full cycle weighs 1 (a month is a month,
 *       whether it has 28 days or 31).
 *   <li>Cycle k gets the line amount × its weight ÷ the total weight, in minor units: each gets the
 *       whole minor units of its exact share, and the minor units left over go one each to the
 *       cycles with the largest remainders (ties: the earliest), so the charges add up to the line
 *       amount exactly and no cycle is off by more than one minor unit.
 *   <li>UPFRONT charges a cycle on its first day; IN_ARREARS on its last day (the day before the
 *       next cycle starts, or before {@code to}), so every charge date lies in the period.
 *   <li>A one-date line with billing is charged its amount once, on its date.
 *   <li>Due date = charge date + the line's terms in days.
 *   <li>The payer is the line's: its customer (CUSTOMER), the tenant's own business (BUSINESS) or
 *       its warranty (WARRANTY). Lines without billing are listed as unscheduled, not dropped;
 *       cancelled lines produce nothing.
 * </ul>
 * Charges are listed by charge date, then line id, then cycle; nothing depends on the order of the lines.
 */
public record BillingSchedule(Currency currency, List<PayerCharges> payers, List<Unscheduled> unscheduled) {

    public BillingSchedule {
        Objects.requireNonNull(currency, "currency");
        payers = List.copyOf(payers);
        unscheduled = List.copyOf(unscheduled);
    }

    /** Who pays: the payer type and the party (the customer, or the warranty; none when the business pays). */
    public record PayerRef(Payer payer, Optional<CustomerId> customer, Optional<WarrantyId> warranty) {
        public PayerRef {
            Objects.requireNonNull(payer, "payer");
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(warranty, "warranty");
            if (customer.isPresent() != (payer == Payer.CUSTOMER) || warranty.isPresent() != (payer == Payer.WARRANTY)) {
                throw new IllegalArgumentException("a CUSTOMER payer names its customer, a WARRANTY payer its warranty, BUSINESS neither");
            }
        }

        /** The party's id, for ordering and display; empty for the business. */
        public Optional<String> party() {
            return customer.map(CustomerId::toString).or(() -> warranty.map(WarrantyId::value));
        }
    }

    /**
     * One charge: the line, its cycle (1-based, of {@code cycles}), the days it covers [from, to),
     * whether that is a partial cycle, the charge and due dates and the amount.
     */
    public record BillingCharge(LineItemId line, int cycle, int cycles, LocalDate from, LocalDate to, boolean partial, LocalDate chargeDate,
                                LocalDate dueDate, Money amount) {
        public BillingCharge {
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(chargeDate, "chargeDate");
            Objects.requireNonNull(dueDate, "dueDate");
            Objects.requireNonNull(amount, "amount");
            if (cycle < 1 || cycle > cycles || !from.isBefore(to) || chargeDate.isBefore(from) || !chargeDate.isBefore(to)
                    || dueDate.isBefore(chargeDate)) {
                throw new IllegalArgumentException("a charge lies in its cycle and falls due on or after its charge date (R34): cycle "
                        + cycle + "/" + cycles + " [" + from + ", " + to + ") charged " + chargeDate + " due " + dueDate);
            }
        }
    }

    /** The charges of one payer, in order, and their total. */
    public record PayerCharges(PayerRef payer, List<BillingCharge> charges, Money total) {
        public PayerCharges {
            Objects.requireNonNull(payer, "payer");
            charges = List.copyOf(charges);
            Objects.requireNonNull(total, "total");
            if (!Money.sum(charges.stream().map(BillingCharge::amount).toList(), total.currency()).equals(total)) {
                throw new IllegalArgumentException("a payer's total is the sum of its charges");
            }
        }
    }

    /** A line that is not billed, and why. */
    public record Unscheduled(LineItemId line, String reason) {
        public Unscheduled {
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(reason, "reason");
        }
    }

    private static final Comparator<BillingCharge> CHARGE_ORDER = Comparator.comparing(BillingCharge::chargeDate)
            .thenComparing(c -> c.line().value())
            .thenComparingInt(BillingCharge::cycle);
    private static final Comparator<PayerRef> PAYER_ORDER = Comparator.comparing(PayerRef::payer)
            .thenComparing(p -> p.party().orElse(""));

    /** The schedule of every line of {@code order} that is not cancelled (R34). */
    public static BillingSchedule of(Order order, LifecycleSet lifecycles) {
        Map<PayerRef, List<BillingCharge>> byPayer = new LinkedHashMap<>();
        List<Unscheduled> unscheduled = new ArrayList<>();
        for (LineItem line : order.lineItems()) {
            if (lifecycles.named(line.lifecycle()).isCancelled(line.status())) {
                continue;
            }
            if (line.billing().isEmpty()) {
                unscheduled.add(new Unscheduled(line.id(), "the line has no billing configuration"));
                continue;
            }
            byPayer.computeIfAbsent(payer(line), p -> new ArrayList<>()).addAll(charges(line));
        }
        List<PayerCharges> payers = byPayer.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(PAYER_ORDER))
                .map(e -> {
                    List<BillingCharge> charges = e.getValue().stream().sorted(CHARGE_ORDER).toList();
                    return new PayerCharges(e.getKey(), charges,
                            Money.sum(charges.stream().map(BillingCharge::amount).toList(), order.currency()));
                })
                .toList();
        unscheduled.sort(Comparator.comparing(u -> u.line().value()));
        return new BillingSchedule(order.currency(), payers, unscheduled);
    }

    /** Who pays for {@code line}, which has billing. */
    public static PayerRef payer(LineItem line) {
        BillingConfig billing = line.billing().orElseThrow(() -> new IllegalArgumentException("line " + line.id() + " has no billing"));
        return new PayerRef(billing.payer(),
                billing.payer() == Payer.CUSTOMER ? line.customer() : Optional.empty(),
                billing.warranty());
    }

    /** Every charge of the schedule, whoever pays. */
    public List<BillingCharge> charges() {
        return payers.stream().flatMap(p -> p.charges().stream()).toList();
    }

    /** The charges of one line, in cycle order. */
    public List<BillingCharge> chargesOf(LineItemId line) {
        return charges().stream().filter(c -> c.line().equals(line)).sorted(Comparator.comparingInt(BillingCharge::cycle)).toList();
    }

    /** The charges of a line that has billing (R34), in cycle order. */
    public static List<BillingCharge> charges(LineItem line) {
        BillingConfig billing = line.billing().orElseThrow(() -> new IllegalArgumentException("line " + line.id() + " has no billing"));
        int terms = billing.termsDays();
        if (!(line.dates() instanceof Dates.Period period)) {
            LocalDate on = line.dates().start();
            return List.of(new BillingCharge(line.id(), 1, 1, on, on.plusDays(1), false, on, on.plusDays(terms), line.amount()));
        }
        Frequency cycle = billing.cycle().orElseThrow();
        BillingTiming timing = billing.timing().orElseThrow();
        List<LocalDate[]> cycles = new ArrayList<>();
        long partialDays = 0;
        long fullDays = 0;
        for (long k = 0; ; k++) {
            LocalDate start = cycleStart(period.from(), cycle, k);
            if (!start.isBefore(period.to())) {
                break;
            }
            LocalDate next = cycleStart(period.from(), cycle, k + 1);
            if (next.isAfter(period.to())) {
                partialDays = ChronoUnit.DAYS.between(start, period.to());
                fullDays = ChronoUnit.DAYS.between(start, next);
                cycles.add(new LocalDate[] {start, period.to()});
            } else {
                cycles.add(new LocalDate[] {start, next});
            }
        }
        boolean partial = partialDays > 0;
        // weights scaled to whole numbers: a full cycle weighs fullDays (1 when there is no partial one), the partial one partialDays
        long full = partial ? fullDays : 1;
        long[] weights = new long[cycles.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = partial && i == weights.length - 1 ? partialDays : full;
        }
        Money[] amounts = allocate(line.amount(), weights);
        List<BillingCharge> charges = new ArrayList<>();
        for (int i = 0; i < cycles.size(); i++) {
            LocalDate from = cycles.get(i)[0];
            LocalDate to = cycles.get(i)[1];
            LocalDate chargeDate = timing == BillingTiming.UPFRONT ? from : to.minusDays(1);
            charges.add(new BillingCharge(line.id(), i + 1, cycles.size(), from, to, partial && i == cycles.size() - 1, chargeDate,
                    chargeDate.plusDays(terms), amounts[i]));
        }
        return List.copyOf(charges);
    }

    /**
     * The first day of cycle {@code k} (0-based) of a period starting {@code from}: always counted from
     * {@code from}, so month ends do not drift (from the 31st: the 28th or 29th of February, then the 31st of March).
     */
    public static LocalDate cycleStart(LocalDate from, Frequency cycle, long k) {
        return cycle.cycleStart(from, k);
    }

    /**
     * Splits {@code amount} in proportion to {@code weights}, in whole minor units, exactly: each part
     * gets the whole minor units of its exact share, then the units left over go one each to the
     * parts with the largest remainders, the earliest first among equal remainders.
     */
    static Money[] allocate(Money amount, long[] weights) {
        BigInteger units = amount.amount().unscaledValue().abs();
        int scale = amount.amount().scale();
        BigInteger total = BigInteger.ZERO;
        for (long w : weights) {
            total = total.add(BigInteger.valueOf(w));
        }
        BigInteger[] shares = new BigInteger[weights.length];
        BigInteger[] remainders = new BigInteger[weights.length];
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] qr = units.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(total);
            shares[i] = qr[0];
            remainders[i] = qr[1];
            given = given.add(qr[0]);
        }
        int left = units.subtract(given).intValueExact(); // fewer than weights.length
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            byRemainder.add(i);
        }
        byRemainder.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
        for (int j = 0; j < left; j++) {
            int i = byRemainder.get(j);
            shares[i] = shares[i].add(BigInteger.ONE);
        }
        Money[] parts = new Money[weights.length];
        for (int i = 0; i < weights.length; i++) {
            BigInteger signed = amount.isNegative() ? shares[i].negate() : shares[i];
            parts[i] = new Money(new BigDecimal(signed, scale), amount.currency());
        }
        return parts;
    }
}
