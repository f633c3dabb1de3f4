package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.DeleteCatalogEntryCommand;
import dev.ordercore.application.port.in.DeleteProductUseCase;
import dev.ordercore.domain.catalog.CatalogJson;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class DeleteProductService implements DeleteProductUseCase {

    private final OrderCorePorts ports;
    private final CatalogWrites writes;

    public DeleteProductService(OrderCorePorts ports) {
        this.ports = ports;
        this.writes = new CatalogWrites(ports);
    }

    @Override
    public Result<Product, OrderError> delete(DeleteCatalogEntryCommand<ProductId> c) {
        return writes.delete(c.principal(), c.tenant(), c.id(), EntityType.PRODUCT, ports.products(), Product::deletedAt, CatalogJson::of);
    }
}
