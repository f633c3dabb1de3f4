package dev.ordercore.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of one currency, held at exactly the currency's minor units (two decimals for SEK,
 * none for JPY). Money never mixes currencies (R30): adding, subtracting or comparing amounts
 * of two currencies is a programming error, because validation keeps one currency per order.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int minor = minorUnits(currency);
        if (amount.stripTrailingZeros().scale() > minor) {
            throw new IllegalArgumentException(Decimals.show(amount) + " " + currency + " has more decimals than " + currency
                    + "'s " + minor + " minor units; round it with a RoundingPolicy");
        }
        amount = amount.setScale(minor, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Rounds {@code amount} to the currency's minor units with {@code mode} (R30). */
    public static Money rounded(BigDecimal amount, Currency currency, RoundingMode mode) {
        return new Money(amount.setScale(minorUnits(currency), mode), currency);
    }

    /**
     * The number of decimals a currency's amounts carry. Currencies without minor units defined
     * by ISO 4217 (gold, test codes) cannot hold order money.
     */
    public static int minorUnits(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException(currency + " has no minor unit defined by ISO 4217 and cannot be used for money");
        }
        return digits;
    }

    /** Whether {@code code} names an ISO 4217 currency usable for money. */
    public static boolean isUsableCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            return Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** The sum of {@code amounts}, all of {@code currency}; zero when there are none. */
    public static Money sum(Collection<Money> amounts, Currency currency) {
        Money total = zero(currency);
        for (Money m : amounts) {
            total = total.plus(m);
        }
        return total;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot mix currencies: " + this + " and " + other + " (R30)");
        }
        return other;
    }

    @Override
    public String toString() {
        return Decimals.show(amount) + " " + currency.getCurrencyCode();
    }
}
