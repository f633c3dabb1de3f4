package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.shared.TenantId;

import java.util.Objects;

/** Read one customer with the metrics its orders add up to. */
public record GetCustomerQuery(Principal principal, TenantId tenant, CustomerId customerId) {

    public GetCustomerQuery {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(customerId, "customerId");
    }
}
