package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.PlaceOrderCommand;
import dev.ordercore.application.port.in.PlaceOrderUseCase;
import dev.ordercore.application.port.out.TenantPolicy;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.alerts.Alerts;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderChange;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.OrderIds;
import dev.ordercore.domain.settings.AutoApproval;
import dev.ordercore.domain.settings.TenantSettings;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Uuids;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Places an order under the tenant's policy and settings: the settings' limits bound it, the
 * alerts it raises (R37) are appended with it, and a tenant that auto-approves has it moved on
 * at once unless something blocks it (R15), all in the placing transaction.
 */
public final class PlaceOrderService implements PlaceOrderUseCase {

    private final OrderCorePorts ports;
    private final Uuids uuids;
    private final Transactions transactions;
    private final CatalogLookup catalog;
    private final OrderWrites writes;
    private final CustomerTermsLookup customerTerms;
    private final CreditChecks credit;

    public PlaceOrderService(OrderCorePorts ports, Uuids uuids) {
        this.ports = ports;
        this.uuids = uuids;
        this.transactions = new Transactions(ports.transactions());
        this.catalog = new CatalogLookup(ports);
        this.writes = new OrderWrites(ports);
        this.customerTerms = new CustomerTermsLookup(ports);
        this.credit = new CreditChecks(ports, uuids);
    }

    @Override
    public Result<Order, OrderError> place(PlaceOrderCommand command) {
        return command.principal().may(command.tenant(), Permission.WRITE_ORDERS)
                .flatMap(p -> transactions.run(() -> placeInTransaction(command.tenant(), p, command.draft())));
    }

    /** Places the order inside the caller's transaction; nothing is written when it is refused. */
    Result<Order, OrderError> placeInTransaction(TenantId tenant, Principal principal, OrderDraft requested) {
        TenantSettings settings = ports.settings().find(tenant).settings(); // read once: limits, alerts, credit, auto-approval
        OrderDraft draft = customerTerms.apply(tenant, requested); // lines billed to their customer without terms take the customer's
        TenantPolicy policy = ports.policies().policyFor(tenant);
        Instant now = ports.clock().instant();
        int year = now.atZone(policy.zone()).getYear();
        OrderIds ids = OrderIds.fresh(uuids);
        Result<OrderChange, OrderError> placed = Order.place(new Order.Placement(tenant, OrderId.next(uuids),
                () -> ports.orderNumbers().next(tenant, policy.orderNumberPrefix(), year), draft,
                catalog.forDrafts(tenant, draft.lineItems()), policy.rounding(), policy.lifecycles(), ids,
                Optional.empty(), principal, now, settings.orderLimits()));
        return placed.map(change -> {
            OrderChange alerted = Alerts.raise(change, settings, policy.lifecycles(), policy.zone(), Set.of(), ids::entry, now);
            writes.placed(alerted);
            // R15: credit:limit_exceeded when the order takes a customer over the limit; recorded before auto-approval sees the order.
            Order order = credit.check(alerted.order(), principal, settings);
            Optional<OrderChange> approved = AutoApproval.approve(order, settings, policy.lifecycles(), ids, now);
            approved.ifPresent(change2 -> writes.changed(order, change2));
            return approved.map(OrderChange::order).orElse(order);
        });
    }
}
