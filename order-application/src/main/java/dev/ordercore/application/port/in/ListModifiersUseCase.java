package dev.ordercore.application.port.in;

import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Lists modifiers in creation order, a page at a time. */
public interface ListModifiersUseCase {

    Result<Page<OrderModifier>, OrderError> list(ListCatalogQuery query);
}
