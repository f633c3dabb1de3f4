package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.port.out.StaleVersionException;
import dev.ordercore.application.port.out.TenantSettingsRepository;
import dev.ordercore.domain.settings.StoredSettings;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.TenantId;

import java.util.HashMap;
import java.util.Map;

/** Each tenant's settings (seed 002), versioned; a tenant without any has the defaults at version 0. */
final class InMemoryTenantSettingsRepository implements TenantSettingsRepository {

    private final InMemoryDatabase db;
    private final Map<TenantId, StoredSettings> settings = new HashMap<>();

    InMemoryTenantSettingsRepository(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public StoredSettings find(TenantId tenant) {
        return db.read(() -> settings.getOrDefault(tenant, StoredSettings.defaults(tenant)));
    }

    @Override
    public void save(StoredSettings changed) {
        db.write(() -> {
            long stored = settings.containsKey(changed.tenant()) ? settings.get(changed.tenant()).version() : 0;
            if (stored != changed.version() - 1) {
                throw new StaleVersionException(EntityType.SETTINGS, changed.tenant().value(), changed.version() - 1, stored);
            }
            db.put(settings, changed.tenant(), changed);
            return null;
        });
    }
}
