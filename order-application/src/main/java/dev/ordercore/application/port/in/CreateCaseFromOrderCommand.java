package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.shared.TenantId;
import java.util.List;
import java.util.Objects;

/** Open a case for an order (seed 000: "Deliver order #1234"). Fields that may be {@code null} are the request's own and come back as violations, never as exceptions. */
public record CreateCaseFromOrderCommand(Principal principal, TenantId tenant, OrderId orderId, String title, List<String> tags) {

    public CreateCaseFromOrderCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(orderId, "orderId");
    }
}
