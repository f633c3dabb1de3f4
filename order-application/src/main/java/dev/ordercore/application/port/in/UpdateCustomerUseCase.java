package dev.ordercore.application.port.in;

import dev.ordercore.domain.customer.Customer;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Changes some fields of a customer (operators). */
public interface UpdateCustomerUseCase {

    Result<Customer, OrderError> update(UpdateCustomerCommand command);
}
