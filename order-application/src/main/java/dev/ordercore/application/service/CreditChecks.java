package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.LifecycleStates;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.customer.CreditCheck;
import dev.ordercore.domain.customer.Customer;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.NewStatusEntry;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderChange;
import dev.ordercore.domain.order.StatusEntryId;
import dev.ordercore.domain.settings.TenantSettings;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.Uuids;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the credit check ({@link CreditCheck}, R15) on an order just placed or given new lines,
 * inside the command's transaction and after the order is stored, so the exposure the store adds
 * up includes it. Only when the tenant's settings enable credit checks, and only for registered
 * customers with a limit in the order's currency. Answers the order as it stands afterwards.
 */
final class CreditChecks {

    private final OrderCorePorts ports;
    private final Uuids uuids;
    private final OrderWrites writes;

    CreditChecks(OrderCorePorts ports, Uuids uuids) {
        this.ports = ports;
        this.uuids = uuids;
        this.writes = new OrderWrites(ports);
    }

    /** With the tenant's settings read again; for commands that have not read them. */
    Order check(Order order, Principal actor) {
        return check(order, actor, ports.settings().find(order.tenant()).settings());
    }

    Order check(Order order, Principal actor, TenantSettings settings) {
        if (!settings.creditCheckEnabled()) {
            return order;
        }
        LifecycleSet lifecycles = ports.policies().policyFor(order.tenant()).lifecycles();
        Set<CustomerId> customers = order.lineItems().stream()
                .filter(l -> !lifecycles.named(l.lifecycle()).isCancelled(l.status()))
                .map(LineItem::customer)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        if (customers.isEmpty()) {
            return order;
        }
        LifecycleStates cancelled = LifecycleStates.cancelled(lifecycles);
        LifecycleStates closed = LifecycleStates.terminalOrders(lifecycles);
        Instant now = ports.clock().instant();
        List<NewStatusEntry> entries = new ArrayList<>();
        for (Customer customer : ports.customers().findAll(order.tenant(), customers).stream()
                .filter(c -> c.creditLimit().filter(l -> l.currency().equals(order.currency())).isPresent())
                .sorted(Comparator.comparing(c -> c.id().value()))
                .toList()) {
            Money exposure = ports.customerFigures().openExposure(order.tenant(), customer.id(), order.currency(), cancelled, closed);
            CreditCheck.check(order, customer, exposure, StatusEntryId.next(uuids), actor.subject(), now).ifPresent(entries::add);
        }
        Order current = order;
        for (NewStatusEntry entry : entries) {
            OrderChange change = current.record(entry, now)
                    .orElseThrow(e -> new IllegalStateException("the order refused its credit check entry: " + e));
            writes.changed(current, change);
            current = change.order();
        }
        return current;
    }
}
