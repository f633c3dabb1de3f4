package dev.ordercore.adapter.http;

import dev.ordercore.domain.settings.TenantSettings;

/**
 * A tenant's settings as the API shows them: exactly the document {@code PUT /settings} takes, so
 * what is read can be changed and sent back; amounts and percents as decimal strings. The version
 * travels in the ETag.
 */
record SettingsResponse(
        int maxOrderItems,
        String minOrderValue,
        String maxOrderValue,
        boolean autoApproveOrders,
        boolean creditCheckEnabled,
        String highValueOrderThreshold,
        int largeQuantityOrderThreshold,
        int rushOrderHoursThreshold,
        String procurementShortageThreshold,
        String maxDiscountPercentage,
        int procurementLeadTimeDays,
        String safetyStockPercentage,
        int demandForecastDays,
        int centralBakeryOrderThreshold,
        int individualBakeryOrderThreshold) {

    static SettingsResponse of(TenantSettings s) {
        return new SettingsResponse(s.maxOrderItems(), s.minOrderValue().toPlainString(), s.maxOrderValue().toPlainString(),
                s.autoApproveOrders(), s.creditCheckEnabled(), s.highValueOrderThreshold().toPlainString(), s.largeQuantityOrderThreshold(),
                s.rushOrderHoursThreshold(), s.procurementShortageThreshold().toPlainString(), s.maxDiscountPercentage().toPlainString(),
                s.procurementLeadTimeDays(), s.safetyStockPercentage().toPlainString(), s.demandForecastDays(),
                s.centralBakeryOrderThreshold(), s.individualBakeryOrderThreshold());
    }
}
