package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.AdjustOrderCommand;
import dev.ordercore.application.port.in.AdjustOrderUseCase;
import dev.ordercore.application.port.out.EntrySearch;
import dev.ordercore.application.port.out.TenantPolicy;
import dev.ordercore.domain.alerts.Alerts;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.OrderIds;
import dev.ordercore.domain.order.StatusCode;
import dev.ordercore.domain.settings.TenantSettings;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Uuids;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adjusts an order within the tenant's settings' limits, and appends the alerts the adjusted
 * order raises (R37) that are not open on it already.
 */
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
            TenantSettings settings = ports.settings().find(c.tenant()).settings();
            OrderIds ids = OrderIds.fresh(uuids);
            Instant now = ports.clock().instant();
            List<LineItemDraft> add = customerTerms.apply(c.tenant(), order.customer(), c.add()); // the customer's terms, as at placement
            return order.adjust(new Order.Adjustment(add, c.cancel(), c.reason() == null ? "" : c.reason(), p, settings.orderLimits()),
                            catalog.forDrafts(c.tenant(), add), policy.rounding(), policy.lifecycles(), ids, now)
                    .map(change -> Alerts.raise(change, settings, policy.lifecycles(), policy.zone(), openAlerts(c.tenant(), c.orderId()),
                            ids::entry, now));
        }, (adjusted, p) -> c.add().isEmpty() ? adjusted : credit.check(adjusted, p)); // R15: added lines may go over a credit limit
    }

    /** The alert codes open on the order: at most one entry per code is ever open, as open ones are not raised again. */
    private Set<StatusCode> openAlerts(TenantId tenant, OrderId order) {
        EntrySearch open = new EntrySearch(Set.of(Alerts.NAMESPACE), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(order), Optional.of(true), Optional.empty(), Paging.MAX_LIMIT);
        return ports.history().search(tenant, open).stream().map(f -> f.entry().code()).collect(Collectors.toSet());
    }
}
