package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.shared.TenantId;
import java.util.Objects;

/** Replay a tenant's intents (an admin's job). */
public record ReplayIntentsCommand(Principal principal, TenantId tenant) {

    public ReplayIntentsCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
    }
}
