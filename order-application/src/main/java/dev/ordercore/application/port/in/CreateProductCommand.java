package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.TenantId;
import java.util.Objects;

/** Add a product; {@code null} fields are reported as missing. Fields that may be {@code null} are the request's own and come back as violations, never as exceptions. */
public record CreateProductCommand(Principal principal, TenantId tenant, KlassId klassId, String sku, String name, JsonObject attributes) {

    public CreateProductCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
    }
}
