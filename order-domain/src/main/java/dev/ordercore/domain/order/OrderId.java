package dev.ordercore.domain.order;

import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Uuids;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an order. Orders placed directly get a time-ordered UUIDv7; orders born from an
 * intent get a name-based id derived from (tenant, sourceSystem, intentId), so replaying the
 * intent rebuilds the same id (R24).
 */
public record OrderId(UUID value) {

    public OrderId {
        Objects.requireNonNull(value, "order id");
    }

    public static OrderId of(String value) {
        return new OrderId(UUID.fromString(value));
    }

    public static OrderId next(Uuids uuids) {
        return new OrderId(uuids.next());
    }

    public static OrderId forIntent(TenantId tenant, String sourceSystem, String intentId) {
        return new OrderId(Uuids.nameBased("order", tenant.value(), sourceSystem, intentId));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
