package dev.ordercore.application.port.in;

import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.pricing.BillingSchedule;

import java.util.Objects;

/** An order (for its version, the ETag of its schedule) and the charges its lines produce (R34). */
public record BillingScheduleOfOrder(Order order, BillingSchedule schedule) {

    public BillingScheduleOfOrder {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(schedule, "schedule");
    }
}
