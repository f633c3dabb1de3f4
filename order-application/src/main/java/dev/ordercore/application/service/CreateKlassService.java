package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.CreateKlassCommand;
import dev.ordercore.application.port.in.CreateKlassUseCase;
import dev.ordercore.domain.catalog.CatalogJson;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Uuids;

public final class CreateKlassService implements CreateKlassUseCase {

    private final OrderCorePorts ports;
    private final Uuids uuids;
    private final CatalogWrites writes;

    public CreateKlassService(OrderCorePorts ports, Uuids uuids) {
        this.ports = ports;
        this.uuids = uuids;
        this.writes = new CatalogWrites(ports);
    }

    @Override
    public Result<Klass, OrderError> create(CreateKlassCommand c) {
        return writes.create(c.principal(), c.tenant(), "klass",
                () -> CatalogWrites.missing("categoryId", c.categoryId(), id -> ports.categories().find(c.tenant(), id).isPresent(), "category"),
                () -> Klass.create(KlassId.next(uuids), c.tenant(), c.name(), c.categoryId(), c.pricing(), ports.clock().instant()),
                ports.klasses(), e -> e.id().toString(), CatalogJson::of);
    }
}
