package dev.ordercore.domain.relation;

import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.TenantId;

import java.time.Instant;

/** Relations created and deleted. */
public final class RelationEvents {

    private RelationEvents() {
    }

    public record RelationCreated(Relation relation) implements DomainEvent {
        public TenantId tenant() { return relation.tenant(); }

        public String aggregateType() { return "relation"; }

        public String aggregateId() { return relation.id().toString(); }

        public Instant occurredAt() { return relation.createdAt(); }

        public JsonObject payload() { return json(relation); }
    }

    public record RelationDeleted(Relation relation, String by, Instant occurredAt) implements DomainEvent {
        public TenantId tenant() { return relation.tenant(); }

        public String aggregateType() { return "relation"; }

        public String aggregateId() { return relation.id().toString(); }

        public JsonObject payload() { return JsonObject.builder().put("relation", json(relation)).put("by", by).build(); }
    }

    static JsonObject json(Relation r) {
        return JsonObject.builder()
                .put("id", r.id().toString())
                .put("source", JsonObject.builder().put("type", r.source().type()).put("id", r.source().id()).build())
                .put("target", JsonObject.builder().put("type", r.target().type()).put("id", r.target().id()).build())
                .put("type", r.type().value())
                .put("metadata", r.metadata())
                .put("createdAt", r.createdAt().toString())
                .put("createdBy", r.createdBy())
                .build();
    }
}
