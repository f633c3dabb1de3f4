package dev.ordercore.application.port.out;

import dev.ordercore.domain.order.OrderNumber;
import dev.ordercore.domain.shared.TenantId;

/**
 * Hands out order numbers per tenant, prefix and year, without gaps inside committed transactions:
 * a number drawn in a transaction that rolls back is drawn again.
 */
public interface OrderNumbers {

    OrderNumber next(TenantId tenant, String prefix, int year);

    /**
     * Draws {@code count} consecutive numbers at once and returns the first; as with {@link #next},
     * the counter stays taken by the current transaction until it ends.
     */
    OrderNumber nextBlock(TenantId tenant, String prefix, int year, int count);

    /**
     * Gives back the last {@code count} numbers this transaction drew and did not use, so the next
     * draw hands them out again and committed numbers keep no gaps. Only inside the transaction
     * that drew them (its hold on the counter guarantees nobody drew after them).
     */
    void giveBack(TenantId tenant, String prefix, int year, int count);

    /** Makes sure {@code number} (recorded elsewhere, as when replaying) is never handed out again. */
    void observe(TenantId tenant, OrderNumber number);
}
