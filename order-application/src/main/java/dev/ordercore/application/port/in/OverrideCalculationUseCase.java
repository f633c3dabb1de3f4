package dev.ordercore.application.port.in;

import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/**
 * States an order's calculation by hand (R31, seed 001's MANUAL method): an admin's act, like
 * forcing a transition (the OVERRIDE permission), since it sets the tax an order is invoiced with.
 * The calculation must add up; it is stored with who, why and when, wins until the order changes,
 * moves the order to its next version and is recorded in its history.
 */
public interface OverrideCalculationUseCase {

    Result<CalculationOfOrder, OrderError> override(OverrideCalculationCommand command);
}
