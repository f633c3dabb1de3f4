package dev.ordercore.domain.order;

import dev.ordercore.domain.shared.Uuids;

import java.util.Objects;
import java.util.UUID;

/** Identifies a customer (a counterparty that buys or rents from the tenant). */
public record CustomerId(UUID value) {

    public CustomerId {
        Objects.requireNonNull(value, "CustomerId");
    }

    public static CustomerId of(String value) {
        return new CustomerId(UUID.fromString(value));
    }

    public static CustomerId next(Uuids uuids) {
        return new CustomerId(uuids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
