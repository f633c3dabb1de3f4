package dev.ordercore.domain.customer;

import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.TenantId;

import java.time.Instant;

/** Customers registered and changed; the payload is the customer as it stands afterwards. */
public final class CustomerEvents {

    public static final String AGGREGATE_TYPE = "customer";

    private CustomerEvents() {
    }

    public record CustomerCreated(TenantId tenant, String aggregateId, JsonObject payload, Instant occurredAt) implements DomainEvent {
        public String aggregateType() {
            return AGGREGATE_TYPE;
        }
    }

    /** The payload is the customer after the change, with the names of the fields that changed under {@code changed}. */
    public record CustomerUpdated(TenantId tenant, String aggregateId, JsonObject payload, Instant occurredAt) implements DomainEvent {
        public String aggregateType() {
            return AGGREGATE_TYPE;
        }
    }
}
