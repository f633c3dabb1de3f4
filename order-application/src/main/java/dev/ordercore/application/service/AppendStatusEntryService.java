package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.AppendStatusEntryCommand;
import dev.ordercore.application.port.in.AppendStatusEntryUseCase;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Uuids;

import java.util.Optional;

public final class AppendStatusEntryService implements AppendStatusEntryUseCase {

    private final Transactions transactions;
    private final HistoryWrites history;

    public AppendStatusEntryService(OrderCorePorts ports, Uuids uuids) {
        this.transactions = new Transactions(ports.transactions());
        this.history = new HistoryWrites(ports, uuids);
    }

    @Override
    public Result<StatusEntry, OrderError> append(AppendStatusEntryCommand c) {
        return c.principal().may(c.tenant(), Permission.WRITE_HISTORY).flatMap(p ->
                transactions.runRetrying(Optional.empty(), () -> history.append(c.tenant(), p, c.orderId(), c.entry())));
    }
}
