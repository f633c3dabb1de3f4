package dev.ordercore.domain.order;

import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonValue;

import java.util.List;

/** An order as event payloads carry it: the canonical order, in the same field names as the HTTP API. */
public final class OrderJson {

    private OrderJson() {
    }

    public static JsonObject of(Order order, LifecycleSet lifecycles) {
        Order.State s = order.state();
        JsonObject.Builder b = JsonObject.builder()
                .put("id", s.id().toString())
                .put("number", s.number().value())
                .put("tenantId", s.tenant().value())
                .put("currency", s.currency().getCurrencyCode())
                .put("status", s.status())
                .put("version", s.version())
                .put("total", order.total(lifecycles).amount())
                .put("createdAt", s.createdAt().toString())
                .put("createdBy", s.createdBy());
        s.customer().ifPresent(c -> b.put("customerId", c.toString()));
        s.vendor().ifPresent(v -> b.put("vendorId", v.toString()));
        s.intentRef().ifPresent(i -> b.put("intent", JsonObject.builder().put("sourceSystem", i.sourceSystem())
                .put("intentId", i.intentId()).build()));
        s.estimatedDelivery().ifPresent(d -> b.put("estimatedDeliveryDate", d.toString()));
        List<JsonValue> lines = s.lineItems().stream().<JsonValue>map(OrderJson::line).toList();
        b.put("lineItems", new JsonArray(lines));
        return b.build();
    }

    private static JsonObject line(LineItem l) {
        JsonObject.Builder b = JsonObject.builder()
                .put("id", l.id().toString())
                .put("kind", l.kind().name())
                .put("status", l.status())
                .put("quantity", l.quantity())
                .put("unitPrice", l.unitPrice().amount())
                .put("amount", l.amount().amount());
        l.ref().ifPresent(r -> b.put("ref", r));
        l.klass().ifPresent(k -> b.put("klassId", k.toString()));
        l.product().ifPresent(p -> b.put("productId", p.toString()));
        l.asset().ifPresent(a -> b.put("assetId", a.toString()));
        l.description().ifPresent(d -> b.put("description", d));
        l.customer().ifPresent(c -> b.put("customerId", c.toString()));
        l.vendor().ifPresent(v -> b.put("vendorId", v.toString()));
        l.modifies().ifPresent(m -> b.put("modifies", m.toString()));
        l.charge().ifPresent(c -> {
            JsonObject.Builder cb = JsonObject.builder().put("modifierId", c.modifier().toString()).put("kind", c.kind().name());
            c.rule().ifPresent(r -> cb.put("ruleId", r.toString()));
            b.put("charge", cb.build());
        });
        if (l.dates() instanceof Dates.Period p) {
            b.put("from", p.from().toString()).put("to", p.to().toString());
        } else {
            b.put("on", l.dates().start().toString());
        }
        return b.build();
    }
}
