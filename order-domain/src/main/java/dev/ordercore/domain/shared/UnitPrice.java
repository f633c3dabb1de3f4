package dev.ordercore.domain.shared;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

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
        violation(amount).ifPresent(problem -> {
            throw new IllegalArgumentException(problem.message());
        });
        BigDecimal stripped = amount.stripTrailingZeros();
        amount = amount.setScale(Math.max(minor, Math.max(stripped.scale(), 0)));
    }

    /** What is wrong with {@code amount} as a unit price, if anything: negative, too many decimals, or too large. */
    public static Optional<Violation> violation(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        if (amount.signum() < 0) {
            return Optional.of(new Violation("", "negative_price", "a unit price is never negative, got " + Decimals.show(amount)));
        }
        if (stripped.scale() > MAX_DECIMALS) {
            return Optional.of(new Violation("", "too_many_decimals", "a unit price has at most " + MAX_DECIMALS + " decimals"));
        }
        if (Decimals.integerDigits(amount) > MAX_INTEGER_DIGITS) {
            return Optional.of(new Violation("", "price_too_large", "a unit price has at most " + MAX_INTEGER_DIGITS
                    + " digits before the point"));
        }
        return Optional.empty();
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
        return Decimals.show(amount) + " " + currency.getCurrencyCode();
    }
}
