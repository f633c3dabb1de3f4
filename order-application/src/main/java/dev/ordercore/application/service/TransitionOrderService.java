package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.TransitionOrderCommand;
import dev.ordercore.application.port.in.TransitionOrderUseCase;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderIds;
import dev.ordercore.domain.order.TransitionRequest;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Uuids;

public final class TransitionOrderService implements TransitionOrderUseCase {

    private final OrderCorePorts ports;
    private final Uuids uuids;
    private final Transactions transactions;
    private final OrderWrites writes;

    public TransitionOrderService(OrderCorePorts ports, Uuids uuids) {
        this.ports = ports;
        this.uuids = uuids;
        this.transactions = new Transactions(ports.transactions());
        this.writes = new OrderWrites(ports);
    }

    @Override
    public Result<Order, OrderError> transition(TransitionOrderCommand c) {
        return c.principal().may(c.tenant(), Permission.WRITE_ORDERS).flatMap(p -> transactions.run(() ->
                writes.load(c.tenant(), c.orderId(), c.expectedVersion()).flatMap(order ->
                        order.transition(new TransitionRequest(c.status(), c.reason(), c.force(), p),
                                        ports.policies().policyFor(c.tenant()).lifecycles(), OrderIds.fresh(uuids), ports.clock().instant())
                                .map(change -> {
                                    writes.changed(order, change);
                                    return change.order();
                                }))));
    }
}
