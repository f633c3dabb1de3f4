package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.CreateModifierRuleCommand;
import dev.ordercore.application.port.in.CreateModifierRuleUseCase;
import dev.ordercore.domain.catalog.CatalogJson;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.catalog.OrderModifierRuleId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Uuids;
import dev.ordercore.domain.shared.Violation;

import java.util.ArrayList;
import java.util.List;

public final class CreateModifierRuleService implements CreateModifierRuleUseCase {

    private final OrderCorePorts ports;
    private final Uuids uuids;
    private final CatalogWrites writes;

    public CreateModifierRuleService(OrderCorePorts ports, Uuids uuids) {
        this.ports = ports;
        this.uuids = uuids;
        this.writes = new CatalogWrites(ports);
    }

    @Override
    public Result<OrderModifierRule, OrderError> create(CreateModifierRuleCommand c) {
        return writes.create(c.principal(), c.tenant(), "modifier_rule", () -> references(c),
                () -> OrderModifierRule.create(OrderModifierRuleId.next(uuids), c.tenant(), c.modifierId(), c.condition(), c.effect(),
                        ports.clock().instant()),
                ports.modifierRules(), e -> e.id().toString(), CatalogJson::of);
    }

    /** The modifier, and the category and klass the condition names, are in the tenant and not deleted. */
    private List<Violation> references(CreateModifierRuleCommand c) {
        List<Violation> found = new ArrayList<>(CatalogWrites.reference("modifierId", c.modifierId(),
                id -> ports.modifiers().find(c.tenant(), id), OrderModifier::isDeleted, "modifier"));
        if (c.condition() != null) {
            found.addAll(CatalogWrites.reference("condition.categoryId", c.condition().category(),
                    id -> ports.categories().find(c.tenant(), id), Category::isDeleted, "category"));
            found.addAll(CatalogWrites.reference("condition.klassId", c.condition().klass(),
                    id -> ports.klasses().find(c.tenant(), id), Klass::isDeleted, "klass"));
        }
        return found;
    }
}
