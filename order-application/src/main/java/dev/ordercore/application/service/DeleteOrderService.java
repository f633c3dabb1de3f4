package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.DeleteOrderCommand;
import dev.ordercore.application.port.in.DeleteOrderUseCase;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderIds;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Uuids;

public final class DeleteOrderService implements DeleteOrderUseCase {

    private final OrderCorePorts ports;
    private final Uuids uuids;
    private final OrderCommands orders;

    public DeleteOrderService(OrderCorePorts ports, Uuids uuids) {
        this.ports = ports;
        this.uuids = uuids;
        this.orders = new OrderCommands(ports);
    }

    @Override
    public Result<Order, OrderError> delete(DeleteOrderCommand c) {
        return orders.run(c.principal(), c.tenant(), c.orderId(), c.expectedVersion(), (order, p) ->
                order.delete(c.reason().orElse(""), p, OrderIds.fresh(uuids), ports.clock().instant()));
    }
}
