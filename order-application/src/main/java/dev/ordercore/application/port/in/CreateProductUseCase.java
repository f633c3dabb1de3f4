package dev.ordercore.application.port.in;

import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Adds a product (SKU) of a klass. */
public interface CreateProductUseCase {

    Result<Product, OrderError> create(CreateProductCommand command);
}
