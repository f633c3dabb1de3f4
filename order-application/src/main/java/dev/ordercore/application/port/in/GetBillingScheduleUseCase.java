package dev.ordercore.application.port.in;

import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Reads the billing schedule of an order's lines, grouped by payer (R34). */
public interface GetBillingScheduleUseCase {

    Result<BillingScheduleOfOrder, OrderError> get(GetBillingScheduleQuery query);
}
