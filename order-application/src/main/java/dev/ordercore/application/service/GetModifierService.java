package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.GetCatalogEntryQuery;
import dev.ordercore.application.port.in.GetModifierUseCase;
import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class GetModifierService implements GetModifierUseCase {

    private final CatalogReads<OrderModifier, OrderModifierId> reads;

    public GetModifierService(OrderCorePorts ports) {
        this.reads = new CatalogReads<>(ports.modifiers(), EntityType.MODIFIER, OrderModifierId::new, e -> e.id().value());
    }

    @Override
    public Result<OrderModifier, OrderError> get(GetCatalogEntryQuery<OrderModifierId> query) {
        return reads.get(query);
    }
}
