package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.DeleteCatalogEntryCommand;
import dev.ordercore.application.port.in.DeleteCategoryUseCase;
import dev.ordercore.domain.catalog.CatalogJson;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class DeleteCategoryService implements DeleteCategoryUseCase {

    private final OrderCorePorts ports;
    private final CatalogWrites writes;

    public DeleteCategoryService(OrderCorePorts ports) {
        this.ports = ports;
        this.writes = new CatalogWrites(ports);
    }

    @Override
    public Result<Category, OrderError> delete(DeleteCatalogEntryCommand<CategoryId> c) {
        return writes.delete(c.principal(), c.tenant(), c.id(), EntityType.CATEGORY, ports.categories(), Category::deletedAt, CatalogJson::of);
    }
}
