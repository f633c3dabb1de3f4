package dev.ordercore.domain.settings;

import dev.ordercore.domain.shared.Decimals;
import dev.ordercore.domain.json.JsonBoolean;
import dev.ordercore.domain.json.JsonNumber;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderLimits;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Violations;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How one tenant runs its orders day to day (seed 002's configuration), with seed 002's defaults:
 * order limits, auto-approval, alert thresholds (R37), the discount cap, procurement planning
 * (R38, R39) and business-model detection (R40). Every rule that needs one of these reads it from
 * here, never from a constant. Amounts are in the order's currency, whatever it is.
 */
public record TenantSettings(
        int maxOrderItems,
        BigDecimal minOrderValue,
        BigDecimal maxOrderValue,
        boolean autoApproveOrders,
        boolean creditCheckEnabled,
        BigDecimal highValueOrderThreshold,
        int largeQuantityOrderThreshold,
        int rushOrderHoursThreshold,
        BigDecimal procurementShortageThreshold,
        BigDecimal maxDiscountPercentage,
        int procurementLeadTimeDays,
        BigDecimal safetyStockPercentage,
        int demandForecastDays,
        int centralBakeryOrderThreshold,
        int individualBakeryOrderThreshold) {

    /** Seed 002's defaults. */
    public static final TenantSettings DEFAULTS = new TenantSettings(50, new BigDecimal("0.00"), new BigDecimal("100000.00"), false, false,
            new BigDecimal("5000.00"), 100, 24, new BigDecimal("90"), new BigDecimal("50"), 3, new BigDecimal("20"), 14, 20, 5);

    /** Amounts have at most this many digits before the point, like unit prices. */
    static final int AMOUNT_INTEGER_DIGITS = 13;
    static final int DECIMALS = 4;

    public TenantSettings {
        Violations v = new Violations();
        check(v, maxOrderItems, minOrderValue, maxOrderValue, highValueOrderThreshold, largeQuantityOrderThreshold, rushOrderHoursThreshold,
                procurementShortageThreshold, maxDiscountPercentage, procurementLeadTimeDays, safetyStockPercentage, demandForecastDays,
                centralBakeryOrderThreshold, individualBakeryOrderThreshold);
        if (!v.isEmpty()) {
            throw new IllegalArgumentException(v.toList().toString());
        }
    }

    /**
     * Settings as a request states them: every field is required ({@code null} = missing), so a
     * PUT replaces the whole document and nothing falls back to a default unseen. Every violation is reported.
     */
    public record Draft(Integer maxOrderItems, BigDecimal minOrderValue, BigDecimal maxOrderValue, Boolean autoApproveOrders,
                        Boolean creditCheckEnabled, BigDecimal highValueOrderThreshold, Integer largeQuantityOrderThreshold,
                        Integer rushOrderHoursThreshold, BigDecimal procurementShortageThreshold, BigDecimal maxDiscountPercentage,
                        Integer procurementLeadTimeDays, BigDecimal safetyStockPercentage, Integer demandForecastDays,
                        Integer centralBakeryOrderThreshold, Integer individualBakeryOrderThreshold) {
    }

    public static Result<TenantSettings, OrderError> create(Draft d) {
        Violations v = new Violations();
        required(v, "maxOrderItems", d.maxOrderItems());
        required(v, "minOrderValue", d.minOrderValue());
        required(v, "maxOrderValue", d.maxOrderValue());
        required(v, "autoApproveOrders", d.autoApproveOrders());
        required(v, "creditCheckEnabled", d.creditCheckEnabled());
        required(v, "highValueOrderThreshold", d.highValueOrderThreshold());
        required(v, "largeQuantityOrderThreshold", d.largeQuantityOrderThreshold());
        required(v, "rushOrderHoursThreshold", d.rushOrderHoursThreshold());
        required(v, "procurementShortageThreshold", d.procurementShortageThreshold());
        required(v, "maxDiscountPercentage", d.maxDiscountPercentage());
        required(v, "procurementLeadTimeDays", d.procurementLeadTimeDays());
        required(v, "safetyStockPercentage", d.safetyStockPercentage());
        required(v, "demandForecastDays", d.demandForecastDays());
        required(v, "centralBakeryOrderThreshold", d.centralBakeryOrderThreshold());
        required(v, "individualBakeryOrderThreshold", d.individualBakeryOrderThreshold());
        check(v, d.maxOrderItems(), d.minOrderValue(), d.maxOrderValue(), d.highValueOrderThreshold(), d.largeQuantityOrderThreshold(),
                d.rushOrderHoursThreshold(), d.procurementShortageThreshold(), d.maxDiscountPercentage(), d.procurementLeadTimeDays(),
                d.safetyStockPercentage(), d.demandForecastDays(), d.centralBakeryOrderThreshold(), d.individualBakeryOrderThreshold());
        if (!v.isEmpty()) {
            return v.toResult(null);
        }
        return Result.ok(new TenantSettings(d.maxOrderItems(), d.minOrderValue(), d.maxOrderValue(), d.autoApproveOrders(),
                d.creditCheckEnabled(), d.highValueOrderThreshold(), d.largeQuantityOrderThreshold(), d.rushOrderHoursThreshold(),
                d.procurementShortageThreshold(), d.maxDiscountPercentage(), d.procurementLeadTimeDays(), d.safetyStockPercentage(),
                d.demandForecastDays(), d.centralBakeryOrderThreshold(), d.individualBakeryOrderThreshold()));
    }

    /** What placing and adjusting an order keep to: maxOrderItems, minOrderValue and maxOrderValue. */
    public OrderLimits orderLimits() {
        return OrderLimits.of(maxOrderItems, minOrderValue, maxOrderValue);
    }

    public Draft toDraft() {
        return new Draft(maxOrderItems, minOrderValue, maxOrderValue, autoApproveOrders, creditCheckEnabled, highValueOrderThreshold,
                largeQuantityOrderThreshold, rushOrderHoursThreshold, procurementShortageThreshold, maxDiscountPercentage,
                procurementLeadTimeDays, safetyStockPercentage, demandForecastDays, centralBakeryOrderThreshold,
                individualBakeryOrderThreshold);
    }

    /** The settings in the HTTP API's field names; numbers as decimal strings where they are amounts or percents. */
    public JsonObject toJson() {
        return JsonObject.builder()
                .put("maxOrderItems", maxOrderItems)
                .put("minOrderValue", minOrderValue.toPlainString())
                .put("maxOrderValue", maxOrderValue.toPlainString())
                .put("autoApproveOrders", autoApproveOrders)
                .put("creditCheckEnabled", creditCheckEnabled)
                .put("highValueOrderThreshold", highValueOrderThreshold.toPlainString())
                .put("largeQuantityOrderThreshold", largeQuantityOrderThreshold)
                .put("rushOrderHoursThreshold", rushOrderHoursThreshold)
                .put("procurementShortageThreshold", procurementShortageThreshold.toPlainString())
                .put("maxDiscountPercentage", maxDiscountPercentage.toPlainString())
                .put("procurementLeadTimeDays", procurementLeadTimeDays)
                .put("safetyStockPercentage", safetyStockPercentage.toPlainString())
                .put("demandForecastDays", demandForecastDays)
                .put("centralBakeryOrderThreshold", centralBakeryOrderThreshold)
                .put("individualBakeryOrderThreshold", individualBakeryOrderThreshold)
                .build();
    }

    /** Reads what {@link #toJson()} wrote; a stored document that no longer validates is a data error and throws. */
    public static TenantSettings fromJson(JsonObject o) {
        return new TenantSettings(integer(o, "maxOrderItems"), decimal(o, "minOrderValue"), decimal(o, "maxOrderValue"),
                bool(o, "autoApproveOrders"), bool(o, "creditCheckEnabled"), decimal(o, "highValueOrderThreshold"),
                integer(o, "largeQuantityOrderThreshold"), integer(o, "rushOrderHoursThreshold"), decimal(o, "procurementShortageThreshold"),
                decimal(o, "maxDiscountPercentage"), integer(o, "procurementLeadTimeDays"), decimal(o, "safetyStockPercentage"),
                integer(o, "demandForecastDays"), integer(o, "centralBakeryOrderThreshold"), integer(o, "individualBakeryOrderThreshold"));
    }

    private static JsonValue member(JsonObject o, String name) {
        return o.get(name).orElseThrow(() -> new IllegalArgumentException("stored settings lack " + name));
    }

    private static int integer(JsonObject o, String name) {
        return ((JsonNumber) member(o, name)).value().intValueExact();
    }

    private static BigDecimal decimal(JsonObject o, String name) {
        return new BigDecimal(((JsonString) member(o, name)).value());
    }

    private static boolean bool(JsonObject o, String name) {
        return ((JsonBoolean) member(o, name)).value();
    }

    private static void required(Violations v, String field, Object value) {
        if (value == null) {
            v.add(field, "required", field + " is required: PUT /settings states every setting");
        }
    }

    private static void check(Violations v, Integer maxOrderItems, BigDecimal minOrderValue, BigDecimal maxOrderValue,
                              BigDecimal highValue, Integer largeQuantity, Integer rushHours, BigDecimal shortage,
                              BigDecimal maxDiscount, Integer leadTime, BigDecimal safetyStock, Integer forecastDays,
                              Integer central, Integer individual) {
        range(v, "maxOrderItems", maxOrderItems, 1, Order.MAX_LINES);
        amount(v, "minOrderValue", minOrderValue, false);
        amount(v, "maxOrderValue", maxOrderValue, true);
        if (minOrderValue != null && maxOrderValue != null && minOrderValue.compareTo(maxOrderValue) > 0) {
            v.add("minOrderValue", "min_above_max", "minOrderValue " + Decimals.show(minOrderValue) + " is above maxOrderValue "
                    + Decimals.show(maxOrderValue));
        }
        amount(v, "highValueOrderThreshold", highValue, true);
        range(v, "largeQuantityOrderThreshold", largeQuantity, 1, 1_000_000);
        range(v, "rushOrderHoursThreshold", rushHours, 1, 24 * 30);
        percent(v, "procurementShortageThreshold", shortage, new BigDecimal("100"));
        percent(v, "maxDiscountPercentage", maxDiscount, new BigDecimal("100"));
        range(v, "procurementLeadTimeDays", leadTime, 0, 365);
        percent(v, "safetyStockPercentage", safetyStock, new BigDecimal("1000"));
        range(v, "demandForecastDays", forecastDays, 1, 365);
        range(v, "centralBakeryOrderThreshold", central, 1, 1_000_000);
        range(v, "individualBakeryOrderThreshold", individual, 0, 1_000_000);
        if (central != null && individual != null && individual >= central) {
            v.add("individualBakeryOrderThreshold", "not_below_central", "individualBakeryOrderThreshold (" + individual
                    + ") is below centralBakeryOrderThreshold (" + central + "), or MIXED would be empty (R40)");
        }
    }

    private static void range(Violations v, String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            v.add(field, "out_of_range", field + " is " + min + "-" + max + ", got " + value);
        }
    }

    private static void amount(Violations v, String field, BigDecimal value, boolean positive) {
        if (value == null) {
            return;
        }
        BigDecimal s = value.stripTrailingZeros();
        if (value.signum() < 0 || positive && value.signum() == 0) {
            v.add(field, positive ? "not_positive" : "negative", field + " is " + (positive ? "above 0" : "0 or more")
                    + ", got " + Decimals.show(value));
        } else if (s.scale() > DECIMALS) {
            v.add(field, "too_many_decimals", field + " has at most " + DECIMALS + " decimals");
        } else if (Decimals.integerDigits(value) > AMOUNT_INTEGER_DIGITS) {
            v.add(field, "too_large", field + " has at most " + AMOUNT_INTEGER_DIGITS + " digits before the point");
        }
    }

    private static void percent(Violations v, String field, BigDecimal value, BigDecimal max) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            v.add(field, "out_of_range", field + " is a percent from 0 to " + Decimals.show(max) + ", got " + Decimals.show(value));
        } else if (value.stripTrailingZeros().scale() > DECIMALS) {
            v.add(field, "too_many_decimals", field + " has at most " + DECIMALS + " decimals");
        }
    }
}
