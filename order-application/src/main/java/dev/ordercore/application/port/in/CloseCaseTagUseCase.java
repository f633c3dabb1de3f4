package dev.ordercore.application.port.in;

import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Closes one tag of a case. */
public interface CloseCaseTagUseCase {

    Result<Case, OrderError> closeTag(CloseCaseTagCommand command);
}
