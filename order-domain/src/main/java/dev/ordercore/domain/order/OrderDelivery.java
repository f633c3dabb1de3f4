package dev.ordercore.domain.order;

import dev.ordercore.domain.shared.Address;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A movement of a line's goods (seed 003): direction, from and to addresses, and the date. A pickup
 * has none; a sale may have one; a rental may have two, out and back (R4).
 */
public record OrderDelivery(DeliveryDirection direction, Optional<Address> from, Optional<Address> to, LocalDate date) {

    public OrderDelivery {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(date, "date");
    }

    public static OrderDelivery outbound(LocalDate date, Address to) {
        return new OrderDelivery(DeliveryDirection.OUTBOUND, Optional.empty(), Optional.of(to), date);
    }

    public static OrderDelivery inbound(LocalDate date, Address from) {
        return new OrderDelivery(DeliveryDirection.INBOUND, Optional.of(from), Optional.empty(), date);
    }
}
