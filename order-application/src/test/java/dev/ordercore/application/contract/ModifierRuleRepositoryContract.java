package dev.ordercore.application.contract;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.ActiveModifierRules;
import dev.ordercore.application.port.out.CatalogRepository;
import dev.ordercore.application.port.out.OrderModifierRuleRepository;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.catalog.OrderModifierRuleId;
import dev.ordercore.domain.order.LineItemKind;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.Optional;

import static dev.ordercore.application.contract.ContractData.OTHER_TENANT;
import static dev.ordercore.application.contract.ContractData.T0;
import static dev.ordercore.application.contract.ContractData.TENANT;
import static dev.ordercore.application.contract.ContractData.category;
import static dev.ordercore.application.contract.ContractData.klass;
import static dev.ordercore.application.contract.ContractData.modifier;
import static dev.ordercore.application.contract.ContractData.ok;
import static dev.ordercore.application.contract.ContractData.percentRule;
import static dev.ordercore.application.contract.ContractData.rule;
import static dev.ordercore.application.contract.ContractData.uuids;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link OrderModifierRuleRepository} does: the catalog contract (rules have no natural
 * key besides their id), every kind of condition and effect found exactly as stored, and the active
 * rules placement applies (R33): not deleted, with a modifier that is not deleted, in id order.
 */
public abstract class ModifierRuleRepositoryContract extends CatalogRepositoryContract<OrderModifierRule, OrderModifierRuleId> {

    private final Map<TenantId, OrderModifier> modifiers = new HashMap<>();
    private final Map<TenantId, Klass> klasses = new HashMap<>();
    private final Map<TenantId, Category> categories = new HashMap<>();

    @BeforeEach
    void storeWhatRulesReferTo() {
        for (TenantId tenant : List.of(TENANT, OTHER_TENANT)) {
            Category tents = category(tenant, "Tents");
            Klass partyTent = klass(tenant, tents.id(), "Party tent");
            OrderModifier delivery = modifier(tenant, "Delivery");
            stores.categories().insert(tents);
            stores.klasses().insert(partyTent);
            stores.modifiers().insert(delivery);
            categories.put(tenant, tents);
            klasses.put(tenant, partyTent);
            modifiers.put(tenant, delivery);
        }
    }

    @Test
    void every_kind_of_condition_and_effect_is_found_exactly_as_stored() {
        OrderModifierRule fixed = rule(TENANT, modifiers.get(TENANT).id(), klasses.get(TENANT).id());
        OrderModifierRule percent = percentRule(TENANT, modifiers.get(TENANT).id(), categories.get(TENANT).id());
        OrderModifierRule perUnit = ok(OrderModifierRule.create(OrderModifierRuleId.next(uuids()), TENANT, modifiers.get(TENANT).id(),
                new OrderModifierRule.ConditionDraft(List.of(LineItemKind.SALE,
                        LineItemKind.SERVICE), null, null, null, null),
                new OrderModifierRule.EffectDraft(OrderModifierRule.EffectType.PER_UNIT, new BigDecimal("0.5"),
                        ContractData.EUR, null), T0));
        OrderModifierRule any = ok(OrderModifierRule.create(OrderModifierRuleId.next(uuids()), TENANT, modifiers.get(TENANT).id(), null,
                new OrderModifierRule.EffectDraft(OrderModifierRule.EffectType.PERCENT, null, null, new BigDecimal("0.0125")), T0));
        List.of(fixed, percent, perUnit, any).forEach(stores.modifierRules()::insert);

        assertThat(stores.modifierRules().findAll(TENANT, List.of(fixed.id(), percent.id(), perUnit.id(), any.id())))
                .containsExactly(fixed, percent, perUnit, any);
    }

