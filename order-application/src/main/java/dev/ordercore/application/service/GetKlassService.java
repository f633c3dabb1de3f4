package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.GetCatalogEntryQuery;
import dev.ordercore.application.port.in.GetKlassUseCase;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class GetKlassService implements GetKlassUseCase {

    private final CatalogReads<Klass, KlassId> reads;

    public GetKlassService(OrderCorePorts ports) {
        this.reads = new CatalogReads<>(ports.klasses(), EntityType.KLASS, KlassId::new, e -> e.id().value());
    }

    @Override
    public Result<Klass, OrderError> get(GetCatalogEntryQuery<KlassId> query) {
        return reads.get(query);
    }
}
