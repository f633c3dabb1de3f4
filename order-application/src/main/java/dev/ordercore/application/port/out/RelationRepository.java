package dev.ordercore.application.port.out;

import dev.ordercore.domain.relation.EntityRef;
import dev.ordercore.domain.relation.Relation;
import dev.ordercore.domain.relation.RelationId;
import dev.ordercore.domain.shared.TenantId;

import java.util.List;
import java.util.Optional;

/** Relations between entities, unique per (source, target, type) within a tenant (R27). */
public interface RelationRepository {

    /** Throws {@link DuplicateKeyException} if a relation with the same source, target and type exists. */
    void insert(Relation relation);

    Optional<Relation> find(TenantId tenant, RelationId id);

    /** Removes the relation; false if there was none. */
    boolean delete(TenantId tenant, RelationId id);

    /** Every relation with {@code entity} as source or target, oldest first (then by id in byte order). */
    List<Relation> listFor(TenantId tenant, EntityRef entity);
}
