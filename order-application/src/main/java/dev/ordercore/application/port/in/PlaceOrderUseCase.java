package dev.ordercore.application.port.in;

import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Places an order (R1-R9, R14): every violation of every line is reported at once and nothing is stored on refusal. */
public interface PlaceOrderUseCase {

    Result<Order, OrderError> place(PlaceOrderCommand command);
}
