package dev.ordercore.domain.cases;

import dev.ordercore.domain.shared.Uuids;

import java.util.Objects;
import java.util.UUID;

/** Identifies a case. */
public record CaseId(UUID value) {

    public CaseId {
        Objects.requireNonNull(value, "case id");
    }

    public static CaseId of(String value) {
        return new CaseId(UUID.fromString(value));
    }

    public static CaseId next(Uuids uuids) {
        return new CaseId(uuids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
