package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.relation.EntityRef;
import dev.ordercore.domain.shared.TenantId;
import java.util.Objects;

/** Link {@code source} to {@code target}. Fields that may be {@code null} are the request's own and come back as violations, never as exceptions. */
public record CreateRelationCommand(Principal principal, TenantId tenant, EntityRef source, EntityRef target, String type, JsonObject metadata) {

    public CreateRelationCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
    }
}
