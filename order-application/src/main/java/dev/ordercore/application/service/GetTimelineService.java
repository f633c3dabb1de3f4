package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.GetTimelineQuery;
import dev.ordercore.application.port.in.GetTimelineUseCase;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

import java.util.List;

public final class GetTimelineService implements GetTimelineUseCase {

    private final OrderCorePorts ports;
    private final OrderWrites orders;

    public GetTimelineService(OrderCorePorts ports) {
        this.ports = ports;
        this.orders = new OrderWrites(ports);
    }

    @Override
    public Result<List<StatusEntry>, OrderError> timeline(GetTimelineQuery q) {
        return q.principal().may(q.tenant(), Permission.READ)
                .flatMap(p -> orders.load(q.tenant(), q.orderId()))
                .map(order -> ports.history().history(q.tenant(), q.orderId()).timeline());
    }
}
