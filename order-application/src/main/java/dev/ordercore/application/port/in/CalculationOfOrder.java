package dev.ordercore.application.port.in;

import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.pricing.EffectiveCalculation;

import java.util.Objects;

/** An order (for its version, the ETag of its calculation) and the calculation that stands for it (R31). */
public record CalculationOfOrder(Order order, EffectiveCalculation calculation) {

    public CalculationOfOrder {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(calculation, "calculation");
    }
}
