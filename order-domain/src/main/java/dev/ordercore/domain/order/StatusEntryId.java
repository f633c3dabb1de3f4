package dev.ordercore.domain.order;

import dev.ordercore.domain.shared.Uuids;

import java.util.Objects;
import java.util.UUID;

/** Identifies a status history entry. */
public record StatusEntryId(UUID value) {

    public StatusEntryId {
        Objects.requireNonNull(value, "StatusEntryId");
    }

    public static StatusEntryId of(String value) {
        return new StatusEntryId(UUID.fromString(value));
    }

    public static StatusEntryId next(Uuids uuids) {
        return new StatusEntryId(uuids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
