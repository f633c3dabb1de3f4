package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.shared.TenantId;

import java.util.List;
import java.util.Objects;

/**
 * Submit up to {@value #MAX_INTENTS} intents at once, each exactly as the source sent it. They are
 * decided as if submitted one after the other in this order, and stored in one transaction.
 */
public record SubmitIntentBatchCommand(Principal principal, TenantId tenant, List<JsonValue> payloads) {

    /** The most intents one batch takes. */
    public static final int MAX_INTENTS = 1000;

    public SubmitIntentBatchCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        payloads = List.copyOf(payloads);
        if (payloads.isEmpty() || payloads.size() > MAX_INTENTS) {
            throw new IllegalArgumentException("a batch holds 1 to " + MAX_INTENTS + " intents, got " + payloads.size());
        }
    }
}
