package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.shared.TenantId;
import java.util.Objects;

/** Add an asset; {@code null} fields are reported as missing. Fields that may be {@code null} are the request's own and come back as violations, never as exceptions. */
public record CreateAssetCommand(Principal principal, TenantId tenant, ProductId productId, String serialNumber) {

    public CreateAssetCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
    }
}
