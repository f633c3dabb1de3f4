package dev.ordercore.domain.order;

import dev.ordercore.domain.shared.Uuids;

import java.util.Objects;
import java.util.UUID;

/** Identifies a line item. Lines of intent-born orders get ids derived from the order id and position. */
public record LineItemId(UUID value) {

    public LineItemId {
        Objects.requireNonNull(value, "line item id");
    }

    public static LineItemId of(String value) {
        return new LineItemId(UUID.fromString(value));
    }

    public static LineItemId next(Uuids uuids) {
        return new LineItemId(uuids.next());
    }

    public static LineItemId derived(OrderId order, int position) {
        return new LineItemId(Uuids.nameBased("line", order.toString(), Integer.toString(position)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
