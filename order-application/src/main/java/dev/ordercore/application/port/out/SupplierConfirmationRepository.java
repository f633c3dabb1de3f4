package dev.ordercore.application.port.out;

import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.supplier.SupplierConfirmation;

import java.util.List;

/**
 * Every supplier confirmation an order received (seed 001), kept as received: confirmations are
 * only ever added, never changed or removed.
 */
public interface SupplierConfirmationRepository {

    /**
     * Keeps {@code confirmation} beside its order, which must be stored. Throws
     * {@link DuplicateKeyException} when its id is taken in the tenant.
     */
    void add(SupplierConfirmation confirmation);

    /** The confirmations of one order, oldest first: by received time, then by id. */
    List<SupplierConfirmation> listFor(TenantId tenant, OrderId order);
}
