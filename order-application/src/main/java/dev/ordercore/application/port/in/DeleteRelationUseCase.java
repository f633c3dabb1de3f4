package dev.ordercore.application.port.in;

import dev.ordercore.domain.relation.Relation;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Removes a relation and answers what it was. */
public interface DeleteRelationUseCase {

    Result<Relation, OrderError> delete(DeleteRelationCommand command);
}
