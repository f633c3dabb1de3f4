package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.order.LineItemId;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.shared.TenantId;
import java.util.Objects;
import java.util.Optional;

/** Move one line to {@code status}; {@code expectedVersion} is the order's version the caller read, checked when given. */
public record TransitionLineItemCommand(Principal principal, TenantId tenant, OrderId orderId, LineItemId lineItemId, String status, Optional<String> reason, boolean force, Optional<Long> expectedVersion) {

    public TransitionLineItemCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(lineItemId, "lineItemId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
