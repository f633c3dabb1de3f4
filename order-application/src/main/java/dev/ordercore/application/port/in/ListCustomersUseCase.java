package dev.ordercore.application.port.in;

import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.customer.Customer;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Lists customers with filters, a page at a time (viewers). */
public interface ListCustomersUseCase {

    Result<Page<Customer>, OrderError> list(ListCustomersQuery query);
}
