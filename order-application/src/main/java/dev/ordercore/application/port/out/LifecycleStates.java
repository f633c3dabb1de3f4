package dev.ordercore.application.port.out;

import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.order.LifecycleSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Some states of some lifecycles, by lifecycle name: which stored statuses count as cancelled or
 * terminal depends on the lifecycles a tenant defines (R10-R12), so queries that aggregate orders
 * in a store are told, never assume, which (lifecycle, status) pairs to leave out.
 */
public record LifecycleStates(Map<String, Set<String>> byLifecycle) {

    public LifecycleStates {
        Map<String, Set<String>> copy = new TreeMap<>();
        byLifecycle.forEach((name, states) -> {
            if (!states.isEmpty()) {
                copy.put(name, Set.copyOf(states));
            }
        });
        byLifecycle = Map.copyOf(copy);
    }

    /** The states that count as cancelled (R16) in every lifecycle of {@code set}: the lines that add nothing up. */
    public static LifecycleStates cancelled(LifecycleSet set) {
        return of(all(set), Lifecycle::cancelledStates);
    }

    /** The terminal states of the tenant's order lifecycles, current and retired: orders that are over. */
    public static LifecycleStates terminalOrders(LifecycleSet set) {
        List<Lifecycle> orders = new ArrayList<>(set.retired());
        orders.add(set.order());
        return of(orders, Lifecycle::terminal);
    }

    public boolean contains(String lifecycle, String status) {
        return byLifecycle.getOrDefault(lifecycle, Set.of()).contains(status);
    }

    public boolean isEmpty() {
        return byLifecycle.isEmpty();
    }

    private static LifecycleStates of(List<Lifecycle> lifecycles, Function<Lifecycle, Set<String>> states) {
        Map<String, Set<String>> map = new TreeMap<>();
        for (Lifecycle l : lifecycles) {
            map.put(l.name(), states.apply(l));
        }
        return new LifecycleStates(map);
    }

    private static List<Lifecycle> all(LifecycleSet set) {
        List<Lifecycle> all = new ArrayList<>();
        all.add(set.order());
        all.add(set.lineItem());
        all.addAll(set.lineItemByKind().values());
        all.addAll(set.retired());
        return all;
    }
}
