package dev.ordercore.domain.customer;

import dev.ordercore.domain.shared.Money;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a customer's orders add up to, derived from the orders and never stored with the customer:
 * how many orders have a line for the customer, what the customer's lines that are not cancelled
 * come to (one amount per currency, since money never mixes currencies, R30), and when the newest
 * of those orders was placed. Deleted orders do not count.
 */
public record CustomerMetrics(long orderCount, List<Money> totalSpent, Optional<Instant> lastOrderAt) {

    public static final CustomerMetrics NONE = new CustomerMetrics(0, List.of(), Optional.empty());

    public CustomerMetrics {
        if (orderCount < 0) {
            throw new IllegalArgumentException("an order count is 0 or more, got " + orderCount);
        }
        totalSpent = totalSpent.stream().sorted(Comparator.comparing(m -> m.currency().getCurrencyCode())).toList();
        if (totalSpent.stream().map(Money::currency).distinct().count() != totalSpent.size()) {
            throw new IllegalArgumentException("one total per currency, got " + totalSpent);
        }
        Objects.requireNonNull(lastOrderAt, "lastOrderAt");
        if ((orderCount == 0) != lastOrderAt.isEmpty()) {
            throw new IllegalArgumentException("a customer has a last order exactly when it has orders");
        }
    }
}
