package dev.ordercore.domain.catalog;

import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.shared.Money;

import java.time.Instant;
import java.util.Optional;

/**
 * Catalog entries as event payloads carry them, in the field names of the HTTP API. A deleted
 * entry carries its {@code deletedAt}; one that is not deleted leaves it out.
 */
public final class CatalogJson {

    private CatalogJson() {
    }

    public static JsonObject of(Category c) {
        JsonObject.Builder b = JsonObject.builder().put("id", c.id().toString()).put("name", c.name()).put("type", c.type().name())
                .put("createdAt", c.createdAt().toString());
        return deleted(b, c.deletedAt());
    }

    public static JsonObject of(Klass k) {
        JsonObject.Builder b = JsonObject.builder().put("id", k.id().toString()).put("name", k.name()).put("categoryId", k.category().toString())
                .put("pricing", new JsonArray(k.pricing().stream().<JsonValue>map(p -> {
                    JsonObject.Builder price = JsonObject.builder().put("price", p.price().amount())
                            .put("currency", p.price().currency().getCurrencyCode());
                    if (p.frequency().isPresent()) {
                        price.put("frequency", p.frequency().get().name());
                    } else {
                        price.putNull("frequency");
                    }
                    return price.build();
                }).toList()))
                .put("createdAt", k.createdAt().toString());
        return deleted(b, k.deletedAt());
    }

    public static JsonObject of(Product p) {
        JsonObject.Builder b = JsonObject.builder().put("id", p.id().toString()).put("klassId", p.klass().toString()).put("sku", p.sku())
                .put("name", p.name()).put("attributes", p.attributes()).put("createdAt", p.createdAt().toString());
        return deleted(b, p.deletedAt());
    }

    public static JsonObject of(Asset a) {
        JsonObject.Builder b = JsonObject.builder().put("id", a.id().toString()).put("productId", a.product().toString())
                .put("serialNumber", a.serialNumber()).put("createdAt", a.createdAt().toString());
        return deleted(b, a.deletedAt());
    }

    public static JsonObject of(OrderModifier m) {
        JsonObject.Builder b = JsonObject.builder().put("id", m.id().toString()).put("name", m.name()).put("kind", m.kind().name());
        if (m.description().isPresent()) {
            b.put("description", m.description().get());
        } else {
            b.putNull("description");
        }
        b.put("createdAt", m.createdAt().toString());
        return deleted(b, m.deletedAt());
    }

    /** A rule as its request states it: {@code condition} with absent parts as {@code null}, {@code effect} by type. */
    public static JsonObject of(OrderModifierRule r) {
        OrderModifierRule.Condition c = r.condition();
        JsonObject.Builder condition = JsonObject.builder()
                .put("kinds", new JsonArray(c.kinds().stream().sorted().<JsonValue>map(k -> JsonValue.of(k.name())).toList()));
        optional(condition, "categoryId", c.category().map(CategoryId::toString));
        optional(condition, "klassId", c.klass().map(KlassId::toString));
        if (c.minLineAmount().isPresent()) {
            condition.put("minLineAmount", money(c.minLineAmount().get()));
        } else {
            condition.putNull("minLineAmount");
        }
        JsonObject.Builder effect = JsonObject.builder();
        if (r.effect() instanceof OrderModifierRule.Effect.Fixed f) {
            effect.put("type", "FIXED").put("amount", f.amount().amount()).put("currency", f.amount().currency().getCurrencyCode());
        } else if (r.effect() instanceof OrderModifierRule.Effect.PerUnit p) {
            effect.put("type", "PER_UNIT").put("amount", p.amount().amount()).put("currency", p.amount().currency().getCurrencyCode());
        } else if (r.effect() instanceof OrderModifierRule.Effect.Percent p) {
            effect.put("type", "PERCENT").put("percent", p.percent());
        }
        JsonObject.Builder b = JsonObject.builder().put("id", r.id().toString()).put("modifierId", r.modifier().toString())
                .put("condition", condition.build()).put("effect", effect.build()).put("createdAt", r.createdAt().toString());
        return deleted(b, r.deletedAt());
    }

    private static JsonObject money(Money m) {
        return JsonObject.builder().put("amount", m.amount()).put("currency", m.currency().getCurrencyCode()).build();
    }

    private static void optional(JsonObject.Builder b, String field, Optional<String> value) {
        if (value.isPresent()) {
            b.put(field, value.get());
        } else {
            b.putNull(field);
        }
    }

    private static JsonObject deleted(JsonObject.Builder b, Optional<Instant> deletedAt) {
        deletedAt.ifPresent(at -> b.put("deletedAt", at.toString()));
        return b.build();
    }
}
