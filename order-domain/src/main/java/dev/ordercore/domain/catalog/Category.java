package dev.ordercore.domain.catalog;

import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violations;

import java.time.Instant;
import java.util.Objects;

/** A group of klasses with a type (seed 003): rental equipment, wines, repairs. */
public record Category(CategoryId id, TenantId tenant, String name, CategoryType type, Instant createdAt) {

    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "createdAt");
        Violations v = new Violations();
        CatalogText.name(v, "name", name);
        if (!v.isEmpty()) {
            throw new IllegalArgumentException(v.toList().toString());
        }
    }

    /** A new category; {@code null} inputs are reported as missing, with every other violation. */
    public static Result<Category, OrderError> create(CategoryId id, TenantId tenant, String name, CategoryType type, Instant now) {
        Violations v = new Violations();
        CatalogText.name(v, "name", name);
        CatalogText.required(v, "type", type);
        return v.isEmpty() ? Result.ok(new Category(id, tenant, name.strip(), type, now)) : v.toResult(null);
    }
}
