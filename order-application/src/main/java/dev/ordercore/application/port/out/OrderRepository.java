package dev.ordercore.application.port.out;

import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.shared.TenantId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores orders with their lines. Every read and write is within one tenant (R35). */
public interface OrderRepository {

    /** The order, deleted or not; empty for an unknown id and for another tenant's. */
    Optional<Order> find(TenantId tenant, OrderId id);

    /**
     * The order, locked against every other change until the current transaction ends (PostgreSQL:
     * {@code SELECT … FOR UPDATE}). Commands that change an order or append to its history read it
     * this way, so writers of one order take turns and its events are recorded in commit order; so do
     * commands that rely on the order staying as read without changing it, such as opening a case for it.
     */
    Optional<Order> findForUpdate(TenantId tenant, OrderId id);

    /** The orders among {@code ids} that exist in the tenant, deleted or not, in no particular order. */
    List<Order> findAll(TenantId tenant, Collection<OrderId> ids);

    /** Stores a new order. Throws {@link DuplicateKeyException} if its id or number is taken. */
    void insert(Order order);

    /**
     * Stores new orders of one tenant, all or none (in the caller's transaction), in a number of
     * statements that does not grow with each order. Throws {@link DuplicateKeyException} if an id or number is taken.
     */
    void insertAll(List<Order> orders);

    /**
     * Replaces the stored order with {@code order} if the stored one is still at {@code expectedVersion};
     * otherwise throws {@link StaleVersionException} and changes nothing. Updating an order that was never stored, or
     * changing its number or creation time, is a programming error.
     */
    void update(Order order, long expectedVersion);

    /**
     * Up to {@code limit} undeleted orders matching {@code filter}, newest first: createdAt descending, then id descending in
     * byte order ({@link dev.ordercore.domain.shared.Uuids#BYTE_ORDER}), after {@code after}.
     */
    List<Order> list(TenantId tenant, OrderFilter filter, Optional<OrderCursor> after, int limit);
}
