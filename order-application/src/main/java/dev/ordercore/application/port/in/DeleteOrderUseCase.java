package dev.ordercore.application.port.in;

import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Soft-deletes an order: it leaves lists but stays readable by id, with its history and relations. */
public interface DeleteOrderUseCase {

    Result<Order, OrderError> delete(DeleteOrderCommand command);
}
