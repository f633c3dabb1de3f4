package dev.ordercore.domain.catalog;

import dev.ordercore.domain.shared.Text;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violations;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One serialized unit of a product, such as excavator #7 (seed 003). A line bound to an asset
 * has quantity 1 (R3). Serial numbers are unique per product. Soft-deleted only (a unit sold or
 * scrapped): lines that rented it keep pointing at it, and no new line may use it.
 */
public record Asset(AssetId id, TenantId tenant, ProductId product, String serialNumber, Instant createdAt, Optional<Instant> deletedAt) {

    public static final int MAX_SERIAL = 100;

    public Asset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(deletedAt, "deletedAt");
        Violations v = check(serialNumber);
        if (!v.isEmpty()) {
            throw new IllegalArgumentException(v.toList().toString());
        }
    }

    /** An asset that is not deleted. */
    public Asset(AssetId id, TenantId tenant, ProductId product, String serialNumber, Instant createdAt) {
        this(id, tenant, product, serialNumber, createdAt, Optional.empty());
    }

    public boolean isDeleted() {
        return deletedAt.isPresent();
    }

    /** This asset deleted at {@code at}; one already deleted keeps the time it was first deleted. */
    public Asset deleted(Instant at) {
        return isDeleted() ? this : new Asset(id, tenant, product, serialNumber, createdAt, Optional.of(at));
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
