package dev.ordercore.application.port.in;

import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Adds an order modifier to the catalog; its rules say when it is charged. */
public interface CreateModifierUseCase {

    Result<OrderModifier, OrderError> create(CreateModifierCommand command);
}
