package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.catalog.CategoryType;
import dev.ordercore.domain.shared.TenantId;
import java.util.Objects;

/** Add a category; {@code null} fields are reported as missing. Fields that may be {@code null} are the request's own and come back as violations, never as exceptions. */
public record CreateCategoryCommand(Principal principal, TenantId tenant, String name, CategoryType type) {

    public CreateCategoryCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
    }
}
