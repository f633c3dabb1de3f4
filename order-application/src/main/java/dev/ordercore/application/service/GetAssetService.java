package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.GetCatalogEntryQuery;
import dev.ordercore.application.port.in.GetAssetUseCase;
import dev.ordercore.domain.catalog.Asset;
import dev.ordercore.domain.catalog.AssetId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class GetAssetService implements GetAssetUseCase {

    private final CatalogReads<Asset, AssetId> reads;

    public GetAssetService(OrderCorePorts ports) {
        this.reads = new CatalogReads<>(ports.assets(), EntityType.ASSET, AssetId::new, e -> e.id().value());
    }

    @Override
    public Result<Asset, OrderError> get(GetCatalogEntryQuery<AssetId> query) {
        return reads.get(query);
    }
}
