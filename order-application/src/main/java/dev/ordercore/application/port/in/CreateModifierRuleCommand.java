package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.shared.TenantId;

import java.util.Objects;

/**
 * Add a rule that charges {@code modifierId} on lines meeting {@code condition} ({@code null} = every
 * line). A {@code null} modifier or effect is reported as missing. Fields that may be {@code null}
 * are the request's own and come back as violations, never as exceptions.
 */
public record CreateModifierRuleCommand(Principal principal, TenantId tenant, OrderModifierId modifierId,
                                        OrderModifierRule.ConditionDraft condition, OrderModifierRule.EffectDraft effect) {

    public CreateModifierRuleCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
    }
}
