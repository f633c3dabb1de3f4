package dev.ordercore.application.port.in;

import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Opens a case with a title and tags. */
public interface CreateCaseUseCase {

    Result<Case, OrderError> create(CreateCaseCommand command);
}
