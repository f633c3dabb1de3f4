package dev.ordercore.application.port.in;

import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Appends a module writer's entry to an order's history (R17-R19); a reused dedupe key returns the entry it first wrote. */
public interface AppendStatusEntryUseCase {

    Result<StatusEntry, OrderError> append(AppendStatusEntryCommand command);
}
