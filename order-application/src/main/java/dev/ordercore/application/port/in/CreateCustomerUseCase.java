package dev.ordercore.application.port.in;

import dev.ordercore.domain.customer.Customer;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Registers a customer (operators). */
public interface CreateCustomerUseCase {

    Result<Customer, OrderError> create(CreateCustomerCommand command);
}
