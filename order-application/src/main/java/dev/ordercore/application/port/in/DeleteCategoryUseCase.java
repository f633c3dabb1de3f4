package dev.ordercore.application.port.in;

import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/**
 * Deletes a category; its klasses can no longer be ordered. Soft delete: the entry stays readable by
 * id (with its deletedAt) and in lists that ask for deleted entries; new order lines and rules may no
 * longer use it. Deleting a deleted entry answers it unchanged.
 */
public interface DeleteCategoryUseCase {

    Result<Category, OrderError> delete(DeleteCatalogEntryCommand<CategoryId> command);
}
