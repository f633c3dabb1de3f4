package dev.ordercore.application.port.in;

import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Opens a case for an order and links them in one transaction (R28). */
public interface CreateCaseFromOrderUseCase {

    Result<CaseFromOrder, OrderError> create(CreateCaseFromOrderCommand command);
}
