package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.shared.TenantId;

import java.util.Objects;

/** The business model the tenant's orders of the last 30 days show (R40). */
public record GetBusinessModelQuery(Principal principal, TenantId tenant) {

    public GetBusinessModelQuery {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
    }
}
