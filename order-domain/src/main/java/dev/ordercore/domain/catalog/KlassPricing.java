package dev.ordercore.domain.catalog;

import dev.ordercore.domain.shared.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * One price of a klass (seed 003): per {@code frequency} for rentals, or, when the frequency is
 * absent, the sale price. Prices are never negative.
 */
public record KlassPricing(Optional<Frequency> frequency, Money price) {

    public KlassPricing {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(price, "price");
        if (price.isNegative()) {
            throw new IllegalArgumentException("a klass price is never negative, got " + price);
        }
    }

    public static KlassPricing sale(Money price) {
        return new KlassPricing(Optional.empty(), price);
    }

    public static KlassPricing per(Frequency frequency, Money price) {
        return new KlassPricing(Optional.of(frequency), price);
    }

    public boolean isSalePrice() {
        return frequency.isEmpty();
    }
}
