package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.shared.TenantId;

import java.util.Objects;

/** Mark one catalog entry deleted. */
public record DeleteCatalogEntryCommand<I>(Principal principal, TenantId tenant, I id) {

    public DeleteCatalogEntryCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
    }
}
