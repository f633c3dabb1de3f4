package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.shared.TenantId;

import java.util.Objects;

/** Read the charges an order's lines produce. */
public record GetBillingScheduleQuery(Principal principal, TenantId tenant, OrderId orderId) {

    public GetBillingScheduleQuery {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(orderId, "orderId");
    }
}
