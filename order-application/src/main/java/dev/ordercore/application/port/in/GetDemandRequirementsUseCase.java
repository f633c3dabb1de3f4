package dev.ordercore.application.port.in;

import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** R38: what active orders need, by product and day, over a horizon. */
public interface GetDemandRequirementsUseCase {

    Result<DemandRequirements, OrderError> get(PlanningQuery query);
}
