package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.GetOrderQuery;
import dev.ordercore.application.port.in.GetOrderUseCase;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class GetOrderService implements GetOrderUseCase {

    private final OrderWrites orders;

    public GetOrderService(OrderCorePorts ports) {
        this.orders = new OrderWrites(ports);
    }

    @Override
    public Result<Order, OrderError> get(GetOrderQuery q) {
        return q.principal().may(q.tenant(), Permission.READ).flatMap(p -> orders.load(q.tenant(), q.orderId()));
    }
}
