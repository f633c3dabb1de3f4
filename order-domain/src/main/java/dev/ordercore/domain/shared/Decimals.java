package dev.ordercore.domain.shared;

import java.math.BigDecimal;

/** Size checks on decimals from requests, safe for any exponent a parser accepts ({@code 1E+2147483647}). */
public final class Decimals {

    private Decimals() {
    }

    /**
     * How many digits {@code value} has before the point (0 or less for values below 1), counted in
     * {@code long}: {@code precision - scale} in {@code int} overflows for huge exponents and would
     * let {@code 1E+2147483647} pass a size check.
     */
    public static long integerDigits(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (long) stripped.precision() - stripped.scale();
    }

    /**
     * {@code value} for a message: plain digits when it is of a printable size, scientific notation
     * otherwise, so echoing {@code 1E+2147483647} back to a client never builds a two-gigabyte string.
     */
    public static String show(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return Math.abs(integerDigits(value)) > 40 || stripped.scale() > 40 ? stripped.toString() : value.toPlainString();
    }
}
