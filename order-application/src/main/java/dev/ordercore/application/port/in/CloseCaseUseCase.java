package dev.ordercore.application.port.in;

import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Closes a case when all its tags are closed, or when forced (R29). */
public interface CloseCaseUseCase {

    Result<Case, OrderError> close(CloseCaseCommand command);
}
