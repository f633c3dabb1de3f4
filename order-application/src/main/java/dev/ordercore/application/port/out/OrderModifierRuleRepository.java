package dev.ordercore.application.port.out;

import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.catalog.OrderModifierRuleId;
import dev.ordercore.domain.shared.TenantId;

/**
 * The rules that charge order modifiers (R33). A rule has no natural key besides its id: two rules
 * may say the same thing (applying them is idempotent per rule, not per effect).
 */
public interface OrderModifierRuleRepository extends CatalogRepository<OrderModifierRule, OrderModifierRuleId> {

    /**
     * Every rule of the tenant that applies to new lines: the rule is not deleted and neither is its
     * modifier. Rules come in id order, with their modifiers; one round trip.
     */
    ActiveModifierRules active(TenantId tenant);
}
