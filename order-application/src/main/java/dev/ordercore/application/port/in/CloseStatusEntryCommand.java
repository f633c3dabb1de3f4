package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.StatusEntryId;
import dev.ordercore.domain.shared.TenantId;
import java.util.Objects;
import java.util.Optional;

/** Close an entry of an order's history. */
public record CloseStatusEntryCommand(Principal principal, TenantId tenant, OrderId orderId, StatusEntryId entryId, Optional<String> reason, Optional<String> dedupeKey) {

    public CloseStatusEntryCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(dedupeKey, "dedupeKey");
    }
}
