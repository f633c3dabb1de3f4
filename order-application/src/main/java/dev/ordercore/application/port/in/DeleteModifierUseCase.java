package dev.ordercore.application.port.in;

import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/**
 * Deletes a modifier: its rules stop applying and no new line may charge it. Soft delete: the entry
 * stays readable by id (with its deletedAt) and in lists that ask for deleted entries; new order lines
 * and rules may no longer use it. Deleting a deleted entry answers it unchanged.
 */
public interface DeleteModifierUseCase {

    Result<OrderModifier, OrderError> delete(DeleteCatalogEntryCommand<OrderModifierId> command);
}
