package dev.ordercore.application.port.in;

import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Lists modifier rules in creation order, a page at a time. */
public interface ListModifierRulesUseCase {

    Result<Page<OrderModifierRule>, OrderError> list(ListCatalogQuery query);
}
