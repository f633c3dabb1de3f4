package dev.ordercore.domain.catalog;

import dev.ordercore.domain.shared.Decimals;
import dev.ordercore.domain.json.JsonNumber;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.shared.Violations;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How much alcohol one unit of a product holds (seed 001: {@code alcohol_percentage},
 * {@code bottle_size_ml}), read from a product's attributes {@value #PERCENTAGE} (a number or a
 * decimal string, in percent by volume, 0-100) and {@value #BOTTLE_SIZE} (a whole number of
 * millilitres, 1-{@value #MAX_BOTTLE_ML}). A product has both or neither: one without the other
 * cannot be taxed and is refused when the product is created, and again when an order carrying
 * an older such product is calculated (R31).
 */
public record AlcoholContent(BigDecimal percentage, int bottleSizeMl) {

    public static final String PERCENTAGE = "alcoholPercentage";
    public static final String BOTTLE_SIZE = "bottleSizeMl";
    public static final int MAX_BOTTLE_ML = 100_000;
    public static final int MAX_PERCENTAGE_DECIMALS = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int LITRES_PER_UNIT_SCALE = 5; // ml ÷ 1000 × % ÷ 100

    public AlcoholContent {
        Objects.requireNonNull(percentage, "percentage");
        if (percentage.signum() < 0 || percentage.compareTo(HUNDRED) > 0
                || percentage.stripTrailingZeros().scale() > MAX_PERCENTAGE_DECIMALS) {
            throw new IllegalArgumentException("an alcohol percentage is 0-100 with at most " + MAX_PERCENTAGE_DECIMALS
                    + " decimals, got " + Decimals.show(percentage));
        }
        if (bottleSizeMl < 1 || bottleSizeMl > MAX_BOTTLE_ML) {
            throw new IllegalArgumentException("a bottle holds 1-" + MAX_BOTTLE_ML + " ml, got " + bottleSizeMl);
        }
    }

    /**
     * Litres of pure alcohol in {@code quantity} units: quantity × bottle ml ÷ 1000 × percentage ÷ 100,
     * exactly (no rounding: excise is rounded once, as money).
     */
    public BigDecimal litres(long quantity) {
        return BigDecimal.valueOf(quantity).multiply(BigDecimal.valueOf(bottleSizeMl)).multiply(percentage)
                .movePointLeft(LITRES_PER_UNIT_SCALE);
    }

    /**
     * The alcohol content {@code attributes} state, if they state one. Adds a violation to {@code v}
     * (paths {@value #PERCENTAGE} and {@value #BOTTLE_SIZE}) for each attribute that is malformed or
     * out of range, and for one given without the other; then answers empty.
     */
    public static Optional<AlcoholContent> read(JsonObject attributes, Violations v) {
        Optional<JsonValue> pct = attributes.get(PERCENTAGE);
        Optional<JsonValue> ml = attributes.get(BOTTLE_SIZE);
        if (pct.isEmpty() && ml.isEmpty()) {
            return Optional.empty();
        }
        int before = v.size();
        Optional<BigDecimal> percentage = pct.flatMap(p -> percentage(p, v));
        Optional<Integer> bottle = ml.flatMap(b -> bottleSize(b, v));
        if (pct.isEmpty()) {
            v.add(PERCENTAGE, "alcohol_incomplete", BOTTLE_SIZE + " is given, so " + PERCENTAGE + " is required too");
        }
        if (ml.isEmpty()) {
            v.add(BOTTLE_SIZE, "alcohol_incomplete", PERCENTAGE + " is given, so " + BOTTLE_SIZE + " is required too");
        }
        if (v.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new AlcoholContent(percentage.orElseThrow(), bottle.orElseThrow()));
    }

    private static Optional<BigDecimal> percentage(JsonValue value, Violations v) {
        Optional<BigDecimal> number = value instanceof JsonNumber n ? Optional.of(n.value())
                : value instanceof JsonString s ? decimal(s.value())
                : Optional.empty();
        if (number.isEmpty() || number.get().stripTrailingZeros().scale() > MAX_PERCENTAGE_DECIMALS) {
            v.add(PERCENTAGE, "invalid_alcohol_percentage", PERCENTAGE + " is a number or a decimal string such as \"12.5\", with at most "
                    + MAX_PERCENTAGE_DECIMALS + " decimals");
            return Optional.empty();
        }
        BigDecimal p = number.get();
        if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
            v.add(PERCENTAGE, "invalid_alcohol_percentage", PERCENTAGE + " is a percentage, 0-100; got " + Decimals.show(p));
            return Optional.empty();
        }
        return Optional.of(p);
    }

    private static Optional<Integer> bottleSize(JsonValue value, Violations v) {
        if (value instanceof JsonNumber n && n.isIntegral()) {
            BigDecimal ml = n.value();
            if (ml.compareTo(BigDecimal.ONE) >= 0 && ml.compareTo(BigDecimal.valueOf(MAX_BOTTLE_ML)) <= 0) {
                return Optional.of(ml.intValueExact());
            }
        }
        v.add(BOTTLE_SIZE, "invalid_bottle_size", BOTTLE_SIZE + " is a whole number of millilitres, 1-" + MAX_BOTTLE_ML);
        return Optional.empty();
    }

    private static Optional<BigDecimal> decimal(String text) {
        if (!text.matches("[0-9]{1,3}(\\.[0-9]{1,9})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text));
    }
}
