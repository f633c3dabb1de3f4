package dev.ordercore.domain.supplier;

import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.TenantId;

import java.time.Instant;
import java.util.Objects;

/** A supplier's answer to an order was received and applied; the payload is the whole confirmation. */
public record SupplierConfirmationReceived(SupplierConfirmation confirmation, Instant occurredAt) implements DomainEvent {

    public SupplierConfirmationReceived {
        Objects.requireNonNull(confirmation, "confirmation");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public TenantId tenant() { return confirmation.tenant(); }

    public String aggregateType() { return "order"; }

    public String aggregateId() { return confirmation.order().toString(); }

    public JsonObject payload() { return confirmation.toJson(); }
}
