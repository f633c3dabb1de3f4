package dev.ordercore.adapter.postgres;

import dev.ordercore.application.port.out.OrderCursor;
import dev.ordercore.application.port.out.OrderFilter;
import dev.ordercore.application.port.out.OrderRepository;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.shared.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Orders and their lines. */
final class PostgresOrderRepository implements OrderRepository {

    private final Database db;

    PostgresOrderRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Order> find(TenantId tenant, OrderId id) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }

    @Override
    public Optional<Order> findForUpdate(TenantId tenant, OrderId id) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }

    @Override
    public List<Order> findAll(TenantId tenant, Collection<OrderId> ids) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }

    @Override
    public void insert(Order order) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }

    @Override
    public void update(Order order, long expectedVersion) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }

    @Override
    public List<Order> list(TenantId tenant, OrderFilter filter, Optional<OrderCursor> after, int limit) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }
}
