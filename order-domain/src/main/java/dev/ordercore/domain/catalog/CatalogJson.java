package dev.ordercore.domain.catalog;

import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonValue;

/** Catalog entries as event payloads carry them, in the field names of the HTTP API. */
public final class CatalogJson {

    private CatalogJson() {
    }

    public static JsonObject of(Category c) {
        return JsonObject.builder().put("id", c.id().toString()).put("name", c.name()).put("type", c.type().name())
                .put("createdAt", c.createdAt().toString()).build();
    }

    public static JsonObject of(Klass k) {
        return JsonObject.builder().put("id", k.id().toString()).put("name", k.name()).put("categoryId", k.category().toString())
                .put("pricing", new JsonArray(k.pricing().stream().<JsonValue>map(p -> {
                    JsonObject.Builder b = JsonObject.builder().put("price", p.price().amount())
                            .put("currency", p.price().currency().getCurrencyCode());
                    if (p.frequency().isPresent()) {
                        b.put("frequency", p.frequency().get().name());
                    } else {
                        b.putNull("frequency");
                    }
                    return b.build();
                }).toList()))
                .put("createdAt", k.createdAt().toString()).build();
    }

    public static JsonObject of(Product p) {
        return JsonObject.builder().put("id", p.id().toString()).put("klassId", p.klass().toString()).put("sku", p.sku())
                .put("name", p.name()).put("attributes", p.attributes()).put("createdAt", p.createdAt().toString()).build();
    }

    public static JsonObject of(Asset a) {
        return JsonObject.builder().put("id", a.id().toString()).put("productId", a.product().toString())
                .put("serialNumber", a.serialNumber()).put("createdAt", a.createdAt().toString()).build();
    }
}
