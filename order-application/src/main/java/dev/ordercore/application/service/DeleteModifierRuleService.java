package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.DeleteCatalogEntryCommand;
import dev.ordercore.application.port.in.DeleteModifierRuleUseCase;
import dev.ordercore.domain.catalog.CatalogJson;
import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.catalog.OrderModifierRuleId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class DeleteModifierRuleService implements DeleteModifierRuleUseCase {

    private final OrderCorePorts ports;
    private final CatalogWrites writes;

    public DeleteModifierRuleService(OrderCorePorts ports) {
        this.ports = ports;
        this.writes = new CatalogWrites(ports);
    }

    @Override
    public Result<OrderModifierRule, OrderError> delete(DeleteCatalogEntryCommand<OrderModifierRuleId> c) {
        return writes.delete(c.principal(), c.tenant(), c.id(), EntityType.MODIFIER_RULE, ports.modifierRules(), OrderModifierRule::deletedAt, CatalogJson::of);
    }
}
