package dev.ordercore.application.port.in;

import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Reads one order, deleted or not (R35: another tenant's id is not found). */
public interface GetOrderUseCase {

    Result<Order, OrderError> get(GetOrderQuery query);
}
