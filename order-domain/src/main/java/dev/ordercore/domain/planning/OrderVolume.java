package dev.ordercore.domain.planning;

import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.settings.TenantSettings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Objects;

/**
 * How many orders a tenant received in a window of days [{@code from}, {@code to}) of its zone, and
 * how many of them were wholesale (R40). Every order that is not deleted counts, whatever its
 * status: the volume is what the business was asked for. An order is <em>wholesale</em> when the
 * units of its lines that are not cancelled exceed the tenant's {@code largeQuantityOrderThreshold}
 * (the large-quantity alert's threshold, R37). That stands in for the customer's business type
 * until orders carry it.
 */
public record OrderVolume(LocalDate from, LocalDate to, long orders, long wholesaleOrders) {

    /** The window R40 looks at: the 30 whole days before today. */
    public static final int WINDOW_DAYS = 30;

    public OrderVolume {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a volume window ends after it starts: " + from + " - " + to);
        }
        if (orders < 0 || wholesaleOrders < 0 || wholesaleOrders > orders) {
            throw new IllegalArgumentException("0 <= wholesale orders <= orders, got " + wholesaleOrders + " of " + orders);
        }
    }

    /** The first day of the window ending before {@code today}. */
    public static LocalDate windowStart(LocalDate today) {
        return today.minusDays(WINDOW_DAYS);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to);
    }

    public static boolean isWholesale(Order order, LifecycleSet lifecycles, TenantSettings settings) {
        long units = order.lineItems().stream().filter(l -> Activity.counts(l, lifecycles)).mapToLong(LineItem::quantity).sum();
        return units > settings.largeQuantityOrderThreshold();
    }

    /** The volume of {@code orders} created within [{@code from}, {@code to}) in {@code zone}. */
    public static OrderVolume of(Collection<Order> orders, LifecycleSet lifecycles, TenantSettings settings, LocalDate from, LocalDate to,
                                 ZoneId zone) {
        long count = 0;
        long wholesale = 0;
        for (Order order : orders) {
            LocalDate created = order.createdAt().atZone(zone).toLocalDate();
            if (!order.isDeleted() && !created.isBefore(from) && created.isBefore(to)) {
                count++;
                wholesale += isWholesale(order, lifecycles, settings) ? 1 : 0;
            }
        }
        return new OrderVolume(from, to, count, wholesale);
    }
}
