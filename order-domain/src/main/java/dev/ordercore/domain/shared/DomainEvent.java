package dev.ordercore.domain.shared;

import dev.ordercore.domain.json.JsonObject;

import java.time.Instant;

/**
 * Something that happened to an aggregate, recorded in the outbox in the same transaction as the
 * change (DESIGN.md §2 Events). The shape follows Debezium's outbox event router: an aggregate
 * type and id, an event type and a JSON payload. Events are named in the past tense.
 */
public interface DomainEvent {

    TenantId tenant();

    /** {@code order}, {@code intent}, {@code relation}, {@code case} or a catalog entry type. */
    String aggregateType();

    String aggregateId();

    /** The event's name, such as {@code OrderPlaced}. */
    default String type() {
        return getClass().getSimpleName();
    }

    Instant occurredAt();

    /** What happened, as data for subscribers; self-contained, so consumers need not read back. */
    JsonObject payload();
}
