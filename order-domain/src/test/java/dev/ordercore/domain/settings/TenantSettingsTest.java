package dev.ordercore.domain.settings;

import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.order.OrderLimits;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** Every setting's range (seed 002): its minimum and maximum are accepted, one past either is refused with the field's message. */
class TenantSettingsTest {

    private static final int MAX_ORDER_ITEMS = 0, MIN_ORDER_VALUE = 1, MAX_ORDER_VALUE = 2, HIGH_VALUE = 5, LARGE_QUANTITY = 6,
            RUSH_HOURS = 7, SHORTAGE = 8, MAX_DISCOUNT = 9, LEAD_TIME = 10, SAFETY_STOCK = 11, FORECAST_DAYS = 12, CENTRAL = 13,
            INDIVIDUAL = 14;

    private static Result<TenantSettings, OrderError> with(Object... indexAndValue) {
        TenantSettings.Draft d = TenantSettings.DEFAULTS.toDraft();
        Object[] a = {d.maxOrderItems(), d.minOrderValue(), d.maxOrderValue(), d.autoApproveOrders(), d.creditCheckEnabled(),
                d.highValueOrderThreshold(), d.largeQuantityOrderThreshold(), d.rushOrderHoursThreshold(), d.procurementShortageThreshold(),
                d.maxDiscountPercentage(), d.procurementLeadTimeDays(), d.safetyStockPercentage(), d.demandForecastDays(),
                d.centralBakeryOrderThreshold(), d.individualBakeryOrderThreshold()};
        for (int i = 0; i < indexAndValue.length; i += 2) {
            a[(Integer) indexAndValue[i]] = indexAndValue[i + 1];
        }
        return TenantSettings.create(new TenantSettings.Draft((Integer) a[0], (BigDecimal) a[1], (BigDecimal) a[2], (Boolean) a[3],
                (Boolean) a[4], (BigDecimal) a[5], (Integer) a[6], (Integer) a[7], (BigDecimal) a[8], (BigDecimal) a[9], (Integer) a[10],
                (BigDecimal) a[11], (Integer) a[12], (Integer) a[13], (Integer) a[14]));
    }

    private static List<Violation> refused(Object... indexAndValue) {
        Result<TenantSettings, OrderError> r = with(indexAndValue);
        assertThat(r.isErr()).as("expected a refusal, got %s", r).isTrue();
        return ((OrderError.ValidationFailed) r.error()).violations();
    }

    private static void accepted(Object... indexAndValue) {
        Result<TenantSettings, OrderError> r = with(indexAndValue);
        assertThat(r.isOk()).as("expected acceptance, got %s", r).isTrue();
    }

    private static void rangeIs(int index, String field, int min, int max) {
        accepted(index, min);
        accepted(index, max);
        assertThat(refused(index, min - 1)).containsExactly(new Violation(field, "out_of_range", field + " is " + min + "-" + max
                + ", got " + (min - 1)));
        assertThat(refused(index, max + 1)).containsExactly(new Violation(field, "out_of_range", field + " is " + min + "-" + max
                + ", got " + (max + 1)));
    }

