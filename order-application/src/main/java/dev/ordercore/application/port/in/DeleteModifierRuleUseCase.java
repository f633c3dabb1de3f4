package dev.ordercore.application.port.in;

import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.catalog.OrderModifierRuleId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/**
 * Deletes a modifier rule: it stops applying to new lines; charges it made stay. Soft delete: the
 * entry stays readable by id (with its deletedAt) and in lists that ask for deleted entries; new order
 * lines and rules may no longer use it. Deleting a deleted entry answers it unchanged.
 */
public interface DeleteModifierRuleUseCase {

    Result<OrderModifierRule, OrderError> delete(DeleteCatalogEntryCommand<OrderModifierRuleId> command);
}
