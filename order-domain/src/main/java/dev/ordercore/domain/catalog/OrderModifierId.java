package dev.ordercore.domain.catalog;

import dev.ordercore.domain.shared.Uuids;

import java.util.Objects;
import java.util.UUID;

/** Identifies an order modifier of one tenant. */
public record OrderModifierId(UUID value) {

    public OrderModifierId {
        Objects.requireNonNull(value, "OrderModifierId");
    }

    public static OrderModifierId of(String value) {
        return new OrderModifierId(UUID.fromString(value));
    }

    public static OrderModifierId next(Uuids uuids) {
        return new OrderModifierId(uuids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
