package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.ConfirmBySupplierCommand;
import dev.ordercore.application.port.in.ConfirmBySupplierUseCase;
import dev.ordercore.application.port.in.SupplierConfirmationOfOrder;
import dev.ordercore.application.port.out.TenantPolicy;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.order.OrderIds;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Uuids;
import dev.ordercore.domain.supplier.SupplierConfirmation;
import dev.ordercore.domain.supplier.SupplierConfirmationId;

/**
 * Receives a supplier's answer in one transaction: the order at its next version with its
 * replaced lines, its history entries and events, and the confirmation kept beside it.
 */
public final class ConfirmBySupplierService implements ConfirmBySupplierUseCase {

    private final OrderCorePorts ports;
    private final Uuids uuids;
    private final Transactions transactions;
    private final OrderWrites writes;
    private final CatalogLookup catalog;

    public ConfirmBySupplierService(OrderCorePorts ports, Uuids uuids) {
        this.ports = ports;
        this.uuids = uuids;
        this.transactions = new Transactions(ports.transactions());
        this.writes = new OrderWrites(ports);
        this.catalog = new CatalogLookup(ports);
    }

    @Override
    public Result<SupplierConfirmationOfOrder, OrderError> confirm(ConfirmBySupplierCommand c) {
        return c.principal().may(c.tenant(), Permission.WRITE_ORDERS).flatMap(p -> transactions.runRetrying(c.expectedVersion(), () ->
                writes.loadForChange(c.tenant(), c.orderId(), c.expectedVersion()).flatMap(order -> {
                    TenantPolicy policy = ports.policies().policyFor(c.tenant());
                    SupplierConfirmation.Receipt receipt = new SupplierConfirmation.Receipt(SupplierConfirmationId.next(uuids),
                            catalog.forDrafts(c.tenant(), SupplierConfirmation.replacements(order, c.confirmation(), policy.lifecycles())),
                            policy.rounding(), policy.lifecycles(), OrderIds.fresh(uuids), p, ports.clock().instant());
                    return SupplierConfirmation.receive(order, c.confirmation(), receipt).map(received -> {
                        writes.changed(order, received.change());
                        ports.supplierConfirmations().add(received.confirmation());
                        return new SupplierConfirmationOfOrder(received.confirmation(), received.change().order());
                    });
                })));
    }
}
