package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.relation.EntityRef;
import dev.ordercore.domain.shared.TenantId;
import java.util.Objects;

/** The relations of one entity. */
public record ListRelationsQuery(Principal principal, TenantId tenant, EntityRef entity) {

    public ListRelationsQuery {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(entity, "entity");
    }
}
