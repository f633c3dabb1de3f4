package dev.ordercore.domain.planning;

import dev.ordercore.domain.settings.TenantSettings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * R40: the business model a tenant's recent orders show. CENTRAL when the daily order volume
 * reaches {@code centralBakeryOrderThreshold} or most orders (more than half) are wholesale;
 * otherwise INDIVIDUAL when it is below {@code individualBakeryOrderThreshold}; MIXED between.
 * The comparisons are exact ({@code orders ≥ threshold × days}); {@code dailyOrders} is the
 * average rounded to two decimals for people to read.
 */
public record BusinessModelAssessment(BusinessModel model, OrderVolume volume, BigDecimal dailyOrders, boolean mostlyWholesale) {

    public BusinessModelAssessment {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(dailyOrders, "dailyOrders");
    }

    public static BusinessModelAssessment of(OrderVolume volume, TenantSettings settings) {
        long days = volume.days();
        boolean mostlyWholesale = 2 * volume.wholesaleOrders() > volume.orders();
        BusinessModel model;
        if (volume.orders() >= settings.centralBakeryOrderThreshold() * days || mostlyWholesale) {
            model = BusinessModel.CENTRAL;
        } else if (volume.orders() < settings.individualBakeryOrderThreshold() * days) {
            model = BusinessModel.INDIVIDUAL;
        } else {
            model = BusinessModel.MIXED;
        }
        BigDecimal daily = BigDecimal.valueOf(volume.orders()).divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_EVEN);
        return new BusinessModelAssessment(model, volume, daily, mostlyWholesale);
    }
}
