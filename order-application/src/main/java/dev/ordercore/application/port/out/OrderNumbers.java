package dev.ordercore.application.port.out;

import dev.ordercore.domain.order.OrderNumber;
import dev.ordercore.domain.shared.TenantId;

/**
 * Hands out order numbers per tenant, prefix and year, without gaps inside committed transactions:
 * a number drawn in a transaction that rolls back is drawn again.
 */
public interface OrderNumbers {

    OrderNumber next(TenantId tenant, String prefix, int year);

    /** Makes sure {@code number} (recorded elsewhere, as when replaying) is never handed out again. */
    void observe(TenantId tenant, OrderNumber number);
}
