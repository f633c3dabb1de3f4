package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.order.NewStatusEntry;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.StatusEntries;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.order.StatusEntryId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Uuids;

import java.time.Instant;
import java.util.Optional;

/**
 * Appends a writer's entry inside the caller's transaction. The rules are the domain's: R18 in
 * {@link StatusEntries#entry}, R17 and R19 in {@link StatusEntries#againstHistory}, the order's
 * blocks (R15) in {@code Order.record}; this class looks up what they need.
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
        return orders.loadForChange(tenant, orderId).flatMap(order -> {
            Instant now = ports.clock().instant();
            Result<NewStatusEntry, OrderError> made = StatusEntries.entry(StatusEntryId.next(uuids), tenant, orderId, request, writer, now);
            if (made.isErr()) {
                return Result.err(made.error());
            }
            NewStatusEntry entry = made.value();
            Optional<StatusEntry> sameKey = entry.dedupeKey().flatMap(k -> ports.history().findByDedupeKey(tenant, orderId, k));
            Optional<StatusEntry> closed = entry.closes().flatMap(id -> ports.history().find(tenant, orderId, id));
            Optional<StatusEntry> closer = closed.flatMap(c -> ports.history().findCloser(tenant, orderId, c.id()));
            return StatusEntries.againstHistory(entry, sameKey, closed, closer).flatMap(existing -> existing
                    .<Result<StatusEntry, OrderError>>map(Result::ok)
                    .orElseGet(() -> order.record(entry, now).map(change -> orders.changed(order, change).get(0))));
        });
    }
}
