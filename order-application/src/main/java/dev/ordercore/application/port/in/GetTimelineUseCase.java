package dev.ordercore.application.port.in;

import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import java.util.List;

/** Every history entry of an order, by recordedAt then arrival (seed 004's timeline). */
public interface GetTimelineUseCase {

    Result<List<StatusEntry>, OrderError> timeline(GetTimelineQuery query);
}
