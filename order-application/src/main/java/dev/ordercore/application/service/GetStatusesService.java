package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.GetStatusesQuery;
import dev.ordercore.application.port.in.GetStatusesUseCase;
import dev.ordercore.application.port.in.OrderStatuses;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.order.Block;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

import java.util.List;

public final class GetStatusesService implements GetStatusesUseCase {

    private final OrderCorePorts ports;
    private final Transactions transactions;
    private final OrderWrites orders;

    public GetStatusesService(OrderCorePorts ports) {
        this.ports = ports;
        this.transactions = new Transactions(ports.transactions());
        this.orders = new OrderWrites(ports);
    }

    /** Reads the order and its history in one transaction, so the three projections agree with each other. */
    @Override
    public Result<OrderStatuses, OrderError> statuses(GetStatusesQuery q) {
        return q.principal().may(q.tenant(), Permission.READ).flatMap(p -> transactions.run(() ->
                orders.load(q.tenant(), q.orderId()).map(order -> new OrderStatuses(order.id(), order.status(),
                        ports.history().latestPerModule(q.tenant(), order.id()),
                        order.openBlocks().isEmpty() ? List.of()
                                : ports.history().findAll(q.tenant(), order.id(), order.openBlocks().stream().map(Block::entry).toList())))));
    }
}
