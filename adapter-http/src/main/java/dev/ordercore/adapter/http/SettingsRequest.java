package dev.ordercore.adapter.http;

import dev.ordercore.domain.settings.TenantSettings;

import java.math.BigDecimal;

/**
 * The body of {@code PUT /settings}: the whole settings document, every field required. Only the
 * JSON types are checked here; a missing field, like a value out of range, is the settings
 * model's to report, so one 422 answer lists every missing and every invalid setting together.
 * Amounts and percents are decimal strings (or JSON numbers, read exactly).
 */
record SettingsRequest(
        Integer maxOrderItems,
        BigDecimal minOrderValue,
        BigDecimal maxOrderValue,
        Boolean autoApproveOrders,
        Boolean creditCheckEnabled,
        BigDecimal highValueOrderThreshold,
        Integer largeQuantityOrderThreshold,
        Integer rushOrderHoursThreshold,
        BigDecimal procurementShortageThreshold,
        BigDecimal maxDiscountPercentage,
        Integer procurementLeadTimeDays,
        BigDecimal safetyStockPercentage,
        Integer demandForecastDays,
        Integer centralBakeryOrderThreshold,
        Integer individualBakeryOrderThreshold) {

    TenantSettings.Draft draft() {
        return new TenantSettings.Draft(maxOrderItems, minOrderValue, maxOrderValue, autoApproveOrders, creditCheckEnabled,
                highValueOrderThreshold, largeQuantityOrderThreshold, rushOrderHoursThreshold, procurementShortageThreshold,
                maxDiscountPercentage, procurementLeadTimeDays, safetyStockPercentage, demandForecastDays, centralBakeryOrderThreshold,
                individualBakeryOrderThreshold);
    }
}
