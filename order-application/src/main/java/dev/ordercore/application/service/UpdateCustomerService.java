package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.UpdateCustomerCommand;
import dev.ordercore.application.port.in.UpdateCustomerUseCase;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.customer.Customer;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class UpdateCustomerService implements UpdateCustomerUseCase {

    private final OrderCorePorts ports;
    private final Transactions transactions;

    public UpdateCustomerService(OrderCorePorts ports) {
        this.ports = ports;
        this.transactions = new Transactions(ports.transactions());
    }

    /** Loads the customer, checks the version the caller read, applies the patch and stores it only if something changed. */
    @Override
    public Result<Customer, OrderError> update(UpdateCustomerCommand c) {
        return c.principal().may(c.tenant(), Permission.WRITE_CUSTOMERS).flatMap(p -> transactions.runRetrying(c.expectedVersion(), () ->
                ports.customers().find(c.tenant(), c.customerId())
                        .map(found -> Versions.check(EntityType.CUSTOMER, c.customerId().toString(), c.expectedVersion(), found.version(), found))
                        .orElseGet(() -> Result.err(new OrderError.NotFound(EntityType.CUSTOMER, c.customerId().toString())))
                        .flatMap(loaded -> loaded.update(c.patch(), ports.clock().instant()).map(change -> {
                            if (change.after().version() != loaded.version()) {
                                ports.customers().update(change.after(), loaded.version());
                                ports.outbox().append(change.events());
                            }
                            return change.after();
                        }))));
    }
}
