package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.CreateAssetCommand;
import dev.ordercore.application.port.in.CreateAssetUseCase;
import dev.ordercore.domain.catalog.CatalogJson;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.catalog.Asset;
import dev.ordercore.domain.catalog.AssetId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Violation;
import java.util.List;
import dev.ordercore.domain.shared.Uuids;

public final class CreateAssetService implements CreateAssetUseCase {

    private final OrderCorePorts ports;
    private final Uuids uuids;
    private final CatalogWrites writes;

    public CreateAssetService(OrderCorePorts ports, Uuids uuids) {
        this.ports = ports;
        this.uuids = uuids;
        this.writes = new CatalogWrites(ports);
    }

    @Override
    public Result<Asset, OrderError> create(CreateAssetCommand c) {
        return writes.create(c.principal(), c.tenant(), "asset",
                () -> CatalogWrites.chain(CatalogWrites.reference("productId", c.productId(), id -> ports.products().find(c.tenant(), id),
                        Product::isDeleted, "product"), () -> ports.klasses().find(c.tenant(),
                                ports.products().find(c.tenant(), c.productId()).orElseThrow().klass())
                        .map(k -> k.isDeleted()
                                ? List.of(new Violation("productId", "klass_deleted", "product " + c.productId() + " is of klass " + k.id()
                                        + ", which was deleted; nothing new may hang on it"))
                                : CatalogWrites.deletedAbove(ports, c.tenant(), "productId", k))
                        .orElse(List.of())),
                () -> Asset.create(AssetId.next(uuids), c.tenant(), c.productId(), c.serialNumber(), ports.clock().instant()),
                ports.assets(), e -> e.id().toString(), CatalogJson::of);
    }
}
