package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.GetCatalogEntryQuery;
import dev.ordercore.application.port.in.GetProductUseCase;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class GetProductService implements GetProductUseCase {

    private final CatalogReads<Product, ProductId> reads;

    public GetProductService(OrderCorePorts ports) {
        this.reads = new CatalogReads<>(ports.products(), EntityType.PRODUCT, ProductId::new, e -> e.id().value());
    }

    @Override
    public Result<Product, OrderError> get(GetCatalogEntryQuery<ProductId> query) {
        return reads.get(query);
    }
}
