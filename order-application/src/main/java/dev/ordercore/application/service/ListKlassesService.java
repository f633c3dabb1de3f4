package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.ListCatalogQuery;
import dev.ordercore.application.port.in.ListKlassesUseCase;
import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class ListKlassesService implements ListKlassesUseCase {

    private final CatalogReads<Klass, KlassId> reads;

    public ListKlassesService(OrderCorePorts ports) {
        this.reads = new CatalogReads<>(ports.klasses(), EntityType.KLASS, KlassId::new, e -> e.id().value());
    }

    @Override
    public Result<Page<Klass>, OrderError> list(ListCatalogQuery query) {
        return reads.list(query);
    }
}
