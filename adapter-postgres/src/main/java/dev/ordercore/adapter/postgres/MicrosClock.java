package dev.ordercore.adapter.postgres;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A clock that tells time to the microsecond, the precision of {@code timestamptz}, so an instant
 * the core stamps is exactly the instant it reads back. ({@code Clock.tick} with a sub-millisecond
 * tick divides by zero in {@code millis()} on Java 17.)
 */
final class MicrosClock extends Clock {

    private final Clock base;

    MicrosClock(Clock base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    @Override
    public Instant instant() {
        return base.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public long millis() {
        return base.millis();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MicrosClock(base.withZone(zone));
    }
}
