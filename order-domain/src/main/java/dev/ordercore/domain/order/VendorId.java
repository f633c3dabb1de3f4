package dev.ordercore.domain.order;

import dev.ordercore.domain.shared.Uuids;

import java.util.Objects;
import java.util.UUID;

/** Identifies a vendor (a counterparty the tenant buys from). */
public record VendorId(UUID value) {

    public VendorId {
        Objects.requireNonNull(value, "VendorId");
    }

    public static VendorId of(String value) {
        return new VendorId(UUID.fromString(value));
    }

    public static VendorId next(Uuids uuids) {
        return new VendorId(uuids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
