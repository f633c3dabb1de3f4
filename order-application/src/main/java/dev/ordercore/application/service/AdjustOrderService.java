package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.AdjustOrderCommand;
import dev.ordercore.application.port.in.AdjustOrderUseCase;
import dev.ordercore.application.port.out.TenantPolicy;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderIds;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Uuids;

public final class AdjustOrderService implements AdjustOrderUseCase {

    private final OrderCorePorts ports;
    private final Uuids uuids;
    private final CatalogLookup catalog;
    private final OrderCommands orders;

    public AdjustOrderService(OrderCorePorts ports, Uuids uuids) {
        this.ports = ports;
        this.uuids = uuids;
        this.catalog = new CatalogLookup(ports);
        this.orders = new OrderCommands(ports);
    }

    @Override
    public Result<Order, OrderError> adjust(AdjustOrderCommand c) {
        return orders.run(c.principal(), c.tenant(), c.orderId(), c.expectedVersion(), (order, p) -> {
            TenantPolicy policy = ports.policies().policyFor(c.tenant());
            return order.adjust(new Order.Adjustment(c.add(), c.cancel(), c.reason() == null ? "" : c.reason(), p),
                    catalog.forDrafts(c.tenant(), c.add()), policy.rounding(), policy.lifecycles(), OrderIds.fresh(uuids),
                    ports.clock().instant());
        });
    }
}
