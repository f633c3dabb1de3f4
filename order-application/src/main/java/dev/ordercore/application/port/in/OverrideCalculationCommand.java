package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.pricing.OrderCalculation;
import dev.ordercore.domain.shared.TenantId;

import java.util.Objects;
import java.util.Optional;

/** State an order's calculation by hand, with the reason; {@code expectedVersion} is the order version the caller read. */
public record OverrideCalculationCommand(Principal principal, TenantId tenant, OrderId orderId, OrderCalculation.ManualDraft calculation,
                                         String reason, Optional<Long> expectedVersion) {

    public OverrideCalculationCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(calculation, "calculation");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
