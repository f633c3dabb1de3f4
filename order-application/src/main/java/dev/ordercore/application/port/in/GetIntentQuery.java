package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.shared.TenantId;
import java.util.Objects;

/** Read an intent by its identity. */
public record GetIntentQuery(Principal principal, TenantId tenant, String sourceSystem, String intentId) {

    public GetIntentQuery {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(sourceSystem, "sourceSystem");
        Objects.requireNonNull(intentId, "intentId");
    }
}
