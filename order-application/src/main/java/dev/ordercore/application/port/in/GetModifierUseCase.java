package dev.ordercore.application.port.in;

import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

/** Reads one modifier, deleted or not. */
public interface GetModifierUseCase {

    Result<OrderModifier, OrderError> get(GetCatalogEntryQuery<OrderModifierId> query);
}
