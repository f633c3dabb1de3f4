package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.supplier.SupplierConfirmationDraft;

import java.util.Objects;
import java.util.Optional;

/** Record a supplier's answer to an order; {@code expectedVersion} is the order version the caller read (HTTP If-Match), checked when given. */
public record ConfirmBySupplierCommand(Principal principal, TenantId tenant, OrderId orderId, SupplierConfirmationDraft confirmation,
                                       Optional<Long> expectedVersion) {

    public ConfirmBySupplierCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(confirmation, "confirmation");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
