package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.StatusEntries;
import dev.ordercore.domain.shared.TenantId;
import java.util.Objects;

/** Append an entry to an order's history. */
public record AppendStatusEntryCommand(Principal principal, TenantId tenant, OrderId orderId, StatusEntries.Request entry) {

    public AppendStatusEntryCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(entry, "entry");
    }
}
