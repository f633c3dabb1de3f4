package dev.ordercore.application.port.in;

import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Adds a tag to an open case. */
public interface AddCaseTagUseCase {

    Result<Case, OrderError> addTag(AddCaseTagCommand command);
}
