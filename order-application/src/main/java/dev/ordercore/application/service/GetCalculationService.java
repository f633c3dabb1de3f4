package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.CalculationOfOrder;
import dev.ordercore.application.port.in.GetCalculationQuery;
import dev.ordercore.application.port.in.GetCalculationUseCase;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class GetCalculationService implements GetCalculationUseCase {

    private final OrderWrites orders;
    private final Calculations calculations;

    public GetCalculationService(OrderCorePorts ports) {
        this.orders = new OrderWrites(ports);
        this.calculations = new Calculations(ports);
    }

    @Override
    public Result<CalculationOfOrder, OrderError> get(GetCalculationQuery q) {
        return q.principal().may(q.tenant(), Permission.READ)
                .flatMap(p -> orders.load(q.tenant(), q.orderId()))
                .flatMap(order -> calculations.of(q.tenant(), order).map(c -> new CalculationOfOrder(order, c)));
    }
}
