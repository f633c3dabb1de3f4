package dev.ordercore.domain.customer;

import java.time.LocalTime;
import java.util.Objects;

/** When in the day a customer wants deliveries, in the tenant's local time: {@code from} before {@code to}. */
public record DeliveryWindow(LocalTime from, LocalTime to) {

    public DeliveryWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a delivery window starts before it ends, got " + from + "-" + to);
        }
    }
}
