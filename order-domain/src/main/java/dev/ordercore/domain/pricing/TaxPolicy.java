package dev.ordercore.domain.pricing;

import dev.ordercore.domain.shared.Decimals;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Violations;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a tenant taxes its orders (R31, seed 001): the standard VAT rate, the rate of the categories
 * that differ from it (food at 12 %, books at 6 %: so an order can carry several rates), the VAT rate
 * of shipping, and the excise per litre of pure alcohol in each currency the tenant sells alcohol
 * in. Rates are percentages, 0-100 with at most {@value #MAX_RATE_DECIMALS} decimals; excise rates
 * are never negative and have at most {@value #MAX_RATE_DECIMALS} decimals.
 *
 * <p>The default is seed 001's: 25.00 % VAT on everything, shipping included, and no excise rate,
 * so an order carrying alcohol is not calculated until the tenant configures its rate (a silent
 * zero would understate the tax).
 */
public record TaxPolicy(BigDecimal standardVatRate, Map<CategoryId, BigDecimal> categoryVatRates, BigDecimal shippingVatRate,
                        Map<Currency, BigDecimal> excisePerLitre) {

    public static final int MAX_RATE_DECIMALS = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    public static final BigDecimal SEED_001_VAT = new BigDecimal("25.00");
    public static final TaxPolicy DEFAULT = new TaxPolicy(SEED_001_VAT, Map.of(), SEED_001_VAT, Map.of());

    public TaxPolicy {
        Objects.requireNonNull(standardVatRate, "standardVatRate");
        Objects.requireNonNull(shippingVatRate, "shippingVatRate");
        categoryVatRates = Map.copyOf(categoryVatRates);
        excisePerLitre = Map.copyOf(excisePerLitre);
        Violations v = new Violations();
        check(v, standardVatRate, categoryVatRates, shippingVatRate, excisePerLitre);
        if (!v.isEmpty()) {
            throw new IllegalArgumentException(v.toList().toString());
        }
        standardVatRate = normal(standardVatRate);
        shippingVatRate = normal(shippingVatRate);
        categoryVatRates = normalValues(categoryVatRates);
        excisePerLitre = normalValues(excisePerLitre);
    }

    /** A tax policy from configuration; {@code null}s count as missing and every violation is reported. */
    public static Result<TaxPolicy, OrderError> create(BigDecimal standardVatRate, Map<CategoryId, BigDecimal> categoryVatRates,
                                                       BigDecimal shippingVatRate, Map<Currency, BigDecimal> excisePerLitre) {
        Violations v = new Violations();
        v.check(standardVatRate == null, "standardVatRate", "required", "the standard VAT rate is required");
        v.check(shippingVatRate == null, "shippingVatRate", "required", "the shipping VAT rate is required");
        Map<CategoryId, BigDecimal> categories = categoryVatRates == null ? Map.of() : categoryVatRates;
        Map<Currency, BigDecimal> excise = excisePerLitre == null ? Map.of() : excisePerLitre;
        for (Map.Entry<CategoryId, BigDecimal> e : categories.entrySet()) {
            v.check(e.getKey() == null || e.getValue() == null, "categoryVatRates", "required", "a category rate names a category and a rate");
        }
        for (Map.Entry<Currency, BigDecimal> e : excise.entrySet()) {
            v.check(e.getKey() == null || e.getValue() == null, "excisePerLitre", "required", "an excise rate names a currency and a rate");
        }
        if (!v.isEmpty()) {
            return v.toResult(null);
        }
        check(v, standardVatRate, categories, shippingVatRate, excise);
        return v.isEmpty() ? Result.ok(new TaxPolicy(standardVatRate, categories, shippingVatRate, excise)) : v.toResult(null);
    }

    /** The VAT rate of a line of {@code category}; lines without one (charges, say) take the standard rate. */
    public BigDecimal vatRate(Optional<CategoryId> category) {
        return category.map(categoryVatRates::get).orElse(standardVatRate);
    }

    /** The excise per litre of pure alcohol on orders in {@code currency}, if the tenant has one. */
    public Optional<BigDecimal> excisePerLitre(Currency currency) {
        return Optional.ofNullable(excisePerLitre.get(currency));
    }

    /** Whether some category is taxed at another rate than the standard one, so lines need their category to be calculated. */
    public boolean hasCategoryRates() {
        return !categoryVatRates.isEmpty();
    }

    public TaxPolicy withStandardVatRate(BigDecimal rate) {
        return new TaxPolicy(rate, categoryVatRates, shippingVatRate, excisePerLitre);
    }

    public TaxPolicy withCategoryVatRate(CategoryId category, BigDecimal rate) {
        Map<CategoryId, BigDecimal> rates = new HashMap<>(categoryVatRates);
        rates.put(Objects.requireNonNull(category, "category"), rate);
        return new TaxPolicy(standardVatRate, rates, shippingVatRate, excisePerLitre);
    }

    public TaxPolicy withShippingVatRate(BigDecimal rate) {
        return new TaxPolicy(standardVatRate, categoryVatRates, rate, excisePerLitre);
    }

    public TaxPolicy withExcisePerLitre(Currency currency, BigDecimal rate) {
        Map<Currency, BigDecimal> rates = new HashMap<>(excisePerLitre);
        rates.put(Objects.requireNonNull(currency, "currency"), rate);
        return new TaxPolicy(standardVatRate, categoryVatRates, shippingVatRate, rates);
    }

    /** Excise per litre of pure alcohol is at most 9 digits before the point: far above any real rate, and bounded. */
    static final int MAX_EXCISE_DIGITS = 9;

    private static void check(Violations v, BigDecimal standard, Map<CategoryId, BigDecimal> categories, BigDecimal shipping,
                              Map<Currency, BigDecimal> excise) {
        rate(v, "standardVatRate", standard);
        rate(v, "shippingVatRate", shipping);
        categories.forEach((category, rate) -> rate(v, "categoryVatRates." + category, rate));
        excise.forEach((currency, rate) -> {
            String field = "excisePerLitre." + currency.getCurrencyCode();
            v.check(!Money.isUsableCurrency(currency.getCurrencyCode()), field, "invalid_currency",
                    currency + " has no minor units and cannot carry excise");
            if (rate.signum() < 0) {
                v.add(field, "negative_rate", "an excise rate is never negative, got " + Decimals.show(rate));
            } else if (rate.stripTrailingZeros().scale() > MAX_RATE_DECIMALS) {
                v.add(field, "too_many_decimals", "an excise rate has at most " + MAX_RATE_DECIMALS + " decimals");
            } else if (Decimals.integerDigits(rate) > MAX_EXCISE_DIGITS) {
                v.add(field, "too_large", "an excise rate has at most " + MAX_EXCISE_DIGITS + " digits before the point");
            }
        });
    }

    private static void rate(Violations v, String field, BigDecimal rate) {
        if (rate.signum() < 0 || rate.compareTo(HUNDRED) > 0) {
            v.add(field, "rate_out_of_range", "a VAT rate is a percentage, 0-100; got " + Decimals.show(rate));
        } else if (rate.stripTrailingZeros().scale() > MAX_RATE_DECIMALS) {
            v.add(field, "too_many_decimals", "a VAT rate has at most " + MAX_RATE_DECIMALS + " decimals");
        }
    }

    /** 25 → 25.00, 12.5 → 12.50, 5.125 → 5.125: at least two decimals, no trailing zeros beyond, so equal rates are equal records. */
    static BigDecimal normal(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.setScale(Math.max(2, stripped.scale()));
    }

    private static <K> Map<K, BigDecimal> normalValues(Map<K, BigDecimal> rates) {
        Map<K, BigDecimal> normal = new HashMap<>();
        rates.forEach((k, r) -> normal.put(k, normal(r)));
        return Map.copyOf(normal);
    }
}
