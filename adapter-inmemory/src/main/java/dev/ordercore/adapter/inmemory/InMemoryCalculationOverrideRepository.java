package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.port.out.CalculationOverrideRepository;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.pricing.CalculationOverride;
import dev.ordercore.domain.shared.TenantId;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Each order's latest manual calculation (R31), by tenant and order. */
final class InMemoryCalculationOverrideRepository implements CalculationOverrideRepository {

    private record Key(TenantId tenant, OrderId order) {
    }

    private final InMemoryDatabase db;
    private final Map<Key, CalculationOverride> overrides = new HashMap<>();

    InMemoryCalculationOverrideRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void save(CalculationOverride override) {
        db.write(() -> {
            db.put(overrides, new Key(override.tenant(), override.order()), override);
            return null;
        });
    }

    @Override
    public Optional<CalculationOverride> find(TenantId tenant, OrderId order) {
        return db.read(() -> Optional.ofNullable(overrides.get(new Key(tenant, order))));
    }
}
