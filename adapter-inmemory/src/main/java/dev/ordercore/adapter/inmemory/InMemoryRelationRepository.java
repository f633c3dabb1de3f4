package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.application.port.out.RelationRepository;
import dev.ordercore.domain.relation.EntityRef;
import dev.ordercore.domain.relation.Relation;
import dev.ordercore.domain.relation.RelationId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Uuids;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Relations by id, unique per (tenant, source, target, type) (R27). */
final class InMemoryRelationRepository implements RelationRepository {

    private record Key(TenantId tenant, RelationId id) {
    }

    private record Unique(TenantId tenant, EntityRef source, EntityRef target, String type) {
        static Unique of(Relation r) {
            return new Unique(r.tenant(), r.source(), r.target(), r.type().value());
        }
    }

    private final InMemoryDatabase db;
    private final Map<Key, Relation> relations = new LinkedHashMap<>();
    private final Map<Unique, RelationId> unique = new HashMap<>();

    InMemoryRelationRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void insert(Relation relation) {
        db.write(() -> {
            if (unique.containsKey(Unique.of(relation))) {
                throw new DuplicateKeyException(EntityType.RELATION, relation.uniqueKey());
            }
            db.put(relations, new Key(relation.tenant(), relation.id()), relation);
            db.put(unique, Unique.of(relation), relation.id());
            return null;
        });
    }

    @Override
    public Optional<Relation> find(TenantId tenant, RelationId id) {
        return db.read(() -> Optional.ofNullable(relations.get(new Key(tenant, id))));
    }

    @Override
    public boolean delete(TenantId tenant, RelationId id) {
        return db.write(() -> {
            Relation relation = relations.get(new Key(tenant, id));
            if (relation == null) {
                return false;
            }
            db.remove(relations, new Key(tenant, id));
            db.remove(unique, Unique.of(relation));
            return true;
        });
    }

    @Override
    public List<Relation> listFor(TenantId tenant, EntityRef entity) {
        return db.read(() -> relations.values().stream()
                .filter(r -> r.tenant().equals(tenant) && r.touches(entity))
                .sorted(Comparator.comparing(Relation::createdAt).thenComparing(r -> r.id().value(), Uuids.BYTE_ORDER))
                .toList());
    }
}
