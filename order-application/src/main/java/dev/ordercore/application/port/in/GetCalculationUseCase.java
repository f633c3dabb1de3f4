package dev.ordercore.application.port.in;

import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/**
 * Reads the calculation that stands for an order (R31): its manual one while the order has not
 * changed since, otherwise the one worked out with the tenant's tax and rounding policy. Refused
 * ({@code calculation.refused}) when the order cannot be worked out, naming every line why.
 */
public interface GetCalculationUseCase {

    Result<CalculationOfOrder, OrderError> get(GetCalculationQuery query);
}
