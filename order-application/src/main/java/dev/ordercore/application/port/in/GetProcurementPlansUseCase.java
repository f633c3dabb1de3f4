package dev.ordercore.application.port.in;

import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** R39: what to buy of each product with demand in the horizon, and by when. */
public interface GetProcurementPlansUseCase {

    Result<ProcurementPlans, OrderError> get(PlanningQuery query);
}
