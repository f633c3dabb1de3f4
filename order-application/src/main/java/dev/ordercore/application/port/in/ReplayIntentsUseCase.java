package dev.ordercore.application.port.in;

import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Replays every stored intent of a tenant, in the order received, into this core's stores (R24). */
public interface ReplayIntentsUseCase {

    Result<ReplayReport, OrderError> replay(ReplayIntentsCommand command);
}
