package dev.ordercore.domain.planning;

import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.planning.Activity.StateRef;
import dev.ordercore.domain.shared.Money;

import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The counts and sums a dashboard is made of, as a store works them out; {@link DashboardSummary}
 * makes them readable. Over orders that are not deleted: how many are in each (lifecycle, state),
 * how many are held by open BLOCKING entries (as {@code GET /orders?blocked=true} lists them), the
 * revenue of each period of {@link DashboardWindows} per currency ({@link Revenue}), and the
 * products with the most units on lines that are not cancelled over the last 30 days.
 */
public record DashboardFigures(Map<StateRef, Long> ordersByState, long blockedOrders, List<Revenue> today, List<Revenue> last7Days,
                               List<Revenue> last30Days, List<ProductQuantity> topProducts) {

    /** How many products the dashboard names. */
    public static final int TOP_PRODUCTS = 10;

    public DashboardFigures {
        ordersByState = Map.copyOf(ordersByState);
        today = sorted(today);
        last7Days = sorted(last7Days);
        last30Days = sorted(last30Days);
        topProducts = topProducts.stream().sorted(ProductQuantity.MOST_FIRST).limit(TOP_PRODUCTS).toList();
        if (blockedOrders < 0) {
            throw new IllegalArgumentException("blocked orders are 0 or more, got " + blockedOrders);
        }
    }

    /** The figures of {@code orders} (deleted ones are skipped): the definition every store answers as. */
    public static DashboardFigures of(Collection<Order> orders, LifecycleSet lifecycles, DashboardWindows windows) {
        Map<StateRef, Long> byState = new HashMap<>();
        long blocked = 0;
        Map<ProductId, Long> units = new HashMap<>();
        for (Order order : orders) {
            if (order.isDeleted()) {
                continue;
            }
            byState.merge(new StateRef(order.lifecycle(), order.status()), 1L, Long::sum);
            blocked += order.isBlocked() ? 1 : 0;
            if (windows.inLast30Days(order.createdAt())) {
                for (LineItem line : order.lineItems()) {
                    if (line.product().isPresent() && Activity.counts(line, lifecycles)) {
                        units.merge(line.product().get(), (long) line.quantity(), Long::sum);
                    }
                }
            }
        }
        return new DashboardFigures(byState, blocked,
                revenue(orders, lifecycles, o -> windows.inToday(o.createdAt())),
                revenue(orders, lifecycles, o -> windows.inLast7Days(o.createdAt())),
                revenue(orders, lifecycles, o -> windows.inLast30Days(o.createdAt())),
                units.entrySet().stream().map(e -> new ProductQuantity(e.getKey(), e.getValue())).toList());
    }

    private static List<Revenue> revenue(Collection<Order> orders, LifecycleSet lifecycles, Predicate<Order> inPeriod) {
        Map<Currency, Money> sums = new HashMap<>();
        Map<Currency, Long> counts = new HashMap<>();
        for (Order order : orders) {
            if (order.isDeleted() || !inPeriod.test(order)) {
                continue;
            }
            List<Money> counted = order.lineItems().stream().filter(l -> Activity.counts(l, lifecycles)).map(LineItem::amount).toList();
            if (!counted.isEmpty()) {
                sums.merge(order.currency(), Money.sum(counted, order.currency()), Money::plus);
                counts.merge(order.currency(), 1L, Long::sum);
            }
        }
        return sums.entrySet().stream().map(e -> new Revenue(e.getValue(), counts.get(e.getKey()))).toList();
    }

    private static List<Revenue> sorted(List<Revenue> revenue) {
        Objects.requireNonNull(revenue, "revenue");
        return revenue.stream().sorted(Revenue.BY_CURRENCY).toList();
    }
}
