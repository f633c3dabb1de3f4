package dev.ordercore.application.port.in;

import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Adds a category to the catalog. */
public interface CreateCategoryUseCase {

    Result<Category, OrderError> create(CreateCategoryCommand command);
}
