package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.CloseStatusEntryCommand;
import dev.ordercore.application.port.in.CloseStatusEntryUseCase;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.order.StatusEntries;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Uuids;

import java.util.Optional;

public final class CloseStatusEntryService implements CloseStatusEntryUseCase {

    private final OrderCorePorts ports;
    private final Transactions transactions;
    private final HistoryWrites history;

    public CloseStatusEntryService(OrderCorePorts ports, Uuids uuids) {
        this.ports = ports;
        this.transactions = new Transactions(ports.transactions());
        this.history = new HistoryWrites(ports, uuids);
    }

    @Override
    public Result<StatusEntry, OrderError> close(CloseStatusEntryCommand c) {
        return c.principal().may(c.tenant(), Permission.WRITE_HISTORY).flatMap(p -> transactions.runRetrying(Optional.empty(), () ->
                ports.history().find(c.tenant(), c.orderId(), c.entryId())
                        .<Result<StatusEntry, OrderError>>map(closed -> history.append(c.tenant(), p, c.orderId(),
                                StatusEntries.closing(closed, c.reason(), c.dedupeKey())))
                        .orElseGet(() -> ports.orders().find(c.tenant(), c.orderId()).isEmpty()
                                ? Result.err(new OrderError.NotFound(EntityType.ORDER, c.orderId().toString()))
                                : Result.err(new OrderError.NotFound(EntityType.STATUS_ENTRY, c.entryId().toString())))));
    }
}
