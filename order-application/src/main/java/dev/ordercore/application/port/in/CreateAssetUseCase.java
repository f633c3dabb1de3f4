package dev.ordercore.application.port.in;

import dev.ordercore.domain.catalog.Asset;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Adds a serialized unit of a product. */
public interface CreateAssetUseCase {

    Result<Asset, OrderError> create(CreateAssetCommand command);
}
