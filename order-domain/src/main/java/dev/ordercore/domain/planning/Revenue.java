package dev.ordercore.domain.planning;

import java.util.Comparator;
import java.util.Objects;

import dev.ordercore.domain.shared.Money;

/**
 * What orders of one currency brought in over a period: the sum of the amounts of their lines that
 * are not cancelled, and how many orders have at least one such line.
 */
public record Revenue(Money amount, long orders) {

    public static final Comparator<Revenue> BY_CURRENCY = Comparator.comparing(r -> r.amount().currency().getCurrencyCode());

    public Revenue {
        Objects.requireNonNull(amount, "amount");
        if (orders < 1) {
            throw new IllegalArgumentException("revenue comes from 1 order or more, got " + orders);
        }
    }
}
