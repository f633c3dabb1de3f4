package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.DeleteCatalogEntryCommand;
import dev.ordercore.application.port.in.DeleteModifierUseCase;
import dev.ordercore.domain.catalog.CatalogJson;
import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class DeleteModifierService implements DeleteModifierUseCase {

    private final OrderCorePorts ports;
    private final CatalogWrites writes;

    public DeleteModifierService(OrderCorePorts ports) {
        this.ports = ports;
        this.writes = new CatalogWrites(ports);
    }

    @Override
    public Result<OrderModifier, OrderError> delete(DeleteCatalogEntryCommand<OrderModifierId> c) {
        return writes.delete(c.principal(), c.tenant(), c.id(), EntityType.MODIFIER, ports.modifiers(), OrderModifier::deletedAt, CatalogJson::of);
    }
}
