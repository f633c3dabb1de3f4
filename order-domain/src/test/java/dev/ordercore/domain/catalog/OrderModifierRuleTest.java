package dev.ordercore.domain.catalog;

import dev.ordercore.domain.order.LineItemKind;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import static dev.ordercore.domain.catalog.OrderModifierRule.EffectType.FIXED;
import static dev.ordercore.domain.catalog.OrderModifierRule.EffectType.PERCENT;
import static dev.ordercore.domain.catalog.OrderModifierRule.EffectType.PER_UNIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A modifier rule reports every mistake of its condition and effect at once, at the paths of the HTTP request. */
class OrderModifierRuleTest {

    private static final TenantId TENANT = TenantId.of("rental-shop");
    private static final Instant NOW = Instant.parse("2026-01-14T10:00:00Z");
    private static final Currency SEK = Currency.getInstance("SEK");
    private static final OrderModifierId DELIVERY = new OrderModifierId(UUID.fromString("0190d2a4-7c2e-7d3b-9c1f-0000000000d1"));

    private static Result<OrderModifierRule, OrderError> rule(OrderModifierId modifier, OrderModifierRule.ConditionDraft condition,
                                                               OrderModifierRule.EffectDraft effect) {
        return OrderModifierRule.create(OrderModifierRuleId.of("0190d2a4-7c2e-7d3b-9c1f-0000000000e1"), TENANT, modifier, condition,
                effect, NOW);
    }

    private static List<Violation> violations(Result<OrderModifierRule, OrderError> refused) {
        assertThat(refused.isErr()).as("the rule should be refused").isTrue();
        return ((OrderError.ValidationFailed) refused.error()).violations();
    }

    @Test
    void every_mistake_of_a_rule_is_reported_at_once_with_its_path() {
        OrderModifierRule.ConditionDraft condition = new OrderModifierRule.ConditionDraft(Arrays.asList(LineItemKind.RENTAL, null),
                null, null, new BigDecimal("-5"), null);

        assertThat(violations(rule(null, condition, new OrderModifierRule.EffectDraft(FIXED, new BigDecimal("1.005"), SEK,
                new BigDecimal("10"))))).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                tuple("modifierId", "required"),
                tuple("condition.kinds[1]", "required"),
                tuple("condition.minLineAmount.amount", "negative"),
                tuple("condition.minLineAmount.currency", "required"),
                tuple("effect.percent", "not_allowed"),
                tuple("effect.amount", "too_many_decimals"));
    }

    @Test
    void a_percent_effect_states_a_percent_in_range_and_nothing_else() {
        assertThat(violations(rule(DELIVERY, null, new OrderModifierRule.EffectDraft(PERCENT, new BigDecimal("10"), SEK, null))))
                .extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                        tuple("effect.amount", "not_allowed"), tuple("effect.currency", "not_allowed"), tuple("effect.percent", "required"));
        assertThat(violations(rule(DELIVERY, null, new OrderModifierRule.EffectDraft(PERCENT, null, null, new BigDecimal("0")))))
                .extracting(Violation::path, Violation::code).containsExactly(tuple("effect.percent", "out_of_range"));
        assertThat(violations(rule(DELIVERY, null, new OrderModifierRule.EffectDraft(PERCENT, null, null, new BigDecimal("1000.01")))))
                .extracting(Violation::path, Violation::code).containsExactly(tuple("effect.percent", "out_of_range"));
        assertThat(violations(rule(DELIVERY, null, new OrderModifierRule.EffectDraft(PERCENT, null, null, new BigDecimal("2.12345")))))
                .extracting(Violation::path, Violation::code).containsExactly(tuple("effect.percent", "too_many_decimals"));
        assertThat(rule(DELIVERY, null, new OrderModifierRule.EffectDraft(PERCENT, null, null, new BigDecimal("1000"))).isOk()).isTrue();
    }

    @Test
    void an_effect_is_required_and_a_fixed_or_per_unit_one_needs_an_amount_in_a_currency_with_minor_units() {
        assertThat(violations(rule(DELIVERY, null, null))).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("effect", "required"));
        assertThat(violations(rule(DELIVERY, null, new OrderModifierRule.EffectDraft(null, null, null, null))))
                .extracting(Violation::path, Violation::code).containsExactly(tuple("effect.type", "required"));
        assertThat(violations(rule(DELIVERY, null, new OrderModifierRule.EffectDraft(PER_UNIT, null, Currency.getInstance("XAU"), null))))
                .extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                        tuple("effect.amount", "required"), tuple("effect.currency", "invalid_currency"));
    }

    @Test
    void a_rule_without_a_condition_charges_every_line() {
        OrderModifierRule any = rule(DELIVERY, null, new OrderModifierRule.EffectDraft(FIXED, new BigDecimal("250"), SEK, null)).value();

        assertThat(any.condition()).isEqualTo(OrderModifierRule.Condition.any());
        assertThat(any.effect()).isEqualTo(new OrderModifierRule.Effect.Fixed(dev.ordercore.domain.shared.Money.of("250.00", "SEK")));
        assertThat(any.isDeleted()).isFalse();
    }
}
