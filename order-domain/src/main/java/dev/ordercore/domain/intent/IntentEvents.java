package dev.ordercore.domain.intent;

import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.OrderNumber;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violation;

import java.time.Instant;
import java.util.List;

/** What intents cause: accepted (an order was created) or rejected (with the reasons). */
public final class IntentEvents {

    private IntentEvents() {
    }

    public record IntentAccepted(TenantId tenant, IntentKey key, PayloadHash payloadHash, OrderId orderId, OrderNumber orderNumber,
                                 Instant occurredAt) implements DomainEvent {
        public String aggregateType() { return "intent"; }

        public String aggregateId() { return key.toString(); }

        public JsonObject payload() {
            return JsonObject.builder().put("sourceSystem", key.sourceSystem()).put("intentId", key.intentId())
                    .put("payloadHash", payloadHash.hex()).put("orderId", orderId.toString()).put("orderNumber", orderNumber.value())
                    .build();
        }
    }

    public record IntentRejected(TenantId tenant, IntentKey key, PayloadHash payloadHash, List<Violation> reasons,
                                 Instant occurredAt) implements DomainEvent {
        public IntentRejected {
            reasons = List.copyOf(reasons);
        }

        public String aggregateType() { return "intent"; }

        public String aggregateId() { return key.toString(); }

        public JsonObject payload() {
            return JsonObject.builder().put("sourceSystem", key.sourceSystem()).put("intentId", key.intentId())
                    .put("payloadHash", payloadHash.hex()).put("reasons", violations(reasons)).build();
        }
    }

    static JsonArray violations(List<Violation> reasons) {
        return new JsonArray(reasons.stream().<JsonValue>map(r -> JsonObject.builder().put("field", r.path()).put("code", r.code())
                .put("message", r.message()).build()).toList());
    }
}
