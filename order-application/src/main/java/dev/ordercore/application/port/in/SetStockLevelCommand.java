package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.shared.TenantId;

import java.util.Objects;

/** States how many units of a product of the tenant's catalog are available ({@code null} = missing). */
public record SetStockLevelCommand(Principal principal, TenantId tenant, ProductId product, Long quantity) {

    public SetStockLevelCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(product, "product");
    }
}
