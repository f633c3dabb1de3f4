package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.ListCatalogQuery;
import dev.ordercore.application.port.in.ListAssetsUseCase;
import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.catalog.Asset;
import dev.ordercore.domain.catalog.AssetId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class ListAssetsService implements ListAssetsUseCase {

    private final CatalogReads<Asset, AssetId> reads;

    public ListAssetsService(OrderCorePorts ports) {
        this.reads = new CatalogReads<>(ports.assets(), EntityType.ASSET, AssetId::new, e -> e.id().value());
    }

    @Override
    public Result<Page<Asset>, OrderError> list(ListCatalogQuery query) {
        return reads.list(query);
    }
}
