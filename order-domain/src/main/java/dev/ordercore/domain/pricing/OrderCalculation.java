package dev.ordercore.domain.pricing;

import dev.ordercore.domain.shared.Decimals;
import dev.ordercore.domain.catalog.AlcoholContent;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.order.Charge;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemId;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.RoundingPolicy;
import dev.ordercore.domain.shared.Violations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Seed 001's breakdown of what an order costs (R31): the subtotal excl. VAT, the VAT of each rate,
 * the excise on its alcohol, its shipping excl. VAT, the shipping VAT and shipping incl. VAT, and
 * the total. Every amount is money of the order's currency (R30), and the total is exactly the sum
 * of its parts: {@code total = subtotal + VAT + excise + shipping incl. VAT}. A calculation that
 * breaks that cannot be made.
 *
 * <p>{@link #of} works it out from an order (AUTO); {@link #manual} takes one a person states
 * (MANUAL, see {@link CalculationOverride}). How {@link #of} works, and why:
 * <ul>
 *   <li>Only lines that are not cancelled count. Shipping is the CHARGE lines whose charge is a
 *       DELIVERY modifier ({@link Charge#isShipping()}); every other line is in the subtotal.
 *   <li>A line's VAT rate is its klass's category's rate ({@link TaxPolicy#vatRate}); a line that
 *       modifies another takes that line's rate (EU VAT: ancillary costs follow the principal
 *       supply); any other line takes the standard rate; shipping takes the shipping rate.
 *   <li>A line whose product snapshot states an {@link AlcoholContent} carries
 *       {@code quantity × bottle ml ÷ 1000 × alcohol % ÷ 100} litres of pure alcohol, exactly;
 *       excise is those litres × the tenant's rate for the order's currency. Excise is part of the
 *       taxable amount, so it sits in the VAT base of its line's rate.
 *   <li>Rounding follows the tenant's {@link RoundingPolicy}: its mode everywhere; PER_DOCUMENT
 *       rounds excise and VAT once per rate (and shipping VAT once), PER_LINE rounds them on each
 *       line and adds the rounded amounts. Sums are formed before rounding and never depend on the
 *       order of the lines.
 *   <li>A line carrying alcohol when the tenant has no excise rate for the currency, or whose
 *       snapshot states its alcohol incompletely, refuses the whole calculation, naming every such
 *       line: a silent zero would understate the tax.
 * </ul>
 */
public record OrderCalculation(Currency currency, Money subtotal, List<VatAtRate> vat, Money vatTotal, Excise excise, Shipping shipping,
                               Money total) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The VAT of one rate: the rate in percent, what it was charged on (when worked out) and the VAT. */
    public record VatAtRate(BigDecimal rate, Optional<Money> taxable, Money amount) {
        public VatAtRate {
            Objects.requireNonNull(rate, "rate");
            Objects.requireNonNull(taxable, "taxable");
            Objects.requireNonNull(amount, "amount");
            rate = TaxPolicy.normal(rate);
        }
    }

    /** The excise on the order's alcohol: litres of pure alcohol and the rate per litre (when worked out), and the amount. */
    public record Excise(Optional<BigDecimal> litres, Optional<BigDecimal> ratePerLitre, Money amount) {
        public Excise {
            Objects.requireNonNull(litres, "litres");
            Objects.requireNonNull(ratePerLitre, "ratePerLitre");
            Objects.requireNonNull(amount, "amount");
            litres = litres.map(BigDecimal::stripTrailingZeros);
            ratePerLitre = ratePerLitre.map(TaxPolicy::normal);
        }
    }

    /** The order's shipping: excl. VAT, its VAT rate (when worked out), its VAT, and incl. VAT = excl. + VAT. */
    public record Shipping(Money exclVat, Optional<BigDecimal> vatRate, Money vat, Money inclVat) {
        public Shipping {
            Objects.requireNonNull(exclVat, "exclVat");
            Objects.requireNonNull(vatRate, "vatRate");
            Objects.requireNonNull(vat, "vat");
            Objects.requireNonNull(inclVat, "inclVat");
            vatRate = vatRate.map(TaxPolicy::normal);
            if (!inclVat.equals(exclVat.plus(vat))) {
                throw new IllegalArgumentException("shipping incl. VAT " + inclVat + " is not excl. " + exclVat + " + VAT " + vat + " (R31)");
            }
        }
    }

    public OrderCalculation {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(subtotal, "subtotal");
        vat = List.copyOf(vat);
        Objects.requireNonNull(vatTotal, "vatTotal");
        Objects.requireNonNull(excise, "excise");
        Objects.requireNonNull(shipping, "shipping");
        Objects.requireNonNull(total, "total");
        // R30: one currency throughout (Money.plus below throws on any other)
        if (!subtotal.currency().equals(currency)) {
            throw new IllegalArgumentException("the subtotal " + subtotal + " is not in " + currency + " (R30)");
        }
        Money vats = Money.sum(vat.stream().map(VatAtRate::amount).toList(), currency);
        if (!vats.equals(vatTotal)) {
            throw new IllegalArgumentException("the VAT total " + vatTotal + " is not the sum of the VAT per rate " + vats + " (R31)");
        }
        if (vat.stream().map(VatAtRate::rate).distinct().count() != vat.size()) {
            throw new IllegalArgumentException("a rate appears twice in " + vat);
        }
        vat = vat.stream().sorted(Comparator.comparing(VatAtRate::rate)).toList();
        Money sum = subtotal.plus(vatTotal).plus(excise.amount()).plus(shipping.inclVat());
        if (!sum.equals(total)) {
            throw new IllegalArgumentException("the total " + total + " is not subtotal + VAT + excise + shipping incl. VAT = " + sum + " (R31)");
        }
    }

    /**
     * Works out the calculation of {@code order} (R31), or refuses it, naming every line whose tax
     * cannot be worked out. {@code categories} gives the category of each klass the order's lines
     * name; it is needed only when {@code tax} has category rates, and a klass it lacks is refused then.
     */
    public static Result<OrderCalculation, OrderError> of(Order order, LifecycleSet lifecycles, TaxPolicy tax, RoundingPolicy rounding,
                                                         Map<KlassId, CategoryId> categories) {
        Currency currency = order.currency();
        Map<LineItemId, LineItem> byId = new HashMap<>();
        order.lineItems().forEach(l -> byId.put(l.id(), l));
        Optional<BigDecimal> exciseRate = tax.excisePerLitre(currency);
        Violations v = new Violations();
        List<Taxed> taxed = new ArrayList<>();
        for (int i = 0; i < order.lineItems().size(); i++) {
            LineItem line = order.lineItems().get(i);
            if (lifecycles.named(line.lifecycle()).isCancelled(line.status())) {
                continue;
            }
            Violations lv = v.at("lineItems", i);
            boolean shipping = isShipping(line);
            Optional<BigDecimal> rate = rate(line, byId, tax, categories, lv);
            BigDecimal litres = shipping ? BigDecimal.ZERO : litres(line, lv);
            if (litres.signum() > 0 && exciseRate.isEmpty()) {
                lv.add("snapshot.attributes", "excise_rate_missing", "line " + line.id() + " carries " + Decimals.show(litres)
                        + " l of pure alcohol, and the tenant has no excise rate per litre for " + currency.getCurrencyCode());
            }
            rate.ifPresent(r -> taxed.add(new Taxed(line, shipping, r, litres)));
        }
        if (!v.isEmpty()) {
            return Result.err(new OrderError.CalculationRefused(v.toList()));
        }
        return Result.ok(calculate(currency, taxed, tax, exciseRate.orElse(BigDecimal.ZERO), rounding));
    }

    /** A line that counts, with what its tax depends on. */
    private record Taxed(LineItem line, boolean shipping, BigDecimal rate, BigDecimal litres) {
    }

    private static OrderCalculation calculate(Currency currency, List<Taxed> lines, TaxPolicy tax, BigDecimal exciseRate,
                                              RoundingPolicy rounding) {
        RoundingMode mode = rounding.mode();
        boolean perLine = rounding.taxRounding() == RoundingPolicy.TaxRounding.PER_LINE;
        Money zero = Money.zero(currency);
        // per rate, in rate order (TreeMap compares 25.0 and 25.00 as one rate)
        Map<BigDecimal, Money> amounts = new TreeMap<>();
        Map<BigDecimal, BigDecimal> litres = new TreeMap<>();
        Map<BigDecimal, Money> lineExcise = new TreeMap<>();
        Map<BigDecimal, Money> lineVat = new TreeMap<>();
        Money subtotal = zero;
        Money shippingExcl = zero;
        Money shippingLineVat = zero;
        BigDecimal allLitres = BigDecimal.ZERO;
        for (Taxed t : lines) {
            Money amount = t.line().amount();
            if (t.shipping()) {
                shippingExcl = shippingExcl.plus(amount);
                shippingLineVat = shippingLineVat.plus(percent(amount.amount(), tax.shippingVatRate(), currency, mode));
                continue;
            }
            subtotal = subtotal.plus(amount);
            allLitres = allLitres.add(t.litres());
            amounts.merge(t.rate(), amount, Money::plus);
            litres.merge(t.rate(), t.litres(), BigDecimal::add);
            Money excise = Money.rounded(t.litres().multiply(exciseRate), currency, mode);
            lineExcise.merge(t.rate(), excise, Money::plus);
            lineVat.merge(t.rate(), percent(amount.plus(excise).amount(), t.rate(), currency, mode), Money::plus);
        }
        List<VatAtRate> vat = new ArrayList<>();
        Money exciseTotal = zero;
        for (Map.Entry<BigDecimal, Money> group : amounts.entrySet()) {
            BigDecimal rate = group.getKey();
            Money excise = perLine ? lineExcise.get(rate) : Money.rounded(litres.get(rate).multiply(exciseRate), currency, mode);
            Money taxable = group.getValue().plus(excise);
            Money vatOfRate = perLine ? lineVat.get(rate) : percent(taxable.amount(), rate, currency, mode);
            vat.add(new VatAtRate(rate, Optional.of(taxable), vatOfRate));
            exciseTotal = exciseTotal.plus(excise);
        }
        Money vatTotal = Money.sum(vat.stream().map(VatAtRate::amount).toList(), currency);
        Money shippingVat = perLine ? shippingLineVat : percent(shippingExcl.amount(), tax.shippingVatRate(), currency, mode);
        Shipping shipping = new Shipping(shippingExcl, Optional.of(tax.shippingVatRate()), shippingVat, shippingExcl.plus(shippingVat));
        Optional<BigDecimal> ratePerLitre = allLitres.signum() > 0 ? Optional.of(exciseRate) : Optional.empty();
        Excise excise = new Excise(Optional.of(allLitres), ratePerLitre, exciseTotal);
        Money total = subtotal.plus(vatTotal).plus(exciseTotal).plus(shipping.inclVat());
        return new OrderCalculation(currency, subtotal, vat, vatTotal, excise, shipping, total);
    }

    /** {@code amount × rate %}, rounded to minor units. */
    private static Money percent(BigDecimal amount, BigDecimal rate, Currency currency, RoundingMode mode) {
        return Money.rounded(amount.multiply(rate).divide(HUNDRED), currency, mode);
    }

    private static boolean isShipping(LineItem line) {
        return line.charge().map(Charge::isShipping).orElse(false);
    }

    /**
     * The VAT rate of {@code line}: shipping's, the rate of the line it modifies (following the chain,
     * which R7 keeps free of cycles), its category's, or the standard rate.
     */
    private static Optional<BigDecimal> rate(LineItem line, Map<LineItemId, LineItem> byId, TaxPolicy tax,
                                             Map<KlassId, CategoryId> categories, Violations v) {
        LineItem at = line;
        while (true) {
            if (isShipping(at)) {
                return Optional.of(tax.shippingVatRate());
            }
            Optional<LineItem> principal = at.modifies().map(byId::get);
            if (principal.isEmpty()) {
                break;
            }
            at = principal.get();
        }
        if (at.klass().isEmpty() || !tax.hasCategoryRates()) {
            return Optional.of(tax.standardVatRate());
        }
        KlassId klass = at.klass().get();
        if (!categories.containsKey(klass)) {
            v.add("klassId", "klass_category_unknown", "the category of klass " + klass + " (line " + at.id()
                    + ") is unknown, so its VAT rate is too");
            return Optional.empty();
        }
        return Optional.of(tax.vatRate(Optional.of(categories.get(klass))));
    }

    /** Litres of pure alcohol {@code line} carries; zero without alcohol attributes; malformed ones are reported. */
    private static BigDecimal litres(LineItem line, Violations v) {
        if (line.snapshot().isEmpty()) {
            return BigDecimal.ZERO;
        }
        Optional<AlcoholContent> alcohol = AlcoholContent.read(line.snapshot().get().attributes(), v.at("snapshot.attributes"));
        return alcohol.map(a -> a.litres(line.quantity())).orElse(BigDecimal.ZERO);
    }

    // ---- manual calculations

    /** A manual calculation as a person states it; {@code null} means not given. */
    public record ManualDraft(String currency, BigDecimal subtotalExclVat, List<VatDraft> vat, BigDecimal excise, BigDecimal shippingExclVat,
                              BigDecimal shippingVat, BigDecimal total) {
    }

    /** The VAT of one rate in a manual calculation. */
    public record VatDraft(BigDecimal rate, BigDecimal amount) {
    }

    /**
     * A calculation a person states (R31): in the order's {@code currency}, every amount given, none
     * negative, none with more decimals than the currency has, each rate 0-100 and given once, and
     * the total exactly subtotal + VAT + excise + shipping excl. VAT + shipping VAT. Every violation
     * is reported at once.
     */
    public static Result<OrderCalculation, OrderError> manual(ManualDraft d, Currency currency) {
        Violations v = new Violations();
        Optional<OrderCalculation> made = manual(d, currency, v);
        return v.isEmpty() ? Result.ok(made.orElseThrow()) : v.toResult(null);
    }

    /** {@link #manual(ManualDraft, Currency)}, adding its violations to {@code v}. */
    static Optional<OrderCalculation> manual(ManualDraft d, Currency currency, Violations v) {
        int violations = v.size();
        if (d == null) {
            v.here("required", "a manual calculation is required");
            return Optional.empty();
        }
        if (d.currency() == null) {
            v.add("currency", "required", "currency is required");
        } else if (!Money.isUsableCurrency(d.currency())) {
            v.add("currency", "invalid_currency", "'" + d.currency() + "' is not an ISO 4217 currency with minor units");
        } else if (!d.currency().equals(currency.getCurrencyCode())) {
            v.add("currency", "currency_mismatch", "the order is in " + currency.getCurrencyCode() + ", not " + d.currency() + " (R30)");
        }
        Optional<Money> subtotal = amount(v, "subtotalExclVat", d.subtotalExclVat(), currency);
        Optional<Money> excise = amount(v, "excise", d.excise(), currency);
        Optional<Money> shippingExcl = amount(v, "shippingExclVat", d.shippingExclVat(), currency);
        Optional<Money> shippingVat = amount(v, "shippingVat", d.shippingVat(), currency);
        Optional<Money> total = amount(v, "total", d.total(), currency);
        List<VatAtRate> vat = new ArrayList<>();
        List<BigDecimal> rates = new ArrayList<>();
        List<VatDraft> vatDrafts = d.vat() == null ? List.of() : d.vat();
        v.check(d.vat() == null, "vat", "required", "vat is required: the VAT of each rate, or an empty list");
        for (int i = 0; i < vatDrafts.size(); i++) {
            Violations rv = v.at("vat", i);
            VatDraft r = vatDrafts.get(i);
            if (r == null) {
                rv.here("required", "a VAT entry is required, not null");
                continue;
            }
            int before = rv.size();
            if (r.rate() == null) {
                rv.add("rate", "required", "rate is required");
            } else if (r.rate().signum() < 0 || r.rate().compareTo(HUNDRED) > 0) {
                rv.add("rate", "rate_out_of_range", "a VAT rate is a percentage, 0-100; got " + Decimals.show(r.rate()));
            } else if (r.rate().stripTrailingZeros().scale() > TaxPolicy.MAX_RATE_DECIMALS) {
                rv.add("rate", "too_many_decimals", "a VAT rate has at most " + TaxPolicy.MAX_RATE_DECIMALS + " decimals");
            } else if (rates.stream().anyMatch(x -> x.compareTo(r.rate()) == 0)) {
                rv.add("rate", "duplicate_rate", "rate " + Decimals.show(r.rate()) + " is given twice; give each rate's VAT once");
            }
            if (r.rate() != null) {
                rates.add(r.rate());
            }
            Optional<Money> amount = amount(rv, "amount", r.amount(), currency);
            if (rv.size() == before) {
                vat.add(new VatAtRate(r.rate(), Optional.empty(), amount.orElseThrow()));
            }
        }
        if (v.size() > violations) {
            return Optional.empty();
        }
        Money vatTotal = Money.sum(vat.stream().map(VatAtRate::amount).toList(), currency);
        Shipping shipping = new Shipping(shippingExcl.get(), Optional.empty(), shippingVat.get(), shippingExcl.get().plus(shippingVat.get()));
        Money sum = subtotal.get().plus(vatTotal).plus(excise.get()).plus(shipping.inclVat());
        if (!sum.equals(total.get())) {
            v.add("total", "total_mismatch", "the total is subtotal + VAT + excise + shipping excl. VAT + shipping VAT = "
                    + Decimals.show(sum.amount()) + ", not " + Decimals.show(total.get().amount()) + " (R31)");
            return Optional.empty();
        }
        return Optional.of(new OrderCalculation(currency, subtotal.get(), vat, vatTotal,
                new Excise(Optional.empty(), Optional.empty(), excise.get()), shipping, total.get()));
    }

    private static Optional<Money> amount(Violations v, String field, BigDecimal amount, Currency currency) {
        if (amount == null) {
            v.add(field, "required", field + " is required");
            return Optional.empty();
        }
        int before = v.size();
        v.check(amount.signum() < 0, field, "negative_amount", field + " is never negative, got " + Decimals.show(amount));
        int minor = currency.getDefaultFractionDigits();
        v.check(amount.stripTrailingZeros().scale() > Math.max(minor, 0), field, "too_many_decimals",
                field + " has at most " + minor + " decimals in " + currency.getCurrencyCode());
        v.check(Decimals.integerDigits(amount) > MAX_INTEGER_DIGITS, field, "amount_too_large",
                field + " has at most " + MAX_INTEGER_DIGITS + " digits before the point");
        return v.size() == before ? Optional.of(new Money(amount, currency)) : Optional.empty();
    }

    /** Manual amounts are bounded like prices, so they fit a database column and a client's number. */
    private static final int MAX_INTEGER_DIGITS = 15;
}
