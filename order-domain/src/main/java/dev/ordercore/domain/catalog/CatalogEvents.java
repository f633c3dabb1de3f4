package dev.ordercore.domain.catalog;

import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.TenantId;

import java.time.Instant;

/** Catalog entries created (categories, klasses, products, assets). */
public final class CatalogEvents {

    private CatalogEvents() {
    }

    /** {@code aggregateType} is the entry's type: category, klass, product or asset. */
    public record CatalogEntryCreated(TenantId tenant, String aggregateType, String aggregateId, JsonObject payload, Instant occurredAt)
            implements DomainEvent {
    }
}
