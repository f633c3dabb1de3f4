package dev.ordercore.application.port.in;

import dev.ordercore.domain.relation.Relation;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Links two entities (R26, R27); ordercore's own entities must exist in the tenant. */
public interface CreateRelationUseCase {

    Result<Relation, OrderError> create(CreateRelationCommand command);
}
