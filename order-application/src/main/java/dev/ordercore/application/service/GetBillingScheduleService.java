package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.BillingScheduleOfOrder;
import dev.ordercore.application.port.in.GetBillingScheduleQuery;
import dev.ordercore.application.port.in.GetBillingScheduleUseCase;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.pricing.BillingSchedule;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class GetBillingScheduleService implements GetBillingScheduleUseCase {

    private final OrderCorePorts ports;
    private final OrderWrites orders;

    public GetBillingScheduleService(OrderCorePorts ports) {
        this.ports = ports;
        this.orders = new OrderWrites(ports);
    }

    @Override
    public Result<BillingScheduleOfOrder, OrderError> get(GetBillingScheduleQuery q) {
        return q.principal().may(q.tenant(), Permission.READ)
                .flatMap(p -> orders.load(q.tenant(), q.orderId()))
                .map(order -> new BillingScheduleOfOrder(order,
                        BillingSchedule.of(order, ports.policies().policyFor(q.tenant()).lifecycles())));
    }
}
