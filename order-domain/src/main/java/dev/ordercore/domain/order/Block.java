package dev.ordercore.domain.order;

import java.util.Objects;
import java.util.Optional;

/**
 * An open BLOCKING entry as the order keeps it (R15): which entry, on which line if any, with which
 * code. The order's list of blocks is a projection of its history (R20).
 */
public record Block(StatusEntryId entry, Optional<LineItemId> lineItem, StatusCode code) {

    public Block {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(lineItem, "lineItem");
        Objects.requireNonNull(code, "code");
    }

    /**
     * Whether this block holds back a transition of {@code line}, or of the order itself when
     * {@code line} is empty: every block holds back the order (a line that may not move keeps the
     * order where it is), and a line is held back by blocks on the order and on that line.
     */
    boolean holds(Optional<LineItemId> line) {
        return line.isEmpty() || lineItem.isEmpty() || lineItem.equals(line);
    }

    @Override
    public String toString() {
        return code + " (" + entry + lineItem.map(l -> " on line " + l).orElse("") + ")";
    }
}
