package dev.ordercore.domain.planning;

import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.order.DeliveryDirection;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderDelivery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which orders and lines the read models count, defined once for every store.
 *
 * <ul>
 *   <li>A line <em>counts</em> (revenue, top products, wholesale quantity) unless it is cancelled in
 *   its lifecycle (the cancel state and the states only it leads to, R16).
 *   <li>An order is <em>active</em> (R38 demand) when it is not deleted and its status is neither
 *   terminal nor cancelled; a line is active when its status is neither terminal nor cancelled
 *   (a DELIVERED line needs nothing more; a SHIPPED one still counts until it is delivered).
 *   <li>A line's <em>demand date</em> is the date of its OUTBOUND delivery when it has one (the day
 *   the goods must leave), otherwise its first date.
 * </ul>
 *
 * Stores that count in SQL ask {@link #states(LifecycleSet)} for the (lifecycle, state) pairs these
 * definitions name, since lifecycles are data.
 */
public final class Activity {

    private Activity() {
    }

    /** A state of a named lifecycle: what orders and lines store as {@code (lifecycle, status)}. */
    public record StateRef(String lifecycle, String state) {
        public StateRef {
            Objects.requireNonNull(lifecycle, "lifecycle");
            Objects.requireNonNull(state, "state");
        }
    }

    /**
     * The states the definitions name, over every lifecycle of a tenant (current and retired, for
     * orders and for lines): {@code inactive} = terminal or cancelled, {@code cancelled}, and each
     * lifecycle's {@code initial} state.
     */
    public record States(Set<StateRef> inactive, Set<StateRef> cancelled, Set<StateRef> initial) {
        public States {
            inactive = Set.copyOf(inactive);
            cancelled = Set.copyOf(cancelled);
            initial = Set.copyOf(initial);
        }
    }

    public static States states(LifecycleSet lifecycles) {
        Set<StateRef> inactive = new LinkedHashSet<>();
        Set<StateRef> cancelled = new LinkedHashSet<>();
        Set<StateRef> initial = new LinkedHashSet<>();
        for (Lifecycle l : all(lifecycles)) {
            for (String state : l.states()) {
                if (l.isCancelled(state)) {
                    cancelled.add(new StateRef(l.name(), state));
                }
                if (l.isCancelled(state) || l.isTerminal(state)) {
                    inactive.add(new StateRef(l.name(), state));
                }
            }
            initial.add(new StateRef(l.name(), l.initial()));
        }
        return new States(inactive, cancelled, initial);
    }

    /** Not deleted, and in a state of its lifecycle that is neither terminal nor cancelled. */
    public static boolean isActive(Order order, LifecycleSet lifecycles) {
        return !order.isDeleted() && isLive(lifecycles.named(order.lifecycle()), order.status());
    }

    /** In a state of its lifecycle that is neither terminal nor cancelled. */
    public static boolean isActive(LineItem line, LifecycleSet lifecycles) {
        return isLive(lifecycles.named(line.lifecycle()), line.status());
    }

    /** Not cancelled: the line is still sold (or rented, or serviced), whatever else happened to it. */
    public static boolean counts(LineItem line, LifecycleSet lifecycles) {
        return !lifecycles.named(line.lifecycle()).isCancelled(line.status());
    }

    /** The date of the line's OUTBOUND delivery when it has one, otherwise its first date. */
    public static LocalDate demandDate(LineItem line) {
        return line.deliveries().stream()
                .filter(d -> d.direction() == DeliveryDirection.OUTBOUND)
                .map(OrderDelivery::date)
                .findFirst()
                .orElse(line.dates().start());
    }

    private static boolean isLive(Lifecycle lifecycle, String state) {
        return !lifecycle.isTerminal(state) && !lifecycle.isCancelled(state);
    }

    private static List<Lifecycle> all(LifecycleSet s) {
        List<Lifecycle> all = new ArrayList<>();
        all.add(s.order());
        all.add(s.lineItem());
        all.addAll(s.lineItemByKind().values());
        all.addAll(s.retired());
        return all;
    }
}
