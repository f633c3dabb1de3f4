package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.shared.TenantId;
import java.util.List;
import java.util.Objects;

/** Open a case. Fields that may be {@code null} are the request's own and come back as violations, never as exceptions. */
public record CreateCaseCommand(Principal principal, TenantId tenant, String title, List<String> tags) {

    public CreateCaseCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
    }
}
