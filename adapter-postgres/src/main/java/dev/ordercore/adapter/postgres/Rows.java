package dev.ordercore.adapter.postgres;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Conversions between column values and domain values that every store needs. */
final class Rows {

    private Rows() {
    }

    static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static OffsetDateTime ts(Optional<Instant> instant) {
        return instant.map(Rows::ts).orElse(null);
    }

    static Instant instant(OffsetDateTime stored) {
        return stored.toInstant();
    }

    static Optional<Instant> optionalInstant(OffsetDateTime stored) {
        return Optional.ofNullable(stored).map(OffsetDateTime::toInstant);
    }
}
