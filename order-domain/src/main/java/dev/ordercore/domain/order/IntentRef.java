package dev.ordercore.domain.order;

import java.util.Objects;

/** Points an intent-born order back at the intent it came from (seed 004's {@code intentRef}). */
public record IntentRef(String sourceSystem, String intentId) {

    public IntentRef {
        Objects.requireNonNull(sourceSystem, "sourceSystem");
        Objects.requireNonNull(intentId, "intentId");
    }

    @Override
    public String toString() {
        return sourceSystem + "/" + intentId;
    }
}
