package dev.ordercore.domain.shared;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * The price of one unit. Unlike {@link Money} it may carry up to {@value #MAX_DECIMALS} decimals
 * (0.125 SEK per gram), so a line amount is rounded once, by the tenant's policy, after
 * multiplying by the quantity (R8). Prices given by users are never negative.
 */
public record UnitPrice(BigDecimal amount, Currency currency) {

    public static final int MAX_DECIMALS = 6;
    /** Up to 9,999,999,999,999 per unit: enough for any price, and bounded so amounts fit a database column. */
    public static final int MAX_INTEGER_DIGITS = 13;

    public UnitPrice {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int minor = Money.minorUnits(currency);
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a unit price is never negative, got " + amount.toPlainString());
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("a unit price has at most " + MAX_INTEGER_DIGITS + " digits before the point");
        }
        if (stripped.scale() > MAX_DECIMALS) {
            throw new IllegalArgumentException("a unit price has at most " + MAX_DECIMALS + " decimals, got " + amount.toPlainString());
        }
        amount = amount.setScale(Math.max(minor, Math.max(stripped.scale(), 0)));
    }

    public static UnitPrice of(String amount, String currencyCode) {
        return new UnitPrice(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static UnitPrice of(Money money) {
        return new UnitPrice(money.amount(), money.currency());
    }

    /** unit price × quantity, rounded to minor units by {@code policy} (R8). */
    public Money times(long quantity, RoundingPolicy policy) {
        return Money.rounded(amount.multiply(BigDecimal.valueOf(quantity)), currency, policy.mode());
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
