package dev.ordercore.domain.planning;

import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violations;

import java.time.Instant;
import java.util.Objects;

/**
 * How many units of a product a tenant has available for procurement planning (R39), as an
 * operator last stated it. Setting it again replaces it: stock is a count, not a change.
 * A product without a stated level has none available.
 */
public record StockLevel(TenantId tenant, ProductId product, long quantity, Instant updatedAt, String updatedBy) {

    public static final long MAX_QUANTITY = 1_000_000_000_000L;

    public StockLevel {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(updatedBy, "updatedBy");
        if (quantity < 0 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("a stock level is 0-" + MAX_QUANTITY + " units, got " + quantity);
        }
    }

    /** A level as a request states it ({@code null} = missing); every violation is reported. */
    public static Result<StockLevel, OrderError> create(TenantId tenant, ProductId product, Long quantity, Instant at, String by) {
        Violations v = new Violations();
        if (quantity == null) {
            v.add("quantity", "required", "quantity is required: the units available now");
        } else {
            v.check(quantity < 0 || quantity > MAX_QUANTITY, "quantity", "out_of_range",
                    "quantity is 0-" + MAX_QUANTITY + " units, got " + quantity);
        }
        return v.isEmpty() ? Result.ok(new StockLevel(tenant, product, quantity, at, by)) : v.toResult(null);
    }
}
