package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.shared.TenantId;
import java.util.Objects;

/** Submit an intent exactly as the source sent it; its hash is of this payload (R21). */
public record SubmitIntentCommand(Principal principal, TenantId tenant, JsonValue payload) {

    public SubmitIntentCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(payload, "payload");
    }
}
