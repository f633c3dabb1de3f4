package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.ListCatalogQuery;
import dev.ordercore.application.port.in.ListModifiersUseCase;
import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class ListModifiersService implements ListModifiersUseCase {

    private final CatalogReads<OrderModifier, OrderModifierId> reads;

    public ListModifiersService(OrderCorePorts ports) {
        this.reads = new CatalogReads<>(ports.modifiers(), EntityType.MODIFIER, OrderModifierId::new, e -> e.id().value());
    }

    @Override
    public Result<Page<OrderModifier>, OrderError> list(ListCatalogQuery query) {
        return reads.list(query);
    }
}
