package dev.ordercore.domain.intent;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What identifies an intent within a tenant (R21): the source system that sent it, such as
 * {@code channel.shopify}, and the id that source gave it. Resending the same key is how a source
 * retries safely.
 */
public record IntentKey(String sourceSystem, String intentId) {

    public static final Pattern SOURCE_SYSTEM = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    public static final Pattern INTENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@#-]{0,199}");

    public IntentKey {
        Objects.requireNonNull(sourceSystem, "sourceSystem");
        Objects.requireNonNull(intentId, "intentId");
        if (!SOURCE_SYSTEM.matcher(sourceSystem).matches()) {
            throw new IllegalArgumentException("a source system is 1-100 of [a-z0-9._-], got '" + sourceSystem + "'");
        }
        if (!INTENT_ID.matcher(intentId).matches()) {
            throw new IllegalArgumentException("an intent id is 1-200 of [A-Za-z0-9._:@#-], got '" + intentId + "'");
        }
    }

    @Override
    public String toString() {
        return sourceSystem + "/" + intentId;
    }
}
