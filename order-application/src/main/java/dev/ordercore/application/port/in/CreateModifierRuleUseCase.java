package dev.ordercore.application.port.in;

import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/**
 * Adds a modifier rule. Its modifier, and the category and klass its condition names, must exist in
 * the tenant and not be deleted; what is wrong with them is reported with the rule's own violations.
 */
public interface CreateModifierRuleUseCase {

    Result<OrderModifierRule, OrderError> create(CreateModifierRuleCommand command);
}
