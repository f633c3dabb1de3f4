package dev.ordercore.application.port.out;

import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.catalog.ProductId;

/** Products of the catalog, unique per tenant by SKU. */
public interface ProductRepository extends CatalogRepository<Product, ProductId> {
}
