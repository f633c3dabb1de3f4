package dev.ordercore.domain.catalog;

import dev.ordercore.domain.shared.Uuids;

import java.util.Objects;
import java.util.UUID;

/** Identifies a asset of one tenant's catalog. */
public record AssetId(UUID value) {

    public AssetId {
        Objects.requireNonNull(value, "asset id");
    }

    public static AssetId of(String value) {
        return new AssetId(UUID.fromString(value));
    }

    public static AssetId next(Uuids uuids) {
        return new AssetId(uuids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
