package dev.ordercore.domain.supplier;

import dev.ordercore.domain.shared.Uuids;

import java.util.Objects;
import java.util.UUID;

/** Identifies a supplier's confirmation of an order. */
public record SupplierConfirmationId(UUID value) {

    public SupplierConfirmationId {
        Objects.requireNonNull(value, "supplier confirmation id");
    }

    public static SupplierConfirmationId of(String value) {
        return new SupplierConfirmationId(UUID.fromString(value));
    }

    public static SupplierConfirmationId next(Uuids uuids) {
        return new SupplierConfirmationId(uuids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
