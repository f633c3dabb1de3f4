package dev.ordercore.domain.order;

import dev.ordercore.domain.catalog.ModifierKind;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.catalog.OrderModifierRuleId;

import java.util.Objects;
import java.util.Optional;

/**
 * What a CHARGE line charges for: a modifier of the catalog and its kind as it was when the line
 * was made (a DELIVERY charge is the order's shipping, R31), and the rule that added the line
 * when a rule did (R33). A request may name a modifier on a charge line itself; then there is no rule.
 */
public record Charge(OrderModifierId modifier, ModifierKind kind, Optional<OrderModifierRuleId> rule) {

    public Charge {
        Objects.requireNonNull(modifier, "modifier");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
    }

    public boolean isShipping() {
        return kind == ModifierKind.DELIVERY;
    }
}
