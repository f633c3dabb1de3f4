package dev.ordercore.application.port.in;

import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Reads one case. */
public interface GetCaseUseCase {

    Result<Case, OrderError> get(GetCaseQuery query);
}
