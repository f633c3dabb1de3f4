package dev.ordercore.application.port.in;

import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Moves an order along its lifecycle (R13-R16); appends exactly one {@code order:<state>} entry per accepted transition. */
public interface TransitionOrderUseCase {

    Result<Order, OrderError> transition(TransitionOrderCommand command);
}
