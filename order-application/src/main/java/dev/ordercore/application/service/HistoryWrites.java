package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.order.NewStatusEntry;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.StatusEntries;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.order.StatusEntryId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Uuids;

import java.time.Instant;
import java.util.Optional;

/**
 * Appends a writer's entry inside the caller's transaction: R18 (format, ownership, the reserved
 * {@code order} namespace), R19 (a used dedupe key answers the entry it first wrote), R17 (an
 * entry closes only an entry of its own namespace, and only once), and the order's blocks (R15).
 */
final class HistoryWrites {

    private final OrderCorePorts ports;
    private final Uuids uuids;
    private final OrderWrites orders;

    HistoryWrites(OrderCorePorts ports, Uuids uuids) {
        this.ports = ports;
        this.uuids = uuids;
        this.orders = new OrderWrites(ports);
    }

    Result<StatusEntry, OrderError> append(TenantId tenant, Principal writer, OrderId orderId, StatusEntries.Request request) {
        return orders.load(tenant, orderId).flatMap(order -> {
            Instant now = ports.clock().instant();
            Result<NewStatusEntry, OrderError> made = StatusEntries.entry(StatusEntryId.next(uuids), tenant, orderId, request, writer, now);
            if (made.isErr()) {
                return Result.err(made.error());
            }
            NewStatusEntry entry = made.value();
            if (entry.dedupeKey().isPresent()) {
                Optional<StatusEntry> first = ports.history().findByDedupeKey(tenant, orderId, entry.dedupeKey().get());
                if (first.isPresent()) {
                    return Result.ok(first.get());
                }
            }
            if (entry.closes().isPresent()) {
                Optional<OrderError> refused = checkClosing(tenant, orderId, entry);
                if (refused.isPresent()) {
                    return Result.err(refused.get());
                }
            }
            return order.record(entry, now).map(change -> orders.changed(order, change).get(0));
        });
    }

    private Optional<OrderError> checkClosing(TenantId tenant, OrderId orderId, NewStatusEntry entry) {
        StatusEntryId closedId = entry.closes().orElseThrow();
        Optional<StatusEntry> closed = ports.history().find(tenant, orderId, closedId);
        if (closed.isEmpty()) {
            return Optional.of(new OrderError.NotFound(EntityType.STATUS_ENTRY, closedId.toString()));
        }
        if (!closed.get().module().equals(entry.code().namespace())) {
            return Optional.of(new OrderError.NamespaceNotOwned(closed.get().module()));
        }
        return ports.history().findCloser(tenant, orderId, closedId)
                .map(closer -> new OrderError.EntryAlreadyClosed(closedId.toString(), closer.id().toString()));
    }
}
