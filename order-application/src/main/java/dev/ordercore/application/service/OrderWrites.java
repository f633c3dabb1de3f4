package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.domain.order.NewStatusEntry;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderChange;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Loads orders and stores what a change did: the order, its new history entries and its events, in that order. */
final class OrderWrites {

    private final OrderCorePorts ports;

    OrderWrites(OrderCorePorts ports) {
        this.ports = ports;
    }

    Result<Order, OrderError> load(TenantId tenant, OrderId id) {
        return ports.orders().find(tenant, id)
                .<Result<Order, OrderError>>map(Result::ok)
                .orElseGet(() -> Result.err(new OrderError.NotFound(EntityType.ORDER, id.toString())));
    }

    /**
     * Loads the order to change it or append to its history, locked until the transaction ends.
     * Writers of one order take turns, so each sees the one before it and their events reach the
     * outbox in the order they commit (what a relay relies on to deliver one order's events in order).
     */
    Result<Order, OrderError> loadForChange(TenantId tenant, OrderId id) {
        return ports.orders().findForUpdate(tenant, id)
                .<Result<Order, OrderError>>map(Result::ok)
                .orElseGet(() -> Result.err(new OrderError.NotFound(EntityType.ORDER, id.toString())));
    }

    /** {@link #loadForChange}, checking the version the caller read when it gave one (HTTP If-Match). */
    Result<Order, OrderError> loadForChange(TenantId tenant, OrderId id, Optional<Long> expectedVersion) {
        return loadForChange(tenant, id)
                .flatMap(order -> Versions.check(EntityType.ORDER, id.toString(), expectedVersion, order.version(), order));
    }

    List<StatusEntry> placed(OrderChange change) {
        ports.orders().insert(change.order());
        return finish(change);
    }

    /** Stores a change to an order read at {@code loaded}; the order row is written only if the order itself changed. */
    List<StatusEntry> changed(Order loaded, OrderChange change) {
        if (change.order().version() != loaded.version()) {
            ports.orders().update(change.order(), loaded.version());
        }
        return finish(change);
    }

    private List<StatusEntry> finish(OrderChange change) {
        List<StatusEntry> appended = new ArrayList<>();
        for (NewStatusEntry entry : change.entries()) {
            appended.add(ports.history().append(entry));
        }
        ports.outbox().append(change.events());
        return appended;
    }
}
