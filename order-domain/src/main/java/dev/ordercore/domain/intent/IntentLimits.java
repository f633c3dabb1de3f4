package dev.ordercore.domain.intent;

import java.util.Set;

/**
 * What an intent may be (R25): the contract versions understood, the largest payload (its
 * canonical JSON size, default 256 KiB) and the most lines (default 50, seed 002's MAX_ORDER_ITEMS).
 */
public record IntentLimits(Set<Integer> contractVersions, int maxPayloadBytes, int maxLines) {

    public static final IntentLimits DEFAULT = new IntentLimits(Set.of(1), 256 * 1024, 50);

    public IntentLimits {
        contractVersions = Set.copyOf(contractVersions);
        if (contractVersions.isEmpty()) {
            throw new IllegalArgumentException("at least one contract version is understood");
        }
        if (maxPayloadBytes < 1024 || maxLines < 1) {
            throw new IllegalArgumentException("limits of " + maxPayloadBytes + " bytes and " + maxLines + " lines are too small");
        }
    }

    /**
     * These limits with at most {@code lines} lines: a tenant's maxOrderItems setting caps the
     * configured line limit, so an intent is never allowed more lines than an order placed directly.
     */
    public IntentLimits cappedAt(int lines) {
        return lines >= maxLines ? this : new IntentLimits(contractVersions, maxPayloadBytes, lines);
    }
}
