package dev.ordercore.application.port.out;

import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.pricing.CalculationOverride;
import dev.ordercore.domain.shared.TenantId;

import java.util.Optional;

/**
 * The manual calculation of each order (R31), at most one per order: the latest one stated. Earlier
 * ones are not lost: each was recorded in the order's history when it was stated.
 */
public interface CalculationOverrideRepository {

    /** Stores {@code override} as its order's manual calculation, replacing the one stored before, if any. */
    void save(CalculationOverride override);

    /** The order's manual calculation, whether or not it still stands for the order. */
    Optional<CalculationOverride> find(TenantId tenant, OrderId order);
}
