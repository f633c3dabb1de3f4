package dev.ordercore.adapter.postgres;

import dev.ordercore.adapter.postgres.jooq.tables.records.OutboxRecord;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.TenantId;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An event as the outbox holds it: subscribers of the relay receive these, not the records the
 * domain raised, since the row is all that survives the commit. {@code id} is what a consumer
 * deduplicates on (delivery is at least once); {@code position} is the order of appends.
 */
record RecordedEvent(UUID id, long position, TenantId tenant, String aggregateType, String aggregateId, String type,
                     Instant occurredAt, JsonObject payload) implements DomainEvent {

    RecordedEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
    }

    static RecordedEvent of(OutboxRecord row) {
        return new RecordedEvent(row.getId(), row.getPosition(), TenantId.of(row.getTenantId()), row.getAggregatetype(),
                row.getAggregateid(), row.getType(), Rows.instant(row.getOccurredAt()), JsonText.object(row.getPayload()));
    }
}
