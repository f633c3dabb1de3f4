package dev.ordercore.adapter.postgres;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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

    /**
     * The first whole microsecond at or after {@code instant}. Stored instants are whole
     * microseconds, so {@code stored >= ceil(bound)} and {@code stored < ceil(bound)} mean exactly
     * {@code >= bound} and {@code < bound}; the driver would round a finer bound to the nearest one.
     */
    static Instant ceilToMicros(Instant instant) {
        Instant down = instant.truncatedTo(ChronoUnit.MICROS);
        return down.equals(instant) ? instant : down.plus(1, ChronoUnit.MICROS);
    }

    static Instant instant(OffsetDateTime stored) {
        return stored.toInstant();
    }

    static Optional<Instant> optionalInstant(OffsetDateTime stored) {
        return Optional.ofNullable(stored).map(OffsetDateTime::toInstant);
    }
}
