package dev.ordercore.domain.catalog;

import dev.ordercore.domain.shared.Text;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violations;

import java.time.Instant;
import java.util.Objects;

/**
 * One serialized unit of a product, such as excavator #7 (seed 003). A line bound to an asset
 * has quantity 1 (R3). Serial numbers are unique per product.
 */
public record Asset(AssetId id, TenantId tenant, ProductId product, String serialNumber, Instant createdAt) {

    public static final int MAX_SERIAL = 100;

    public Asset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(createdAt, "createdAt");
        Violations v = check(serialNumber);
        if (!v.isEmpty()) {
            throw new IllegalArgumentException(v.toList().toString());
        }
    }

    public static Result<Asset, OrderError> create(AssetId id, TenantId tenant, ProductId product, String serialNumber, Instant now) {
        Violations v = check(serialNumber);
        CatalogText.required(v, "productId", product);
        return v.isEmpty() ? Result.ok(new Asset(id, tenant, product, serialNumber.strip(), now)) : v.toResult(null);
    }

    private static Violations check(String serialNumber) {
        Violations v = new Violations();
        if (serialNumber == null) {
            v.add("serialNumber", "required", "serialNumber is required");
        } else if (serialNumber.isBlank()) {
            v.add("serialNumber", "blank", "serialNumber must not be blank");
        } else if (serialNumber.length() > MAX_SERIAL) {
            v.add("serialNumber", "too_long", "serialNumber has at most " + MAX_SERIAL + " characters");
        } else if (!Text.storable(serialNumber)) {
            Text.unstorable(v, "serialNumber");
        }
        return v;
    }
}
