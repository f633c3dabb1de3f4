package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordercore.domain.catalog.Asset;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassPricing;
import dev.ordercore.domain.catalog.Product;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import io.javalin.openapi.OpenApiPropertyType;

/** Catalog entries as the API shows them: prices as decimal strings, absent values as {@code null}. */
final class CatalogResponses {

    private CatalogResponses() {
    }

    /** One page of entries in creation order, and the cursor of the next page ({@code null} on the last). */
    record PageResponse<T>(List<T> items, String nextCursor) {
    }

    record CategoryResponse(UUID id, String name, String type, Instant createdAt) {
        static CategoryResponse of(Category c) {
            return new CategoryResponse(c.id().value(), c.name(), c.type().name(), c.createdAt());
        }
    }

    record KlassResponse(UUID id, String name, UUID categoryId, List<PriceResponse> pricing, Instant createdAt) {
        static KlassResponse of(Klass k) {
            return new KlassResponse(k.id().value(), k.name(), k.category().value(), k.pricing().stream().map(PriceResponse::of).toList(),
                    k.createdAt());
        }
    }

    record PriceResponse(String frequency, String price, String currency) {
        static PriceResponse of(KlassPricing p) {
            return new PriceResponse(p.frequency().map(Enum::name).orElse(null), p.price().amount().toPlainString(),
                    p.price().currency().getCurrencyCode());
        }
    }

    record ProductResponse(UUID id, UUID klassId, String sku, String name, @OpenApiPropertyType(definedBy = Object.class) JsonNode attributes, Instant createdAt) {
        static ProductResponse of(Product p) {
            return new ProductResponse(p.id().value(), p.klass().value(), p.sku(), p.name(), JsonTrees.toJackson(p.attributes()),
                    p.createdAt());
        }
    }

    record AssetResponse(UUID id, UUID productId, String serialNumber, Instant createdAt) {
        static AssetResponse of(Asset a) {
            return new AssetResponse(a.id().value(), a.product().value(), a.serialNumber(), a.createdAt());
        }
    }
}
