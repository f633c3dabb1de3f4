package dev.ordercore.application.port.in;

import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Reads one category. */
public interface GetCategoryUseCase {

    Result<Category, OrderError> get(GetCatalogEntryQuery<CategoryId> query);
}
