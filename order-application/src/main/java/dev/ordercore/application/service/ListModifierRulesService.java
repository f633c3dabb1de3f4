package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.ListCatalogQuery;
import dev.ordercore.application.port.in.ListModifierRulesUseCase;
import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.catalog.OrderModifierRuleId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class ListModifierRulesService implements ListModifierRulesUseCase {

    private final CatalogReads<OrderModifierRule, OrderModifierRuleId> reads;

    public ListModifierRulesService(OrderCorePorts ports) {
        this.reads = new CatalogReads<>(ports.modifierRules(), EntityType.MODIFIER_RULE, OrderModifierRuleId::new, e -> e.id().value());
    }

    @Override
    public Result<Page<OrderModifierRule>, OrderError> list(ListCatalogQuery query) {
        return reads.list(query);
    }
}
