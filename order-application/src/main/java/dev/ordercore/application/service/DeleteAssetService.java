package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.DeleteCatalogEntryCommand;
import dev.ordercore.application.port.in.DeleteAssetUseCase;
import dev.ordercore.domain.catalog.CatalogJson;
import dev.ordercore.domain.catalog.Asset;
import dev.ordercore.domain.catalog.AssetId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class DeleteAssetService implements DeleteAssetUseCase {

    private final OrderCorePorts ports;
    private final CatalogWrites writes;

    public DeleteAssetService(OrderCorePorts ports) {
        this.ports = ports;
        this.writes = new CatalogWrites(ports);
    }

    @Override
    public Result<Asset, OrderError> delete(DeleteCatalogEntryCommand<AssetId> c) {
        return writes.delete(c.principal(), c.tenant(), c.id(), EntityType.ASSET, ports.assets(), Asset::deletedAt, CatalogJson::of);
    }
}
