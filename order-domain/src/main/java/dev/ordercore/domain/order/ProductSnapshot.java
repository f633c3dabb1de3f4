package dev.ordercore.domain.order;

import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.json.JsonObject;

import java.util.Objects;

/**
 * The product as it was when the line was created (R9, seed 001's item snapshot): SKU, name,
 * klass and attributes. It never changes afterwards, whatever happens to the catalog.
 */
public record ProductSnapshot(ProductId product, String sku, String name, KlassId klass, String klassName, JsonObject attributes) {

    public ProductSnapshot {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(klass, "klass");
        Objects.requireNonNull(klassName, "klassName");
        Objects.requireNonNull(attributes, "attributes");
    }

    public static ProductSnapshot of(Product product, Klass klass) {
        if (!product.klass().equals(klass.id())) {
            throw new IllegalArgumentException("product " + product.id() + " belongs to klass " + product.klass() + ", not " + klass.id());
        }
        return new ProductSnapshot(product.id(), product.sku(), product.name(), klass.id(), klass.name(), product.attributes());
    }
}
