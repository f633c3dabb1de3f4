package dev.ordercore.application.port.out;

import dev.ordercore.domain.order.CustomerId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which orders a list shows: by status, by customer (the order's default customer or any line's),
 * by creation time [from, to), and by whether open BLOCKING entries hold them. Deleted orders are
 * never listed.
 */
public record OrderFilter(Optional<String> status, Optional<CustomerId> customer, Optional<Instant> createdFrom,
                          Optional<Instant> createdTo, Optional<Boolean> blocked) {

    public static final OrderFilter ALL = new OrderFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public OrderFilter {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(createdFrom, "createdFrom");
        Objects.requireNonNull(createdTo, "createdTo");
        Objects.requireNonNull(blocked, "blocked");
    }

    public OrderFilter withStatus(String status) {
        return new OrderFilter(Optional.of(status), customer, createdFrom, createdTo, blocked);
    }

    public OrderFilter withCustomer(CustomerId customer) {
        return new OrderFilter(status, Optional.of(customer), createdFrom, createdTo, blocked);
    }

    public OrderFilter createdBetween(Instant from, Instant to) {
        return new OrderFilter(status, customer, Optional.of(from), Optional.of(to), blocked);
    }

    public OrderFilter withBlocked(boolean blocked) {
        return new OrderFilter(status, customer, createdFrom, createdTo, Optional.of(blocked));
    }
}
