package dev.ordercore.domain.catalog;

import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violations;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A group of klasses with a type (seed 003): rental equipment, wines, repairs. Soft-deleted only:
 * a deleted category stays readable, and no new klass or order line may use it or its klasses.
 */
public record Category(CategoryId id, TenantId tenant, String name, CategoryType type, Instant createdAt, Optional<Instant> deletedAt) {

    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(deletedAt, "deletedAt");
        Violations v = new Violations();
        CatalogText.name(v, "name", name);
        if (!v.isEmpty()) {
            throw new IllegalArgumentException(v.toList().toString());
        }
    }

    /** A category that is not deleted. */
    public Category(CategoryId id, TenantId tenant, String name, CategoryType type, Instant createdAt) {
        this(id, tenant, name, type, createdAt, Optional.empty());
    }

    /** A new category; {@code null} inputs are reported as missing, with every other violation. */
    public static Result<Category, OrderError> create(CategoryId id, TenantId tenant, String name, CategoryType type, Instant now) {
        Violations v = new Violations();
        CatalogText.name(v, "name", name);
        CatalogText.required(v, "type", type);
        return v.isEmpty() ? Result.ok(new Category(id, tenant, name.strip(), type, now)) : v.toResult(null);
    }

    public boolean isDeleted() {
        return deletedAt.isPresent();
    }

    /** This category deleted at {@code at}; one already deleted keeps the time it was first deleted. */
    public Category deleted(Instant at) {
        return isDeleted() ? this : new Category(id, tenant, name, type, createdAt, Optional.of(at));
    }
}
