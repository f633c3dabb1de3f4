package dev.ordercore.domain.catalog;

import dev.ordercore.domain.shared.Uuids;

import java.util.Objects;
import java.util.UUID;

/** Identifies a modifier rule of one tenant. */
public record OrderModifierRuleId(UUID value) {

    public OrderModifierRuleId {
        Objects.requireNonNull(value, "OrderModifierRuleId");
    }

    public static OrderModifierRuleId of(String value) {
        return new OrderModifierRuleId(UUID.fromString(value));
    }

    public static OrderModifierRuleId next(Uuids uuids) {
        return new OrderModifierRuleId(uuids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
