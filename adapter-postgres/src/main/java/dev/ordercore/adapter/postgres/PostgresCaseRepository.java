package dev.ordercore.adapter.postgres;

import dev.ordercore.application.port.out.CaseRepository;
import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.cases.CaseId;
import dev.ordercore.domain.shared.TenantId;
import java.util.Optional;

/** Cases. */
final class PostgresCaseRepository implements CaseRepository {

    private final Database db;

    PostgresCaseRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Case> find(TenantId tenant, CaseId id) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }

    @Override
    public Optional<Case> findForUpdate(TenantId tenant, CaseId id) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }

    @Override
    public void insert(Case aCase) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }

    @Override
    public void update(Case aCase, long expectedVersion) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }
}
