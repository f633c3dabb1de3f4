package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.shared.TenantId;
import java.util.Objects;
import java.util.Optional;

/** Move an order to {@code status}; {@code expectedVersion} is the version the caller read (HTTP If-Match), checked when given. */
public record TransitionOrderCommand(Principal principal, TenantId tenant, OrderId orderId, String status, Optional<String> reason, boolean force, Optional<Long> expectedVersion) {

    public TransitionOrderCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
