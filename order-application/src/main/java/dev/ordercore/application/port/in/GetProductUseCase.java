package dev.ordercore.application.port.in;

import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Reads one product. */
public interface GetProductUseCase {

    Result<Product, OrderError> get(GetCatalogEntryQuery<ProductId> query);
}
