package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.shared.TenantId;

import java.util.Objects;

public record ListSupplierConfirmationsQuery(Principal principal, TenantId tenant, OrderId orderId) {

    public ListSupplierConfirmationsQuery {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(orderId, "orderId");
    }
}
