package dev.ordercore.domain.catalog;

import dev.ordercore.domain.shared.Uuids;

import java.util.Objects;
import java.util.UUID;

/** Identifies a klass of one tenant's catalog. */
public record KlassId(UUID value) {

    public KlassId {
        Objects.requireNonNull(value, "klass id");
    }

    public static KlassId of(String value) {
        return new KlassId(UUID.fromString(value));
    }

    public static KlassId next(Uuids uuids) {
        return new KlassId(uuids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
