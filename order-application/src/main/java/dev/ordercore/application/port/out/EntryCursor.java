package dev.ordercore.application.port.out;

import java.time.Instant;
import java.util.Objects;

/** Where a page of entries ended, newest first: entries recorded before {@code recordedAt}, or then but arrived before {@code sequence}. */
public record EntryCursor(Instant recordedAt, long sequence) {

    public EntryCursor {
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
