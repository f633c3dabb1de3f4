package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.shared.TenantId;
import java.util.Objects;

/** Place an order as {@code principal} in {@code tenant}. */
public record PlaceOrderCommand(Principal principal, TenantId tenant, OrderDraft draft) {

    public PlaceOrderCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(draft, "draft");
    }
}
