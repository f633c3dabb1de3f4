package dev.ordercore.application.port.in;

import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Lists categories in creation order, a page at a time. */
public interface ListCategoriesUseCase {

    Result<Page<Category>, OrderError> list(ListCatalogQuery query);
}
