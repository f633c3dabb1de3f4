package dev.ordercore.application.port.in;

import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Adds and cancels lines with a reason, recorded as {@code order:manually_adjusted} (R14). */
public interface AdjustOrderUseCase {

    Result<Order, OrderError> adjust(AdjustOrderCommand command);
}
