package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.port.out.StockLevelRepository;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.planning.StockLevel;
import dev.ordercore.domain.shared.TenantId;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Stock levels by tenant and product; saving replaces. */
final class InMemoryStockLevelRepository implements StockLevelRepository {

    private record Key(TenantId tenant, ProductId product) {
    }

    private final InMemoryDatabase db;
    private final Map<Key, StockLevel> levels = new HashMap<>();

    InMemoryStockLevelRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void save(StockLevel level) {
        db.write(() -> {
            db.put(levels, new Key(level.tenant(), level.product()), level);
            return null;
        });
    }

    @Override
    public Optional<StockLevel> find(TenantId tenant, ProductId product) {
        return db.read(() -> Optional.ofNullable(levels.get(new Key(tenant, product))));
    }

    @Override
    public Map<ProductId, Long> available(TenantId tenant, Collection<ProductId> products) {
        return db.read(() -> {
            Map<ProductId, Long> found = new HashMap<>();
            for (ProductId p : products) {
                StockLevel level = levels.get(new Key(tenant, p));
                if (level != null) {
                    found.put(p, level.quantity());
                }
            }
            return Map.copyOf(found);
        });
    }
}
