package dev.ordercore.domain.planning;

import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.Order;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * R38: demand requirements are the quantities of active lines with a product, by product and
 * demand date, for the days of the horizon, in active orders ({@link Activity}). Lines without a
 * product (charges, klass-only rentals and services) are no demand for goods.
 */
public final class Demand {

    private Demand() {
    }

    private record Key(ProductId product, LocalDate date) {
    }

    /** The requirements of {@code orders} within {@code horizon}, by date and product. */
    public static List<DemandRequirement> of(Collection<Order> orders, LifecycleSet lifecycles, DemandHorizon horizon) {
        Map<Key, Long> sums = new HashMap<>();
        for (Order order : orders) {
            if (!Activity.isActive(order, lifecycles)) {
                continue;
            }
            for (LineItem line : order.lineItems()) {
                LocalDate date = Activity.demandDate(line);
                if (line.product().isPresent() && horizon.contains(date) && Activity.isActive(line, lifecycles)) {
                    sums.merge(new Key(line.product().get(), date), (long) line.quantity(), Long::sum);
                }
            }
        }
        return sums.entrySet().stream()
                .map(e -> new DemandRequirement(e.getKey().product(), e.getKey().date(), e.getValue()))
                .sorted(DemandRequirement.BY_DATE_AND_PRODUCT)
                .toList();
    }
}
