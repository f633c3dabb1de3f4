package dev.ordercore.application.port.in;

import dev.ordercore.domain.planning.BusinessModelAssessment;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** R40: INDIVIDUAL, MIXED or CENTRAL, with the volume it was judged on. */
public interface GetBusinessModelUseCase {

    Result<BusinessModelAssessment, OrderError> get(GetBusinessModelQuery query);
}
