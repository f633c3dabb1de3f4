package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.shared.TenantId;

import java.util.Objects;

/** Read the tenant's settings. */
public record GetSettingsQuery(Principal principal, TenantId tenant) {

    public GetSettingsQuery {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
    }
}
