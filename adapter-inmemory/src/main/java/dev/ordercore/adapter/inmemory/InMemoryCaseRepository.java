package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.port.out.CaseRepository;
import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.application.port.out.StaleVersionException;
import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.cases.CaseId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.TenantId;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Cases by tenant and id, with version checks on update. */
final class InMemoryCaseRepository implements CaseRepository {

    private record Key(TenantId tenant, CaseId id) {
    }

    private final InMemoryDatabase db;
    private final Map<Key, Case> cases = new HashMap<>();

    InMemoryCaseRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Case> find(TenantId tenant, CaseId id) {
        return db.read(() -> Optional.ofNullable(cases.get(new Key(tenant, id))));
    }

    /** The in-memory store's transactions are serializable already; a lock adds nothing. */
    @Override
    public Optional<Case> findForUpdate(TenantId tenant, CaseId id) {
        return find(tenant, id);
    }

    @Override
    public void insert(Case aCase) {
        db.write(() -> {
            Key key = new Key(aCase.tenant(), aCase.id());
            if (cases.containsKey(key)) {
                throw new DuplicateKeyException(EntityType.CASE, "id " + aCase.id());
            }
            db.put(cases, key, aCase);
            return null;
        });
    }

    @Override
    public void update(Case aCase, long expectedVersion) {
        db.write(() -> {
            Key key = new Key(aCase.tenant(), aCase.id());
            Case stored = cases.get(key);
            if (stored == null) {
                throw new IllegalStateException("case " + aCase.id() + " was never stored");
            }
            if (stored.version() != expectedVersion) {
                throw new StaleVersionException(EntityType.CASE, aCase.id().toString(), expectedVersion, stored.version());
            }
            db.put(cases, key, aCase);
            return null;
        });
    }
}
