package dev.ordercore.application.port.out;

import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.cases.CaseId;
import dev.ordercore.domain.shared.TenantId;

import java.util.Optional;

/** Stores cases, with optimistic concurrency on their version. */
public interface CaseRepository {

    Optional<Case> find(TenantId tenant, CaseId id);

    /** The case, locked against every other change until the current transaction ends (PostgreSQL: {@code SELECT … FOR UPDATE}). */
    Optional<Case> findForUpdate(TenantId tenant, CaseId id);

    /** Throws {@link DuplicateKeyException} if the id is taken. */
    void insert(Case aCase);

    /** Throws {@link StaleVersionException} if the stored case is not at {@code expectedVersion}; a case never stored is a programming error. */
    void update(Case aCase, long expectedVersion);
}
