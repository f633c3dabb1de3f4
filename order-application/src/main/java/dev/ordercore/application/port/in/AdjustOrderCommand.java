package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.LineItemId;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.shared.TenantId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Add and cancel lines, saying why. Fields that may be {@code null} are the request's own and come back as violations, never as exceptions. */
public record AdjustOrderCommand(Principal principal, TenantId tenant, OrderId orderId, List<LineItemDraft> add, List<LineItemId> cancel, String reason, Optional<Long> expectedVersion) {

    public AdjustOrderCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(orderId, "orderId");
        add = List.copyOf(add);
        cancel = List.copyOf(cancel);
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
