package dev.ordercore.application.port.in;

import dev.ordercore.domain.catalog.Asset;
import dev.ordercore.domain.catalog.AssetId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Reads one asset. */
public interface GetAssetUseCase {

    Result<Asset, OrderError> get(GetCatalogEntryQuery<AssetId> query);
}
