package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.CreateCategoryCommand;
import dev.ordercore.application.port.in.CreateCategoryUseCase;
import dev.ordercore.domain.catalog.CatalogJson;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Uuids;

import java.util.List;

public final class CreateCategoryService implements CreateCategoryUseCase {

    private final OrderCorePorts ports;
    private final Uuids uuids;
    private final CatalogWrites writes;

    public CreateCategoryService(OrderCorePorts ports, Uuids uuids) {
        this.ports = ports;
        this.uuids = uuids;
        this.writes = new CatalogWrites(ports);
    }

    @Override
    public Result<Category, OrderError> create(CreateCategoryCommand c) {
        return writes.create(c.principal(), c.tenant(), "category",
                List::of,
                () -> Category.create(CategoryId.next(uuids), c.tenant(), c.name(), c.type(), ports.clock().instant()),
                ports.categories(), e -> e.id().toString(), CatalogJson::of);
    }
}
