package dev.ordercore.domain.json;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A JSON number, kept as an exact decimal: quantities, prices and identifiers in payloads keep
 * every digit they were given.
 *
 * <p>The value is normalized ({@code 1.0} becomes {@code 1}, every zero becomes
 * {@link BigDecimal#ZERO}), so equality is numeric equality. Numbers with more than
 * {@value #MAX_DIGITS} significant digits or a decimal exponent beyond &plusmn;{@value #MAX_SCALE}
 * are refused, so that a payload cannot make us build gigantic numbers.
 *
 * <p>Note that the {@linkplain #canonical() canonical form} (RFC 8785) writes a number as the
 * nearest IEEE-754 double, like JavaScript does; numbers that need more precision than a double
 * should travel as strings if they are to be hashed.
 */
public record JsonNumber(BigDecimal value) implements JsonValue {

    /** Most significant digits a number may have. */
    public static final int MAX_DIGITS = 1000;
    /** Largest absolute {@link BigDecimal#scale() scale} a number may have. */
    public static final int MAX_SCALE = 1000;

    /** Cheap pre-check before normalizing: about 12,000 decimal digits. */
    private static final int MAX_RAW_BITS = 40_000;

    /** @throws IllegalArgumentException if the number is absurdly large, long or small */
    public JsonNumber {
        Objects.requireNonNull(value, "value");
        if (value.unscaledValue().bitLength() > MAX_RAW_BITS) {
            throw new IllegalArgumentException("number has too many digits (more than " + MAX_DIGITS + ")");
        }
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (value.precision() > MAX_DIGITS) {
            throw new IllegalArgumentException(
                    "number has too many digits: " + value.precision() + " (at most " + MAX_DIGITS + ")");
        }
        if (Math.abs((long) value.scale()) > MAX_SCALE) {
            throw new IllegalArgumentException(
                    "number exponent out of range: scale " + value.scale() + " (at most +/-" + MAX_SCALE + ")");
        }
    }

    public static JsonNumber of(long value) {
        return new JsonNumber(BigDecimal.valueOf(value));
    }

    public static JsonNumber of(BigDecimal value) {
        return new JsonNumber(value);
    }

    /**
     * The number written in {@code decimalText}, which must follow the JSON number grammar
     * ({@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}, no whitespace): NaN, Infinity, hex,
     * a leading {@code +} or a bare {@code .5} are refused.
     *
     * @throws IllegalArgumentException (a {@link JsonParseException}) if the text is not such a number
     */
    public static JsonNumber of(String decimalText) {
        return JsonParser.parseNumber(decimalText);
    }

    /**
     * The number JavaScript would have for {@code value}: the shortest decimal that reads back as
     * the same double (so {@code ofDouble(0.1)} is exactly 0.1, and {@code -0.0} is 0).
     *
     * @throws IllegalArgumentException if {@code value} is NaN or infinite
     */
    public static JsonNumber ofDouble(double value) {
        return new JsonNumber(CanonicalJson.shortestDecimal(value));
    }

    /** The nearest IEEE-754 double (correctly rounded); may be infinite or zero for extreme values. */
    public double doubleValue() {
        return Double.parseDouble(value.toString());
    }

    /** @throws ArithmeticException if the number is not an integer or does not fit in a long */
    public long longValueExact() {
        return value.longValueExact();
    }

    /** @throws ArithmeticException if the number is not an integer or does not fit in an int */
    public int intValueExact() {
        return value.intValueExact();
    }

    /** Whether the number is an integer (no fractional part). */
    public boolean isIntegral() {
        return value.scale() <= 0;
    }
}
