package dev.ordercore.application.port.out;

import dev.ordercore.domain.order.OrderId;

import java.time.Instant;
import java.util.Objects;

/** Where a page of orders continues: after the order created at {@code createdAt} with {@code id}, newest first. */
public record OrderCursor(Instant createdAt, OrderId id) {

    public OrderCursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }
}
