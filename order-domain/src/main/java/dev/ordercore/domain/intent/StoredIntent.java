package dev.ordercore.domain.intent;

import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.TenantId;

import java.time.Instant;
import java.util.Objects;

/**
 * An intent as received and decided: the exact payload, its hash, when and from whom it came,
 * and the outcome. Stored intents are the log that replay rebuilds orders from (R24).
 */
public record StoredIntent(TenantId tenant, IntentKey key, int contractVersion, JsonObject payload, PayloadHash payloadHash,
                           Instant receivedAt, String receivedBy, IntentOutcome outcome) {

    public StoredIntent {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(payloadHash, "payloadHash");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(receivedBy, "receivedBy");
        Objects.requireNonNull(outcome, "outcome");
    }
}
