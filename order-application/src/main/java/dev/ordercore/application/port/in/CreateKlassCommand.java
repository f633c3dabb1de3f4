package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.shared.TenantId;
import java.util.List;
import java.util.Objects;

/** Add a klass; {@code null} fields are reported as missing. Fields that may be {@code null} are the request's own and come back as violations, never as exceptions. */
public record CreateKlassCommand(Principal principal, TenantId tenant, String name, CategoryId categoryId, List<Klass.PriceDraft> pricing) {

    public CreateKlassCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
    }
}
