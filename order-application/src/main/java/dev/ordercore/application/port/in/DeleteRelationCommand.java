package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.relation.RelationId;
import dev.ordercore.domain.shared.TenantId;
import java.util.Objects;

/** Remove a relation. */
public record DeleteRelationCommand(Principal principal, TenantId tenant, RelationId relationId) {

    public DeleteRelationCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(relationId, "relationId");
    }
}
