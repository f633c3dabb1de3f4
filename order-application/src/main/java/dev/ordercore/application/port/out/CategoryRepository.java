package dev.ordercore.application.port.out;

import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.CategoryId;

/** Categories of the catalog, unique per tenant by name. */
public interface CategoryRepository extends CatalogRepository<Category, CategoryId> {
}
