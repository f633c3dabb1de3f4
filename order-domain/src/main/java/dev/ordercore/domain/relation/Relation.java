package dev.ordercore.domain.relation;

import dev.ordercore.domain.json.JsonChecks;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violations;

import java.time.Instant;
import java.util.Objects;

/**
 * A link between two entities with a type and metadata (seed 000). Orders and cases never refer
 * to each other directly; relations are the only link (R26). A relation is unique per source,
 * target and type (R27), and its target may be external.
 */
public record Relation(RelationId id, TenantId tenant, EntityRef source, EntityRef target, RelationType type, JsonObject metadata,
                       Instant createdAt, String createdBy) {

    public static final int MAX_METADATA_BYTES = 16 * 1024;

    public Relation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        if (source.equals(target)) {
            throw new IllegalArgumentException("a relation links two different entities");
        }
    }

    /** A new relation; {@code null} inputs are reported as missing, with every other violation. */
    public static Result<Relation, OrderError> create(RelationId id, TenantId tenant, EntityRef source, EntityRef target,
                                                      String type, JsonObject metadata, String createdBy, Instant now) {
        Violations v = new Violations();
        if (source == null) {
            v.add("source", "required", "source is required");
        }
        if (target == null) {
            v.add("target", "required", "target is required");
        }
        if (source != null && source.equals(target)) {
            v.add("target", "self_relation", "a relation links two different entities");
        }
        if (type == null) {
            v.add("type", "required", "type is required");
        } else if (!RelationType.SHAPE.matcher(type).matches()) {
            v.add("type", "invalid_type", "a relation type is a lowercase identifier ([a-z][a-z0-9_]*, at most 40), such as ordre_oprettet");
        }
        JsonObject meta = metadata == null ? JsonObject.empty() : metadata;
        JsonChecks.storable(v, "metadata", meta, MAX_METADATA_BYTES);
        return v.isEmpty()
                ? Result.ok(new Relation(id, tenant, source, target, new RelationType(type), meta, now, createdBy))
                : v.toResult(null);
    }

    /** Whether {@code entity} is either end of this relation. */
    public boolean touches(EntityRef entity) {
        return source.equals(entity) || target.equals(entity);
    }

    /** The uniqueness key of R27. */
    public String uniqueKey() {
        return source + " -" + type + "-> " + target;
    }
}
