package dev.ordercore.domain.catalog;

import dev.ordercore.domain.shared.Uuids;

import java.util.Objects;
import java.util.UUID;

/** Identifies a product of one tenant's catalog. */
public record ProductId(UUID value) {

    public ProductId {
        Objects.requireNonNull(value, "product id");
    }

    public static ProductId of(String value) {
        return new ProductId(UUID.fromString(value));
    }

    public static ProductId next(Uuids uuids) {
        return new ProductId(uuids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
