package dev.ordercore.application.port.in;

import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Reads one customer and its metrics (viewers). */
public interface GetCustomerUseCase {

    Result<CustomerView, OrderError> get(GetCustomerQuery query);
}
