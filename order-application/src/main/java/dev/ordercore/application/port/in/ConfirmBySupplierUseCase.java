package dev.ordercore.application.port.in;

import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/**
 * A supplier's answer to an order (seed 001): a confirmation moves it PENDING → CONFIRMED, a
 * refusal PENDING → REJECTED, and a confirmed quantity or price that differs replaces its line.
 * Operators record it (the supplier's system with an operator token, or a person typing in an
 * e-mail): it moves the order and changes its lines, which only tenant users do (R18, R36).
 */
public interface ConfirmBySupplierUseCase {

    Result<SupplierConfirmationOfOrder, OrderError> confirm(ConfirmBySupplierCommand command);
}
