package dev.ordercore.domain.relation;

import dev.ordercore.domain.shared.Uuids;

import java.util.Objects;
import java.util.UUID;

/** Identifies a relation. */
public record RelationId(UUID value) {

    public RelationId {
        Objects.requireNonNull(value, "relation id");
    }

    public static RelationId of(String value) {
        return new RelationId(UUID.fromString(value));
    }

    public static RelationId next(Uuids uuids) {
        return new RelationId(uuids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
