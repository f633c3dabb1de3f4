package dev.ordercore.domain.order;

import dev.ordercore.domain.lifecycle.DefaultLifecycles;
import dev.ordercore.domain.lifecycle.Lifecycle;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The lifecycles a tenant uses: one for orders, one for line items, optionally another per line
 * kind (a rental lifecycle RESERVED → OUT → RETURNED → INSPECTED for RENTAL lines, say), and
 * lifecycles no longer used for new orders but still needed for old ones. Orders and lines
 * remember the name of the lifecycle they were placed with, so a name always means one
 * definition: two different lifecycles under one name are refused.
 */
public record LifecycleSet(Lifecycle order, Lifecycle lineItem, Map<LineItemKind, Lifecycle> lineItemByKind, List<Lifecycle> retired) {

    public static final LifecycleSet DEFAULT = new LifecycleSet(DefaultLifecycles.ORDER, DefaultLifecycles.LINE_ITEM, Map.of(), List.of());

    public LifecycleSet {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(lineItem, "lineItem");
        lineItemByKind = lineItemByKind.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(lineItemByKind));
        retired = List.copyOf(retired);
        Map<String, Lifecycle> byName = new HashMap<>();
        for (Lifecycle l : all(order, lineItem, lineItemByKind, retired)) {
            Lifecycle other = byName.putIfAbsent(l.name(), l);
            if (other != null && !other.equals(l)) {
                throw new IllegalArgumentException("two different lifecycles are named '" + l.name() + "'; give the new one a new name");
            }
        }
    }

    /** The lifecycle a new line of {@code kind} starts in. */
    public Lifecycle forLine(LineItemKind kind) {
        return lineItemByKind.getOrDefault(kind, lineItem);
    }

    public Optional<Lifecycle> find(String name) {
        return all(order, lineItem, lineItemByKind, retired).stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** The lifecycle named {@code name}; an order that names one the tenant no longer defines is a configuration error. */
    public Lifecycle named(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException(
                "lifecycle '" + name + "' is used by stored orders but not defined; keep it among the retired lifecycles"));
    }

    public LifecycleSet withLineItemLifecycle(LineItemKind kind, Lifecycle lifecycle) {
        Map<LineItemKind, Lifecycle> copy = new EnumMap<>(LineItemKind.class);
        copy.putAll(lineItemByKind);
        copy.put(kind, lifecycle);
        return new LifecycleSet(order, lineItem, copy, retired);
    }

    public LifecycleSet withOrderLifecycle(Lifecycle lifecycle) {
        List<Lifecycle> keep = new ArrayList<>(retired);
        keep.add(order);
        return new LifecycleSet(lifecycle, lineItem, lineItemByKind, keep);
    }

    private static List<Lifecycle> all(Lifecycle order, Lifecycle line, Map<LineItemKind, Lifecycle> byKind, List<Lifecycle> retired) {
        List<Lifecycle> all = new ArrayList<>();
        all.add(order);
        all.add(line);
        all.addAll(byKind.values());
        all.addAll(retired);
        return all;
    }
}
