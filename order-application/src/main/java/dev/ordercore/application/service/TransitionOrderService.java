package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.TransitionOrderCommand;
import dev.ordercore.application.port.in.TransitionOrderUseCase;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderIds;
import dev.ordercore.domain.order.TransitionRequest;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Uuids;

public final class TransitionOrderService implements TransitionOrderUseCase {

    private final OrderCorePorts ports;
    private final Uuids uuids;
    private final OrderCommands orders;

    public TransitionOrderService(OrderCorePorts ports, Uuids uuids) {
        this.ports = ports;
        this.uuids = uuids;
        this.orders = new OrderCommands(ports);
    }

    @Override
    public Result<Order, OrderError> transition(TransitionOrderCommand c) {
        return orders.run(c.principal(), c.tenant(), c.orderId(), c.expectedVersion(), (order, p) ->
                order.transition(new TransitionRequest(c.status(), c.reason(), c.force(), p),
                        ports.policies().policyFor(c.tenant()).lifecycles(), OrderIds.fresh(uuids), ports.clock().instant()));
    }
}
