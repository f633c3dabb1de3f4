package dev.ordercore.application.port.in;

import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Moves one line along its own lifecycle (R13-R15). */
public interface TransitionLineItemUseCase {

    Result<Order, OrderError> transition(TransitionLineItemCommand command);
}
