package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderChange;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;

import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Runs a command on one order: check tenant and permission, load it (checking the version the
 * caller read), let the domain decide, store the change, its entries and its events.
 */
final class OrderCommands {

    private final Transactions transactions;
    private final OrderWrites writes;

    OrderCommands(OrderCorePorts ports) {
        this.transactions = new Transactions(ports.transactions());
        this.writes = new OrderWrites(ports);
    }

    Result<Order, OrderError> run(Principal principal, TenantId tenant, OrderId id, Optional<Long> expectedVersion,
                                  BiFunction<Order, Principal, Result<OrderChange, OrderError>> command) {
        return run(principal, tenant, id, expectedVersion, command, (order, p) -> order);
    }

    /** {@link #run}, then {@code afterwards} on the stored order in the same transaction (a check that may append to its history). */
    Result<Order, OrderError> run(Principal principal, TenantId tenant, OrderId id, Optional<Long> expectedVersion,
                                  BiFunction<Order, Principal, Result<OrderChange, OrderError>> command,
                                  BiFunction<Order, Principal, Order> afterwards) {
        return principal.may(tenant, Permission.WRITE_ORDERS).flatMap(p -> transactions.runRetrying(expectedVersion, () ->
                writes.loadForChange(tenant, id, expectedVersion).flatMap(order -> command.apply(order, p).map(change -> {
                    writes.changed(order, change);
                    return afterwards.apply(change.order(), p);
                }))));
    }
}
