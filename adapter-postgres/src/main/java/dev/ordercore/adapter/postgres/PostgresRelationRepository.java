package dev.ordercore.adapter.postgres;

import dev.ordercore.adapter.postgres.jooq.tables.records.RelationsRecord;
import dev.ordercore.application.port.out.RelationRepository;
import dev.ordercore.domain.relation.EntityRef;
import dev.ordercore.domain.relation.Relation;
import dev.ordercore.domain.relation.RelationId;
import dev.ordercore.domain.relation.RelationType;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.TenantId;

import java.util.List;
import java.util.Optional;

import static dev.ordercore.adapter.postgres.jooq.Tables.RELATIONS;

/** Relations, unique per tenant, both ends and type (R27, the relations_ends_uk constraint); indexed by either end for listing. */
final class PostgresRelationRepository implements RelationRepository {

    private final Database db;

    PostgresRelationRepository(Database db) {
        this.db = db;
    }

    @Override
    public void insert(Relation relation) {
        db.run(relation.tenant(), dsl -> {
            UniqueInsert.insert(dsl, row(relation), EntityType.RELATION,
                    RELATIONS.TENANT_ID.eq(relation.tenant().value()).and(RELATIONS.ID.eq(relation.id().value())),
                    relation.id(), relation.uniqueKey());
            return null;
        });
    }

    @Override
    public Optional<Relation> find(TenantId tenant, RelationId id) {
        return db.run(tenant, dsl -> dsl.selectFrom(RELATIONS)
                .where(RELATIONS.TENANT_ID.eq(tenant.value()), RELATIONS.ID.eq(id.value()))
                .fetchOptional(PostgresRelationRepository::relation));
    }

    @Override
    public boolean delete(TenantId tenant, RelationId id) {
        return db.run(tenant, dsl -> dsl.deleteFrom(RELATIONS)
                .where(RELATIONS.TENANT_ID.eq(tenant.value()), RELATIONS.ID.eq(id.value()))
                .execute() > 0);
    }

    @Override
    public List<Relation> listFor(TenantId tenant, EntityRef entity) {
        return db.run(tenant, dsl -> dsl.selectFrom(RELATIONS)
                .where(RELATIONS.TENANT_ID.eq(tenant.value()))
                .and(RELATIONS.SOURCE_TYPE.eq(entity.type()).and(RELATIONS.SOURCE_ID.eq(entity.id()))
                        .or(RELATIONS.TARGET_TYPE.eq(entity.type()).and(RELATIONS.TARGET_ID.eq(entity.id()))))
                .orderBy(RELATIONS.CREATED_AT, RELATIONS.ID)
                .fetch(PostgresRelationRepository::relation));
    }

    private static RelationsRecord row(Relation r) {
        return new RelationsRecord(r.tenant().value(), r.id().value(), r.source().type(), r.source().id(), r.target().type(),
                r.target().id(), r.type().value(), JsonText.jsonb(r.metadata()), Rows.ts(r.createdAt()), r.createdBy());
    }

    private static Relation relation(RelationsRecord r) {
        return new Relation(new RelationId(r.getId()), TenantId.of(r.getTenantId()), new EntityRef(r.getSourceType(), r.getSourceId()),
                new EntityRef(r.getTargetType(), r.getTargetId()), new RelationType(r.getType()), JsonText.object(r.getMetadata()),
                Rows.instant(r.getCreatedAt()), r.getCreatedBy());
    }
}
