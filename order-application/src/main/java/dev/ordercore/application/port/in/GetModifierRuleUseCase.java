package dev.ordercore.application.port.in;

import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.catalog.OrderModifierRuleId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Reads one modifier rule, deleted or not. */
public interface GetModifierRuleUseCase {

    Result<OrderModifierRule, OrderError> get(GetCatalogEntryQuery<OrderModifierRuleId> query);
}
