package dev.ordercore.domain.order;

import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The events orders cause (DESIGN.md §2 Events). Each is self-contained: consumers need not read back. */
public final class OrderEvents {

    private OrderEvents() {
    }

    /** An order was placed, directly or from an intent; the payload is the whole order. */
    public record OrderPlaced(TenantId tenant, OrderId orderId, JsonObject order, Instant occurredAt) implements DomainEvent {
        public OrderPlaced {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        public String aggregateType() { return "order"; }

        public String aggregateId() { return orderId.toString(); }

        public JsonObject payload() { return order; }
    }

    public record OrderStatusChanged(TenantId tenant, OrderId orderId, String from, String to, Optional<String> reason,
                                     boolean forced, String by, Instant occurredAt) implements DomainEvent {
        public String aggregateType() { return "order"; }

        public String aggregateId() { return orderId.toString(); }

        public JsonObject payload() {
            JsonObject.Builder b = JsonObject.builder().put("orderId", orderId.toString()).put("from", from).put("to", to)
                    .put("forced", forced).put("by", by);
            reason.ifPresent(r -> b.put("reason", r));
            return b.build();
        }
    }

    public record LineItemStatusChanged(TenantId tenant, OrderId orderId, LineItemId lineItemId, String from, String to,
                                        Optional<String> reason, boolean forced, String by, Instant occurredAt) implements DomainEvent {
        public String aggregateType() { return "order"; }

        public String aggregateId() { return orderId.toString(); }

        public JsonObject payload() {
            JsonObject.Builder b = JsonObject.builder().put("orderId", orderId.toString()).put("lineItemId", lineItemId.toString())
                    .put("from", from).put("to", to).put("forced", forced).put("by", by);
            reason.ifPresent(r -> b.put("reason", r));
            return b.build();
        }
    }

    public record OrderAdjusted(TenantId tenant, OrderId orderId, List<LineItemId> added, List<LineItemId> cancelled, String reason,
                                String by, JsonObject order, Instant occurredAt) implements DomainEvent {
        public OrderAdjusted {
            added = List.copyOf(added);
            cancelled = List.copyOf(cancelled);
        }

        public String aggregateType() { return "order"; }

        public String aggregateId() { return orderId.toString(); }

        public JsonObject payload() {
            return JsonObject.builder().put("orderId", orderId.toString()).put("added", ids(added)).put("cancelled", ids(cancelled))
                    .put("reason", reason).put("by", by).put("order", order).build();
        }
    }

    public record OrderDeleted(TenantId tenant, OrderId orderId, String reason, String by, Instant occurredAt) implements DomainEvent {
        public String aggregateType() { return "order"; }

        public String aggregateId() { return orderId.toString(); }

        public JsonObject payload() {
            return JsonObject.builder().put("orderId", orderId.toString()).put("reason", reason).put("by", by).build();
        }
    }

    /** A module writer (or an operator) appended an entry to an order's history, possibly closing another. */
    public record StatusEntryAppended(TenantId tenant, OrderId orderId, StatusEntryId entryId, Optional<LineItemId> lineItemId,
                                      StatusCode code, Severity severity, Optional<StatusEntryId> closes, JsonObject entryPayload,
                                      Instant recordedAt, String writtenBy, Instant occurredAt) implements DomainEvent {
        public String aggregateType() { return "order"; }

        public String aggregateId() { return orderId.toString(); }

        public JsonObject payload() {
            JsonObject.Builder b = JsonObject.builder().put("orderId", orderId.toString()).put("entryId", entryId.toString())
                    .put("code", code.toString()).put("module", code.namespace()).put("severity", severity.name())
                    .put("payload", entryPayload).put("recordedAt", recordedAt.toString()).put("writtenBy", writtenBy);
            lineItemId.ifPresent(l -> b.put("lineItemId", l.toString()));
            closes.ifPresent(c -> b.put("closes", c.toString()));
            return b.build();
        }
    }

    private static JsonArray ids(List<LineItemId> ids) {
        return new JsonArray(ids.stream().<JsonValue>map(id -> new JsonString(id.toString())).toList());
    }
}
