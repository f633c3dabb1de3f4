package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.CustomerView;
import dev.ordercore.application.port.in.GetCustomerQuery;
import dev.ordercore.application.port.in.GetCustomerUseCase;
import dev.ordercore.application.port.out.LifecycleStates;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class GetCustomerService implements GetCustomerUseCase {

    private final OrderCorePorts ports;

    public GetCustomerService(OrderCorePorts ports) {
        this.ports = ports;
    }

    @Override
    public Result<CustomerView, OrderError> get(GetCustomerQuery q) {
        return q.principal().may(q.tenant(), Permission.READ).flatMap(p -> ports.customers().find(q.tenant(), q.customerId())
                .<Result<CustomerView, OrderError>>map(customer -> Result.ok(new CustomerView(customer, ports.customerFigures().metrics(
                        q.tenant(), customer.id(), LifecycleStates.cancelled(ports.policies().policyFor(q.tenant()).lifecycles())))))
                .orElseGet(() -> Result.err(new OrderError.NotFound(EntityType.CUSTOMER, q.customerId().toString()))));
    }
}
