package dev.ordercore.domain.catalog;

import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.TenantId;

import java.time.Instant;

/** Catalog entries created and (softly) deleted: categories, klasses, products, assets, modifiers and modifier rules. */
public final class CatalogEvents {

    private CatalogEvents() {
    }

    /** {@code aggregateType} is the entry's type: category, klass, product, asset, modifier or modifier_rule. */
    public record CatalogEntryCreated(TenantId tenant, String aggregateType, String aggregateId, JsonObject payload, Instant occurredAt)
            implements DomainEvent {
    }

    /**
     * An entry was marked deleted: it stays readable by id (the payload carries its {@code deletedAt}),
     * and no new order line or rule may use it. Recorded once, when the entry is first deleted.
     */
    public record CatalogEntryDeleted(TenantId tenant, String aggregateType, String aggregateId, JsonObject payload, Instant occurredAt)
            implements DomainEvent {
    }
}
