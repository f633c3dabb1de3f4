package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.GetCatalogEntryQuery;
import dev.ordercore.application.port.in.GetModifierRuleUseCase;
import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.catalog.OrderModifierRuleId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class GetModifierRuleService implements GetModifierRuleUseCase {

    private final CatalogReads<OrderModifierRule, OrderModifierRuleId> reads;

    public GetModifierRuleService(OrderCorePorts ports) {
        this.reads = new CatalogReads<>(ports.modifierRules(), EntityType.MODIFIER_RULE, OrderModifierRuleId::new, e -> e.id().value());
    }

    @Override
    public Result<OrderModifierRule, OrderError> get(GetCatalogEntryQuery<OrderModifierRuleId> query) {
        return reads.get(query);
    }
}
