package dev.ordercore.adapter.postgres;

import dev.ordercore.application.port.out.RelationRepository;
import dev.ordercore.domain.relation.EntityRef;
import dev.ordercore.domain.relation.Relation;
import dev.ordercore.domain.relation.RelationId;
import dev.ordercore.domain.shared.TenantId;
import java.util.List;
import java.util.Optional;

/** Relations between entities. */
final class PostgresRelationRepository implements RelationRepository {

    private final Database db;

    PostgresRelationRepository(Database db) {
        this.db = db;
    }

    @Override
    public void insert(Relation relation) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }

    @Override
    public Optional<Relation> find(TenantId tenant, RelationId id) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }

    @Override
    public boolean delete(TenantId tenant, RelationId id) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }

    @Override
    public List<Relation> listFor(TenantId tenant, EntityRef entity) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }
}
