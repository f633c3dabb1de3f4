package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.AdjustOrderCommand;
import dev.ordercore.application.port.in.AdjustOrderUseCase;
import dev.ordercore.application.port.out.TenantPolicy;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderIds;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Uuids;

import java.util.List;

public final class AdjustOrderService implements AdjustOrderUseCase {

    private final OrderCorePorts ports;
    private final Uuids uuids;
    private final CatalogLookup catalog;
    private final OrderCommands orders;
    private final CustomerTermsLookup customerTerms;
    private final CreditChecks credit;

    public AdjustOrderService(OrderCorePorts ports, Uuids uuids) {
        this.ports = ports;
        this.uuids = uuids;
        this.catalog = new CatalogLookup(ports);
        this.orders = new OrderCommands(ports);
        this.customerTerms = new CustomerTermsLookup(ports);
        this.credit = new CreditChecks(ports, uuids);
    }

    @Override
    public Result<Order, OrderError> adjust(AdjustOrderCommand c) {
        return orders.run(c.principal(), c.tenant(), c.orderId(), c.expectedVersion(), (order, p) -> {
            TenantPolicy policy = ports.policies().policyFor(c.tenant());
            List<LineItemDraft> add = customerTerms.apply(c.tenant(), order.customer(), c.add()); // the customer's terms, as at placement
            return order.adjust(new Order.Adjustment(add, c.cancel(), c.reason() == null ? "" : c.reason(), p),
                    catalog.forDrafts(c.tenant(), add), policy.rounding(), policy.lifecycles(), OrderIds.fresh(uuids),
                    ports.clock().instant());
        }, (adjusted, p) -> c.add().isEmpty() ? adjusted : credit.check(adjusted, p)); // R15: added lines may go over a credit limit
    }
}
