package dev.ordercore.application.port.in;

import dev.ordercore.domain.relation.Relation;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import java.util.List;

/** Every relation an entity is the source or target of. */
public interface ListRelationsUseCase {

    Result<List<Relation>, OrderError> list(ListRelationsQuery query);
}
