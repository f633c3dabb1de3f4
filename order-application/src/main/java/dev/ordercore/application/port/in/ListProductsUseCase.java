package dev.ordercore.application.port.in;

import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Lists products in creation order, a page at a time. */
public interface ListProductsUseCase {

    Result<Page<Product>, OrderError> list(ListCatalogQuery query);
}
