package dev.ordercore.domain.catalog;

import dev.ordercore.domain.json.JsonChecks;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violations;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A concrete SKU of a klass (seed 003), with attributes as data: for wine the producer, vintage,
 * alcohol percentage and bottle size (seed 001). Lines copy a product into their snapshot when
 * the order is placed (R9). SKUs are unique per tenant. Soft-deleted only: lines that sold it keep
 * pointing at it, and no new line may use it.
 */
public record Product(ProductId id, TenantId tenant, KlassId klass, String sku, String name, JsonObject attributes, Instant createdAt,
                      Optional<Instant> deletedAt) {

    public static final int MAX_ATTRIBUTES_BYTES = 16 * 1024;
    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");

    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(klass, "klass");
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(deletedAt, "deletedAt");
        Violations v = check(sku, name);
        if (!v.isEmpty()) {
            throw new IllegalArgumentException(v.toList().toString());
        }
    }

    /** A product that is not deleted. */
    public Product(ProductId id, TenantId tenant, KlassId klass, String sku, String name, JsonObject attributes, Instant createdAt) {
        this(id, tenant, klass, sku, name, attributes, createdAt, Optional.empty());
    }

    public boolean isDeleted() {
        return deletedAt.isPresent();
    }

    /** This product deleted at {@code at}; one already deleted keeps the time it was first deleted. Its SKU stays taken. */
    public Product deleted(Instant at) {
        return isDeleted() ? this : new Product(id, tenant, klass, sku, name, attributes, createdAt, Optional.of(at));
    }

    public static Result<Product, OrderError> create(ProductId id, TenantId tenant, KlassId klass, String sku, String name,
                                                     JsonObject attributes, Instant now) {
        Violations v = check(sku, name);
        CatalogText.required(v, "klassId", klass);
        if (attributes != null) {
            JsonChecks.storable(v, "attributes", attributes, MAX_ATTRIBUTES_BYTES);
            AlcoholContent.read(attributes, v.at("attributes")); // both alcohol attributes or neither, valid (R31's excise needs them)
        }
        return v.isEmpty()
                ? Result.ok(new Product(id, tenant, klass, sku, name.strip(), attributes == null ? JsonObject.empty() : attributes, now))
                : v.toResult(null);
    }

    private static Violations check(String sku, String name) {
        Violations v = new Violations();
        if (sku == null) {
            v.add("sku", "required", "sku is required");
        } else if (!SKU.matcher(sku).matches()) {
            v.add("sku", "invalid_sku", "a sku is 1-64 characters of letters, digits and . _ / - starting with a letter or digit");
        }
        CatalogText.name(v, "name", name);
        return v;
    }
}
