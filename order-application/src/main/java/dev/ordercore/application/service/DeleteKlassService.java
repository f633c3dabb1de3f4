package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.DeleteCatalogEntryCommand;
import dev.ordercore.application.port.in.DeleteKlassUseCase;
import dev.ordercore.domain.catalog.CatalogJson;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class DeleteKlassService implements DeleteKlassUseCase {

    private final OrderCorePorts ports;
    private final CatalogWrites writes;

    public DeleteKlassService(OrderCorePorts ports) {
        this.ports = ports;
        this.writes = new CatalogWrites(ports);
    }

    @Override
    public Result<Klass, OrderError> delete(DeleteCatalogEntryCommand<KlassId> c) {
        return writes.delete(c.principal(), c.tenant(), c.id(), EntityType.KLASS, ports.klasses(), Klass::deletedAt, CatalogJson::of);
    }
}
