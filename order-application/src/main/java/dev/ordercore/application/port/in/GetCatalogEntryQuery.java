package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.shared.TenantId;

import java.util.Objects;

/** Read one catalog entry by id. */
public record GetCatalogEntryQuery<I>(Principal principal, TenantId tenant, I id) {

    public GetCatalogEntryQuery {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
    }
}
