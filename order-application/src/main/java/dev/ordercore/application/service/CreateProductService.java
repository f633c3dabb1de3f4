package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.CreateProductCommand;
import dev.ordercore.application.port.in.CreateProductUseCase;
import dev.ordercore.domain.catalog.CatalogJson;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Uuids;

public final class CreateProductService implements CreateProductUseCase {

    private final OrderCorePorts ports;
    private final Uuids uuids;
    private final CatalogWrites writes;

    public CreateProductService(OrderCorePorts ports, Uuids uuids) {
        this.ports = ports;
        this.uuids = uuids;
        this.writes = new CatalogWrites(ports);
    }

    @Override
    public Result<Product, OrderError> create(CreateProductCommand c) {
        return writes.create(c.principal(), c.tenant(), "product",
                () -> CatalogWrites.chain(CatalogWrites.reference("klassId", c.klassId(), id -> ports.klasses().find(c.tenant(), id),
                        Klass::isDeleted, "klass"), () -> CatalogWrites.deletedAbove(ports, c.tenant(), "klassId",
                        ports.klasses().find(c.tenant(), c.klassId()).orElseThrow())),
                () -> Product.create(ProductId.next(uuids), c.tenant(), c.klassId(), c.sku(), c.name(), c.attributes(), ports.clock().instant()),
                ports.products(), e -> e.id().toString(), CatalogJson::of);
    }
}
