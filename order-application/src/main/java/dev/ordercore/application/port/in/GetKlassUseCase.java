package dev.ordercore.application.port.in;

import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Reads one klass. */
public interface GetKlassUseCase {

    Result<Klass, OrderError> get(GetCatalogEntryQuery<KlassId> query);
}
