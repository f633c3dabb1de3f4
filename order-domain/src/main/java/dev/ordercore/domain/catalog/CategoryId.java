package dev.ordercore.domain.catalog;

import dev.ordercore.domain.shared.Uuids;

import java.util.Objects;
import java.util.UUID;

/** Identifies a category of one tenant's catalog. */
public record CategoryId(UUID value) {

    public CategoryId {
        Objects.requireNonNull(value, "category id");
    }

    public static CategoryId of(String value) {
        return new CategoryId(UUID.fromString(value));
    }

    public static CategoryId next(Uuids uuids) {
        return new CategoryId(uuids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