    @Test
    void R33_the_active_rules_are_the_tenants_rules_not_deleted_whose_modifier_is_not_deleted_in_id_order_with_their_modifiers() {
        OrderModifier damageWaiver = modifier(TENANT, "Damage waiver");
        OrderModifier retired = modifier(TENANT, "Old delivery");
        OrderModifier unused = modifier(TENANT, "Unused");
        List.of(damageWaiver, retired, unused).forEach(stores.modifiers()::insert);
        OrderModifier delivery = modifiers.get(TENANT);
        OrderModifierRule first = rule(TENANT, delivery.id(), klasses.get(TENANT).id());
        OrderModifierRule deletedRule = rule(TENANT, delivery.id(), klasses.get(TENANT).id());
        OrderModifierRule ofRetired = rule(TENANT, retired.id(), klasses.get(TENANT).id());
        OrderModifierRule waiver = percentRule(TENANT, damageWaiver.id(), categories.get(TENANT).id());
        OrderModifierRule second = percentRule(TENANT, delivery.id(), categories.get(TENANT).id());
        OrderModifierRule theirs = rule(OTHER_TENANT, modifiers.get(OTHER_TENANT).id(), klasses.get(OTHER_TENANT).id());
        List.of(second, waiver, theirs, ofRetired, deletedRule, first).forEach(stores.modifierRules()::insert);
        stores.modifierRules().markDeleted(TENANT, deletedRule.id(), LATER);
        stores.modifiers().markDeleted(TENANT, retired.id(), LATER);

        ActiveModifierRules active = stores.modifierRules().active(TENANT);

        assertThat(active.rules()).containsExactly(first, waiver, second);
        assertThat(active.modifiers()).containsExactlyInAnyOrder(delivery, damageWaiver);
        assertThat(stores.modifierRules().active(OTHER_TENANT).rules()).containsExactly(theirs);
    }

    @Test
    void R33_a_tenant_without_rules_has_no_active_rules() {
        assertThat(stores.modifierRules().active(TenantId.of("newcomer"))).isEqualTo(ActiveModifierRules.none());
        assertThat(stores.modifierRules().active(TENANT)).isEqualTo(ActiveModifierRules.none());
    }

    @Override
    protected boolean hasNaturalKey() {
        return false;
    }

    @Override
    protected CatalogRepository<OrderModifierRule, OrderModifierRuleId> repository(OrderCorePorts ports) {
        return ports.modifierRules();
    }

    @Override
    protected EntityType entityType() {
        return EntityType.MODIFIER_RULE;
    }

    /** Rules differ by id only; {@code key} picks which of two rule shapes the entry gets, so entries are not all alike. */
    @Override
    protected OrderModifierRule newEntry(TenantId tenant, String key) {
        return key.hashCode() % 2 == 0 ? rule(tenant, modifiers.get(tenant).id(), klasses.get(tenant).id())
                : percentRule(tenant, modifiers.get(tenant).id(), categories.get(tenant).id());
    }

    @Override
    protected OrderModifierRule withSameNaturalKey(OrderModifierRule existing) {
        // Rules have no natural key: the same rule stated twice is two rules, each charging on its own.
        return new OrderModifierRule(new OrderModifierRuleId(UUID.randomUUID()), existing.tenant(), existing.modifier(),
                existing.condition(), existing.effect(), existing.createdAt(), Optional.empty());
    }

    @Override
    protected OrderModifierRule withSameId(OrderModifierRule existing, String key) {
        return ok(OrderModifierRule.create(existing.id(), existing.tenant(), existing.modifier(), null,
                new OrderModifierRule.EffectDraft(OrderModifierRule.EffectType.PERCENT, null, null, new BigDecimal("5")), T0));
    }

    @Override
    protected Optional<Instant> deletedAtOf(OrderModifierRule entry) {
        return entry.deletedAt();
    }

    @Override
    protected OrderModifierRuleId idOf(OrderModifierRule entry) {
        return entry.id();
    }

    @Override
    protected OrderModifierRuleId unknownId() {
        return OrderModifierRuleId.next(uuids());
    }
}
