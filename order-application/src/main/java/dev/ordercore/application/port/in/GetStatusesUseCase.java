package dev.ordercore.application.port.in;

import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** The order's status, the latest entry per module and the open blocking entries (seed 004's projections). */
public interface GetStatusesUseCase {

    Result<OrderStatuses, OrderError> statuses(GetStatusesQuery query);
}
