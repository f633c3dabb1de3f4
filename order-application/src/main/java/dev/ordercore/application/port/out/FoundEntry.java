package dev.ordercore.application.port.out;

import dev.ordercore.domain.order.StatusEntry;

import java.util.Objects;

/** An entry a search found, and whether it is open: no entry of its order closes it. */
public record FoundEntry(StatusEntry entry, boolean open) {

    public FoundEntry {
        Objects.requireNonNull(entry, "entry");
    }

    /** The order of a search's answers: newest first by recordedAt, then by arrival. */
    public static final java.util.Comparator<FoundEntry> NEWEST_FIRST = java.util.Comparator
            .comparing((FoundEntry f) -> f.entry().recordedAt()).thenComparingLong(f -> f.entry().sequence()).reversed();
}
