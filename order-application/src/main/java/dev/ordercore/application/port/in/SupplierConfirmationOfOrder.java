package dev.ordercore.application.port.in;

import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.supplier.SupplierConfirmation;

import java.util.Objects;

/** A confirmation as kept, and the order as it changed (its new version is the caller's next If-Match). */
public record SupplierConfirmationOfOrder(SupplierConfirmation confirmation, Order order) {

    public SupplierConfirmationOfOrder {
        Objects.requireNonNull(confirmation, "confirmation");
        Objects.requireNonNull(order, "order");
    }
}
