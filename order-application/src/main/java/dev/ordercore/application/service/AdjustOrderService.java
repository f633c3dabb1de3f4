package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.AdjustOrderCommand;
import dev.ordercore.application.port.in.AdjustOrderUseCase;
import dev.ordercore.application.port.out.TenantPolicy;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderIds;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Uuids;

public final class AdjustOrderService implements AdjustOrderUseCase {

    private final OrderCorePorts ports;
    private final Uuids uuids;
    private final Transactions transactions;
    private final CatalogLookup catalog;
    private final OrderWrites writes;

    public AdjustOrderService(OrderCorePorts ports, Uuids uuids) {
        this.ports = ports;
        this.uuids = uuids;
        this.transactions = new Transactions(ports.transactions());
        this.catalog = new CatalogLookup(ports);
        this.writes = new OrderWrites(ports);
    }

    @Override
    public Result<Order, OrderError> adjust(AdjustOrderCommand c) {
        return c.principal().may(c.tenant(), Permission.WRITE_ORDERS).flatMap(p -> transactions.run(() ->
                writes.load(c.tenant(), c.orderId(), c.expectedVersion()).flatMap(order -> {
                    TenantPolicy policy = ports.policies().policyFor(c.tenant());
                    return order.adjust(new Order.Adjustment(c.add(), c.cancel(), c.reason() == null ? "" : c.reason(), p),
                                    catalog.forDrafts(c.tenant(), c.add()), policy.rounding(), policy.lifecycles(), OrderIds.fresh(uuids),
                                    ports.clock().instant())
                            .map(change -> {
                                writes.changed(order, change);
                                return change.order();
                            });
                })));
    }
}
