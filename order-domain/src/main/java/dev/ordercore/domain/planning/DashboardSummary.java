package dev.ordercore.domain.planning;

import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.planning.Activity.StateRef;
import dev.ordercore.domain.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Seed 002's dashboard for one tenant and day: orders by status (every state of the tenant's order
 * lifecycle, zero or not, and any other status orders still have), orders awaiting confirmation
 * (in their lifecycle's initial state, PENDING by default), orders held by open BLOCKING entries,
 * revenue today / over 7 / over 30 days per currency, the average order value over 30 days per
 * currency (revenue ÷ orders with revenue, rounded to the currency's minor units with the tenant's
 * rounding mode) and the top products by units over 30 days.
 */
public record DashboardSummary(LocalDate today, SortedMap<String, Long> ordersByStatus, long pendingConfirmations, long blockedOrders,
                               List<Money> revenueToday, List<Money> revenueLast7Days, List<Money> revenueLast30Days,
                               List<Money> averageOrderValueLast30Days, List<ProductQuantity> topProducts) {

    public DashboardSummary {
        Objects.requireNonNull(today, "today");
        ordersByStatus = Collections.unmodifiableSortedMap(new TreeMap<>(ordersByStatus));
        revenueToday = List.copyOf(revenueToday);
        revenueLast7Days = List.copyOf(revenueLast7Days);
        revenueLast30Days = List.copyOf(revenueLast30Days);
        averageOrderValueLast30Days = List.copyOf(averageOrderValueLast30Days);
        topProducts = List.copyOf(topProducts);
    }

    public static DashboardSummary of(DashboardFigures f, DashboardWindows windows, LifecycleSet lifecycles, RoundingMode rounding) {
        SortedMap<String, Long> byStatus = new TreeMap<>();
        lifecycles.order().states().forEach(s -> byStatus.put(s, 0L));
        long pending = 0;
        for (Map.Entry<StateRef, Long> e : f.ordersByState().entrySet()) {
            byStatus.merge(e.getKey().state(), e.getValue(), Long::sum);
            Lifecycle lifecycle = lifecycles.find(e.getKey().lifecycle()).orElse(null);
            if (lifecycle != null && lifecycle.initial().equals(e.getKey().state())) {
                pending += e.getValue();
            }
        }
        return new DashboardSummary(windows.today(), byStatus, pending, f.blockedOrders(), amounts(f.today()), amounts(f.last7Days()),
                amounts(f.last30Days()), averages(f.last30Days(), rounding), f.topProducts());
    }

    /** revenue ÷ orders, rounded once to the currency's minor units with {@code mode}. */
    public static Money averageOrderValue(Revenue r, RoundingMode mode) {
        Money revenue = r.amount();
        return new Money(revenue.amount().divide(BigDecimal.valueOf(r.orders()), Money.minorUnits(revenue.currency()), mode),
                revenue.currency());
    }

    private static List<Money> averages(List<Revenue> revenue, RoundingMode mode) {
        return revenue.stream().map(r -> averageOrderValue(r, mode)).toList();
    }

    private static List<Money> amounts(List<Revenue> revenue) {
        return revenue.stream().map(Revenue::amount).toList();
    }
}
