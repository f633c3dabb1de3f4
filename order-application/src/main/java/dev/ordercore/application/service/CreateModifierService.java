package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.CreateModifierCommand;
import dev.ordercore.application.port.in.CreateModifierUseCase;
import dev.ordercore.domain.catalog.CatalogJson;
import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Uuids;

import java.util.List;
import java.util.Optional;

public final class CreateModifierService implements CreateModifierUseCase {

    private final OrderCorePorts ports;
    private final Uuids uuids;
    private final CatalogWrites writes;

    public CreateModifierService(OrderCorePorts ports, Uuids uuids) {
        this.ports = ports;
        this.uuids = uuids;
        this.writes = new CatalogWrites(ports);
    }

    @Override
    public Result<OrderModifier, OrderError> create(CreateModifierCommand c) {
        return writes.create(c.principal(), c.tenant(), "modifier", List::of,
                () -> OrderModifier.create(OrderModifierId.next(uuids), c.tenant(), c.name(), c.kind(), Optional.ofNullable(c.description()),
                        ports.clock().instant()),
                ports.modifiers(), e -> e.id().toString(), CatalogJson::of);
    }
}
