package dev.ordercore.domain.planning;

import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.shared.Uuids;

import java.util.Comparator;
import java.util.Objects;

/** Units of one product ordered over a period. */
public record ProductQuantity(ProductId product, long quantity) {

    /** Most units first; ties by product id in byte order. */
    public static final Comparator<ProductQuantity> MOST_FIRST = Comparator.comparingLong(ProductQuantity::quantity).reversed()
            .thenComparing(p -> p.product().value(), Uuids.BYTE_ORDER);

    public ProductQuantity {
        Objects.requireNonNull(product, "product");
        if (quantity < 1) {
            throw new IllegalArgumentException("a product quantity is 1 or more, got " + quantity);
        }
    }
}