    @Test
    void every_whole_number_setting_takes_its_minimum_and_maximum_and_refuses_one_past_either() {
        rangeIs(MAX_ORDER_ITEMS, "maxOrderItems", 1, 1000);
        rangeIs(LARGE_QUANTITY, "largeQuantityOrderThreshold", 1, 1_000_000);
        rangeIs(RUSH_HOURS, "rushOrderHoursThreshold", 1, 720);
        rangeIs(LEAD_TIME, "procurementLeadTimeDays", 0, 365);
        rangeIs(FORECAST_DAYS, "demandForecastDays", 1, 365);
        accepted(CENTRAL, 1_000_000);
        assertThat(refused(CENTRAL, 1_000_001)).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("centralBakeryOrderThreshold", "out_of_range"));
        accepted(INDIVIDUAL, 0);
        assertThat(refused(INDIVIDUAL, -1)).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("individualBakeryOrderThreshold", "out_of_range"));
    }

    @Test
    void R40_the_individual_threshold_lies_below_the_central_one() {
        accepted(CENTRAL, 20, INDIVIDUAL, 19);
        assertThat(refused(CENTRAL, 20, INDIVIDUAL, 20)).containsExactly(new Violation("individualBakeryOrderThreshold",
                "not_below_central", "individualBakeryOrderThreshold (20) is below centralBakeryOrderThreshold (20), or MIXED would be empty (R40)"));
    }

    @Test
    void amounts_are_0_or_more_or_above_0_with_at_most_4_decimals_and_13_integer_digits_and_min_is_not_above_max() {
        accepted(MIN_ORDER_VALUE, new BigDecimal("0"));
        accepted(MAX_ORDER_VALUE, new BigDecimal("0.0001"), MIN_ORDER_VALUE, new BigDecimal("0.0001"));
        accepted(HIGH_VALUE, new BigDecimal("9999999999999.9999"));
        assertThat(refused(MIN_ORDER_VALUE, new BigDecimal("-0.01"))).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("minOrderValue", "negative"));
        assertThat(refused(MAX_ORDER_VALUE, BigDecimal.ZERO)).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("maxOrderValue", "not_positive"));
        assertThat(refused(HIGH_VALUE, BigDecimal.ZERO)).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("highValueOrderThreshold", "not_positive"));
        assertThat(refused(HIGH_VALUE, new BigDecimal("1.00001"))).containsExactly(new Violation("highValueOrderThreshold",
                "too_many_decimals", "highValueOrderThreshold has at most 4 decimals"));
        assertThat(refused(HIGH_VALUE, new BigDecimal("10000000000000"))).containsExactly(new Violation("highValueOrderThreshold",
                "too_large", "highValueOrderThreshold has at most 13 digits before the point"));
        accepted(MIN_ORDER_VALUE, new BigDecimal("100"), MAX_ORDER_VALUE, new BigDecimal("100"));
        assertThat(refused(MIN_ORDER_VALUE, new BigDecimal("100.01"), MAX_ORDER_VALUE, new BigDecimal("100")))
                .extracting(Violation::path, Violation::code).containsExactly(tuple("minOrderValue", "min_above_max"));
    }

    @Test
    void percents_lie_between_0_and_their_maximum_with_at_most_4_decimals() {
        accepted(SHORTAGE, new BigDecimal("100"), MAX_DISCOUNT, new BigDecimal("0"), SAFETY_STOCK, new BigDecimal("1000"));
        assertThat(refused(SHORTAGE, new BigDecimal("100.0001"))).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("procurementShortageThreshold", "out_of_range"));
        assertThat(refused(MAX_DISCOUNT, new BigDecimal("-0.0001"))).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("maxDiscountPercentage", "out_of_range"));
        assertThat(refused(SAFETY_STOCK, new BigDecimal("1000.0001"))).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("safetyStockPercentage", "out_of_range"));
        assertThat(refused(SHORTAGE, new BigDecimal("1.00001"))).containsExactly(new Violation("procurementShortageThreshold",
                "too_many_decimals", "procurementShortageThreshold has at most 4 decimals"));
    }

    @Test
    void a_draft_without_settings_is_refused_naming_every_one_of_them() {
        List<Violation> missing = ((OrderError.ValidationFailed) TenantSettings.create(new TenantSettings.Draft(null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null)).error()).violations();

        assertThat(missing).extracting(Violation::code).containsOnly("required");
        assertThat(missing).extracting(Violation::path).containsExactlyInAnyOrder("maxOrderItems", "minOrderValue", "maxOrderValue",
                "autoApproveOrders", "creditCheckEnabled", "highValueOrderThreshold", "largeQuantityOrderThreshold",
                "rushOrderHoursThreshold", "procurementShortageThreshold", "maxDiscountPercentage", "procurementLeadTimeDays",
                "safetyStockPercentage", "demandForecastDays", "centralBakeryOrderThreshold", "individualBakeryOrderThreshold");
        assertThat(missing.get(0).message()).isEqualTo(missing.get(0).path() + " is required: PUT /settings states every setting");
    }

    @Test
    void the_settings_survive_their_json_and_settings_out_of_range_cannot_be_constructed() {
        TenantSettings changed = with(MAX_ORDER_ITEMS, 7, HIGH_VALUE, new BigDecimal("1234.5678"), CENTRAL, 30, INDIVIDUAL, 4,
                3, true, 4, true).value();

        assertThat(TenantSettings.fromJson(changed.toJson())).isEqualTo(changed);
        assertThat(TenantSettings.fromJson(TenantSettings.DEFAULTS.toJson())).isEqualTo(TenantSettings.DEFAULTS);
        assertThat(changed.toDraft().maxOrderItems()).isEqualTo(7);
        assertThatThrownBy(() -> new TenantSettings(0, BigDecimal.ZERO, BigDecimal.TEN, false, false, BigDecimal.TEN, 1, 1, BigDecimal.ONE,
                BigDecimal.ONE, 1, BigDecimal.ONE, 1, 2, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxOrderItems");
    }

    @Test
    void a_negative_amount_and_an_amount_that_must_be_above_0_are_refused_with_their_messages() {
        assertThat(refused(MIN_ORDER_VALUE, new BigDecimal("-0.01")))
                .containsExactly(new Violation("minOrderValue", "negative", "minOrderValue is 0 or more, got -0.01"));
        assertThat(refused(MAX_ORDER_VALUE, new BigDecimal("0.00")))
                .containsExactly(new Violation("maxOrderValue", "not_positive", "maxOrderValue is above 0, got 0.00"));
    }

    @Test
    void a_percent_with_4_decimals_is_accepted() {
        assertThat(with(SHORTAGE, new BigDecimal("99.9999"), MAX_DISCOUNT, new BigDecimal("0.0001")).value().procurementShortageThreshold())
                .isEqualTo(new BigDecimal("99.9999"));
    }

    @Test
    void the_order_limits_are_max_order_items_and_the_min_and_max_order_value() {
        assertThat(TenantSettings.DEFAULTS.orderLimits())
                .isEqualTo(OrderLimits.of(50, new BigDecimal("0.00"), new BigDecimal("100000.00")));
    }

    @Test
    void a_stored_document_missing_a_setting_is_a_data_error_naming_it() {
        JsonObject.Builder without = JsonObject.builder();
        TenantSettings.DEFAULTS.toJson().members().forEach((k, val) -> {
            if (!k.equals("rushOrderHoursThreshold")) {
                without.put(k, val);
            }
        });

        assertThatThrownBy(() -> TenantSettings.fromJson(without.build())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stored settings lack rushOrderHoursThreshold");
    }
}
