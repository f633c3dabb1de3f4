package dev.ordercore.application.port.in;

import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Lists klasses in creation order, a page at a time. */
public interface ListKlassesUseCase {

    Result<Page<Klass>, OrderError> list(ListCatalogQuery query);
}
