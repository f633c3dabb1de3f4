package dev.ordercore.domain.shared;

import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.catalog.OrderModifierRuleId;
import dev.ordercore.domain.pricing.OrderCalculation;
import dev.ordercore.domain.settings.TenantSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decimals with exponents a JSON parser accepts ({@code 1E+2147483647}) are refused as too large
 * with a violation, never an overflow: {@code precision - scale} in {@code int} wraps around for them.
 */
class HugeDecimalsTest {

    private static final Currency SEK = Currency.getInstance("SEK");
    private static final TenantId TENANT = TenantId.of("acme");
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"1E+2147483647", "1E+2147483000", "1E+14", "12345678901234"})
    void integer_digits_never_overflow(String huge) {
        assertThat(Decimals.integerDigits(new BigDecimal(huge))).isGreaterThan(13);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+2147483647", "-1E+2147483647", "1E-2147483647"})
    void a_huge_decimal_is_shown_in_scientific_notation_not_spelled_out(String huge) {
        assertThat(Decimals.show(new BigDecimal(huge))).hasSizeLessThan(20);
        assertThat(Decimals.show(new BigDecimal("-12.50"))).isEqualTo("-12.50");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+2147483647", "1E+14"})
    void R8_a_unit_price_with_a_huge_exponent_is_too_large(String huge) {
        assertThat(UnitPrice.violation(new BigDecimal(huge))).get().extracting(Violation::code).isEqualTo("price_too_large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+2147483647", "-1E+2147483647", "1E+14"})
    void R32_a_klass_price_with_a_huge_exponent_is_refused(String huge) {
        Result<Klass, OrderError> made = Klass.create(new KlassId(UUID.randomUUID()), TENANT, "Excavator", new CategoryId(UUID.randomUUID()),
                List.of(new Klass.PriceDraft(null, new BigDecimal(huge), SEK)), NOW);

        assertThat(codes(made)).containsAnyOf("price_too_large", "negative");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+2147483647", "1E+14"})
    void R33_a_rule_amount_with_a_huge_exponent_is_refused(String huge) {
        Result<OrderModifierRule, OrderError> made = OrderModifierRule.create(new OrderModifierRuleId(UUID.randomUUID()), TENANT,
                new OrderModifierId(UUID.randomUUID()), null,
                new OrderModifierRule.EffectDraft(OrderModifierRule.EffectType.FIXED, new BigDecimal(huge), SEK, null), NOW);

        assertThat(codes(made)).contains("too_large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+2147483647", "-1E+2147483647", "1E+15"})
    void R31_a_manual_calculation_with_a_huge_exponent_is_refused(String huge) {
        BigDecimal h = new BigDecimal(huge);
        Result<OrderCalculation, OrderError> made = OrderCalculation.manual(new OrderCalculation.ManualDraft("SEK", h,
                List.of(new OrderCalculation.VatDraft(new BigDecimal("25"), h)), h, h, h, h), SEK);

        assertThat(codes(made)).contains("amount_too_large").doesNotContain("total_mismatch");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+2147483647", "1E+14"})
    void a_setting_with_a_huge_exponent_is_refused(String huge) {
        TenantSettings.Draft d = TenantSettings.DEFAULTS.toDraft();
        Result<TenantSettings, OrderError> made = TenantSettings.create(new TenantSettings.Draft(d.maxOrderItems(), d.minOrderValue(),
                new BigDecimal(huge), d.autoApproveOrders(), d.creditCheckEnabled(), new BigDecimal(huge), d.largeQuantityOrderThreshold(),
                d.rushOrderHoursThreshold(), d.procurementShortageThreshold(), d.maxDiscountPercentage(), d.procurementLeadTimeDays(),
                d.safetyStockPercentage(), d.demandForecastDays(), d.centralBakeryOrderThreshold(), d.individualBakeryOrderThreshold()));

        assertThat(codes(made)).containsExactly("too_large", "too_large");
    }

    private static List<String> codes(Result<?, OrderError> result) {
        assertThat(result.isErr()).as("refused").isTrue();
        assertThat(result.error()).isInstanceOf(OrderError.ValidationFailed.class);
        return ((OrderError.ValidationFailed) result.error()).violations().stream().map(Violation::code).toList();
    }
}
