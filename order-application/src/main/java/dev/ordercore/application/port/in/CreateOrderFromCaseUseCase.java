package dev.ordercore.application.port.in;

import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Places an order for a case and links them, optionally closing one of the case's tags, in one transaction (R28). */
public interface CreateOrderFromCaseUseCase {

    Result<OrderFromCase, OrderError> create(CreateOrderFromCaseCommand command);
}
