package dev.ordercore.domain.pricing;

import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.TenantId;

import java.time.Instant;
import java.util.Objects;

/** Someone stated an order's calculation by hand (R31); the payload carries the amounts, who and why. */
public record CalculationOverridden(TenantId tenant, OrderId orderId, JsonObject calculation, String reason, String by,
                                    Instant occurredAt) implements DomainEvent {

    public CalculationOverridden {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(calculation, "calculation");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public String aggregateType() { return "order"; }

    public String aggregateId() { return orderId.toString(); }

    public JsonObject payload() {
        return JsonObject.builder().put("orderId", orderId.toString()).put("method", "MANUAL").put("calculation", calculation)
                .put("reason", reason).put("by", by).build();
    }
}
