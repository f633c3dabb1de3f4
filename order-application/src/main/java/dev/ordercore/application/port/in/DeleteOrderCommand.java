package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.shared.TenantId;
import java.util.Objects;
import java.util.Optional;

/** Soft-delete an order. */
public record DeleteOrderCommand(Principal principal, TenantId tenant, OrderId orderId, Optional<String> reason, Optional<Long> expectedVersion) {

    public DeleteOrderCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
