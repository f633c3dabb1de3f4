package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.shared.TenantId;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of catalog entries: at most {@code limit} (1-200), continuing at {@code cursor}. Deleted
 * entries are left out unless {@code includeDeleted}; they stay readable by id either way.
 */
public record ListCatalogQuery(Principal principal, TenantId tenant, int limit, Optional<String> cursor, boolean includeDeleted) {

    public ListCatalogQuery {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(cursor, "cursor");
    }

    /** A page of the entries that are not deleted. */
    public ListCatalogQuery(Principal principal, TenantId tenant, int limit, Optional<String> cursor) {
        this(principal, tenant, limit, cursor, false);
    }
}
