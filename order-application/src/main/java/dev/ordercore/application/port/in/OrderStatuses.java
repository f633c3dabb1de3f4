package dev.ordercore.application.port.in;

import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.StatusEntry;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An order's projections (seed 004): its status, the newest entry per module, the open BLOCKING entries. */
public record OrderStatuses(OrderId orderId, String status, Map<String, StatusEntry> latestPerModule, List<StatusEntry> openBlocking) {

    public OrderStatuses {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(status, "status");
        latestPerModule = Map.copyOf(latestPerModule);
        openBlocking = List.copyOf(openBlocking);
    }

    public boolean blocked() {
        return !openBlocking.isEmpty();
    }
}
