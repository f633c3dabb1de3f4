package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.ListCatalogQuery;
import dev.ordercore.application.port.in.ListCategoriesUseCase;
import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class ListCategoriesService implements ListCategoriesUseCase {

    private final CatalogReads<Category, CategoryId> reads;

    public ListCategoriesService(OrderCorePorts ports) {
        this.reads = new CatalogReads<>(ports.categories(), EntityType.CATEGORY, CategoryId::new, e -> e.id().value());
    }

    @Override
    public Result<Page<Category>, OrderError> list(ListCatalogQuery query) {
        return reads.list(query);
    }
}
