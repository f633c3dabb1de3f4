package dev.ordercore.application.port.in;

import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Closes an entry by appending {@code <namespace>:closed} that closes it (R17); lifts a block (R15). */
public interface CloseStatusEntryUseCase {

    Result<StatusEntry, OrderError> close(CloseStatusEntryCommand command);
}
