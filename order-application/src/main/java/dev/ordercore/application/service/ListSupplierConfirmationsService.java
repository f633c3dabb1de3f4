package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.ListSupplierConfirmationsQuery;
import dev.ordercore.application.port.in.ListSupplierConfirmationsUseCase;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.supplier.SupplierConfirmation;

import java.util.List;

/** An order's confirmations, all of them: an order gets a handful, so there is nothing to page. */
public final class ListSupplierConfirmationsService implements ListSupplierConfirmationsUseCase {

    private final OrderCorePorts ports;
    private final OrderWrites orders;

    public ListSupplierConfirmationsService(OrderCorePorts ports) {
        this.ports = ports;
        this.orders = new OrderWrites(ports);
    }

    @Override
    public Result<List<SupplierConfirmation>, OrderError> list(ListSupplierConfirmationsQuery q) {
        return q.principal().may(q.tenant(), Permission.READ)
                .flatMap(p -> orders.load(q.tenant(), q.orderId()))
                .map(order -> ports.supplierConfirmations().listFor(q.tenant(), order.id()));
    }
}
