package dev.ordercore.application.port.out;

import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierId;

/** Order modifiers (delivery, damage waiver, fees), unique per tenant by name, deleted ones included. */
public interface OrderModifierRepository extends CatalogRepository<OrderModifier, OrderModifierId> {
}
