package dev.ordercore.application.port.in;

import dev.ordercore.domain.catalog.Asset;
import dev.ordercore.domain.catalog.AssetId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/**
 * Deletes an asset (a unit sold or scrapped). Soft delete: the entry stays readable by id (with its
 * deletedAt) and in lists that ask for deleted entries; new order lines and rules may no longer use
 * it. Deleting a deleted entry answers it unchanged.
 */
public interface DeleteAssetUseCase {

    Result<Asset, OrderError> delete(DeleteCatalogEntryCommand<AssetId> command);
}
