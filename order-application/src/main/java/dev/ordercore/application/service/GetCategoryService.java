package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.GetCatalogEntryQuery;
import dev.ordercore.application.port.in.GetCategoryUseCase;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class GetCategoryService implements GetCategoryUseCase {

    private final CatalogReads<Category, CategoryId> reads;

    public GetCategoryService(OrderCorePorts ports) {
        this.reads = new CatalogReads<>(ports.categories(), EntityType.CATEGORY, CategoryId::new, e -> e.id().value());
    }

    @Override
    public Result<Category, OrderError> get(GetCatalogEntryQuery<CategoryId> query) {
        return reads.get(query);
    }
}
