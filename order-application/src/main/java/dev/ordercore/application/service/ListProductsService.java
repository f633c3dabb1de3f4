package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.ListCatalogQuery;
import dev.ordercore.application.port.in.ListProductsUseCase;
import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class ListProductsService implements ListProductsUseCase {

    private final CatalogReads<Product, ProductId> reads;

    public ListProductsService(OrderCorePorts ports) {
        this.reads = new CatalogReads<>(ports.products(), EntityType.PRODUCT, ProductId::new, e -> e.id().value());
    }

    @Override
    public Result<Page<Product>, OrderError> list(ListCatalogQuery query) {
        return reads.list(query);
    }
}
