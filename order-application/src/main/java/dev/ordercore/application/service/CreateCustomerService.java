package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.CreateCustomerCommand;
import dev.ordercore.application.port.in.CreateCustomerUseCase;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.customer.Customer;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Uuids;

public final class CreateCustomerService implements CreateCustomerUseCase {

    private final OrderCorePorts ports;
    private final Uuids uuids;
    private final Transactions transactions;

    public CreateCustomerService(OrderCorePorts ports, Uuids uuids) {
        this.ports = ports;
        this.uuids = uuids;
        this.transactions = new Transactions(ports.transactions());
    }

    @Override
    public Result<Customer, OrderError> create(CreateCustomerCommand c) {
        return c.principal().may(c.tenant(), Permission.WRITE_CUSTOMERS).flatMap(p -> transactions.run(() ->
                Customer.create(CustomerId.next(uuids), c.tenant(), c.draft(), ports.clock().instant()).map(change -> {
                    ports.customers().insert(change.after());
                    ports.outbox().append(change.events());
                    return change.after();
                })));
    }
}
