package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.application.port.out.OrderCursor;
import dev.ordercore.application.port.out.OrderFilter;
import dev.ordercore.application.port.out.OrderRepository;
import dev.ordercore.application.port.out.StaleVersionException;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.OrderNumber;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Uuids;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Orders by tenant and id, with unique ids and numbers per tenant and a newest-first index for lists. */
final class InMemoryOrderRepository implements OrderRepository {

    private record Key(TenantId tenant, OrderId id) {
    }

    private record NumberKey(TenantId tenant, OrderNumber number) {
    }

    /** Newest first: createdAt descending, then id descending in byte order. */
    private record Position(Instant createdAt, OrderId id) {
        static final Comparator<Position> NEWEST_FIRST = Comparator.comparing(Position::createdAt)
                .thenComparing(p -> p.id().value(), Uuids.BYTE_ORDER)
                .reversed();
    }

    private final InMemoryDatabase db;
    private final Map<Key, Order> orders = new HashMap<>();
    private final Map<NumberKey, OrderId> numbers = new HashMap<>();
    private final Map<TenantId, NavigableMap<Position, OrderId>> byTenant = new HashMap<>();

    InMemoryOrderRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Order> find(TenantId tenant, OrderId id) {
        return db.read(() -> Optional.ofNullable(orders.get(new Key(tenant, id))));
    }

    /** The in-memory store's transactions are serializable already; a lock adds nothing. */
    @Override
    public Optional<Order> findForUpdate(TenantId tenant, OrderId id) {
        return find(tenant, id);
    }

    @Override
    public List<Order> findAll(TenantId tenant, Collection<OrderId> ids) {
        return db.read(() -> ids.stream().distinct().map(id -> orders.get(new Key(tenant, id))).filter(Objects::nonNull).toList());
    }

    @Override
    public void insertAll(List<Order> all) {
        db.write(() -> {
            all.forEach(this::insert);
            return null;
        });
    }

    @Override
    public void insert(Order order) {
        db.write(() -> {
            Key key = new Key(order.tenant(), order.id());
            if (orders.containsKey(key)) {
                throw new DuplicateKeyException(EntityType.ORDER, "id " + order.id());
            }
            NumberKey number = new NumberKey(order.tenant(), order.number());
            if (numbers.containsKey(number)) {
                throw new DuplicateKeyException(EntityType.ORDER, "number " + order.number());
            }
            db.put(orders, key, order);
            db.put(numbers, number, order.id());
            NavigableMap<Position, OrderId> index = byTenant.get(order.tenant());
            if (index == null) {
                index = new TreeMap<>(Position.NEWEST_FIRST);
                db.put(byTenant, order.tenant(), index);
            }
            db.put(index, new Position(order.createdAt(), order.id()), order.id());
            return null;
        });
    }

    @Override
    public void update(Order order, long expectedVersion) {
        db.write(() -> {
            Key key = new Key(order.tenant(), order.id());
            Order stored = orders.get(key);
            if (stored == null) {
                throw new IllegalStateException("order " + order.id() + " was never stored");
            }
            if (stored.version() != expectedVersion) {
                throw new StaleVersionException(EntityType.ORDER, order.id().toString(), expectedVersion, stored.version());
            }
            if (!stored.number().equals(order.number()) || !stored.createdAt().equals(order.createdAt())) {
                throw new IllegalArgumentException("an order's number and creation time never change");
            }
            db.put(orders, key, order);
            return null;
        });
    }

    @Override
    public List<Order> list(TenantId tenant, OrderFilter filter, Optional<OrderCursor> after, int limit) {
        return db.read(() -> {
            NavigableMap<Position, OrderId> index = byTenant.getOrDefault(tenant, new TreeMap<>(Position.NEWEST_FIRST));
            NavigableMap<Position, OrderId> rest = after
                    .map(c -> index.tailMap(new Position(c.createdAt(), c.id()), false))
                    .orElse(index);
            Predicate<Order> matches = matcher(filter);
            List<Order> page = new ArrayList<>();
            for (OrderId id : rest.values()) {
                Order order = orders.get(new Key(tenant, id));
                if (matches.test(order)) {
                    page.add(order);
                    if (page.size() == limit) {
                        break;
                    }
                }
            }
            return page;
        });
    }

    private static Predicate<Order> matcher(OrderFilter f) {
        return order -> !order.isDeleted()
                && f.status().map(order.status()::equals).orElse(true)
                && f.customer().map(c -> order.customers().contains(c)).orElse(true)
                && f.createdFrom().map(from -> !order.createdAt().isBefore(from)).orElse(true)
                && f.createdTo().map(to -> order.createdAt().isBefore(to)).orElse(true)
                && f.blocked().map(b -> b == order.isBlocked()).orElse(true);
    }
}
