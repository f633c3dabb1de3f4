package dev.ordercore.adapter.postgres;

import dev.ordercore.application.port.out.StaleVersionException;
import dev.ordercore.application.port.out.TenantSettingsRepository;
import dev.ordercore.domain.settings.StoredSettings;
import dev.ordercore.domain.settings.TenantSettings;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.TenantId;

import static dev.ordercore.adapter.postgres.jooq.Tables.TENANT_SETTINGS;

/**
 * Each tenant's settings as one versioned row. Saving version 1 inserts (a concurrent first save
 * loses on the primary key); saving version n updates where the stored version is n - 1, so a
 * concurrent change is a stale version, never a lost update.
 */
final class PostgresTenantSettingsRepository implements TenantSettingsRepository {

    private final Database db;

    PostgresTenantSettingsRepository(Database db) {
        this.db = db;
    }

    @Override
    public StoredSettings find(TenantId tenant) {
        return db.run(tenant, dsl -> dsl.selectFrom(TENANT_SETTINGS).where(TENANT_SETTINGS.TENANT_ID.eq(tenant.value()))
                .fetchOptional(r -> new StoredSettings(tenant, TenantSettings.fromJson(JsonText.object(r.getSettings())), r.getVersion(),
                        Rows.instant(r.getUpdatedAt()), r.getUpdatedBy()))
                .orElseGet(() -> StoredSettings.defaults(tenant)));
    }

    @Override
    public void save(StoredSettings s) {
        int written = db.run(s.tenant(), dsl -> {
            if (s.version() == 1) {
                return dsl.insertInto(TENANT_SETTINGS)
                        .set(TENANT_SETTINGS.TENANT_ID, s.tenant().value())
                        .set(TENANT_SETTINGS.SETTINGS, JsonText.jsonb(s.settings().toJson()))
                        .set(TENANT_SETTINGS.VERSION, s.version())
                        .set(TENANT_SETTINGS.UPDATED_AT, Rows.ts(s.updatedAt()))
                        .set(TENANT_SETTINGS.UPDATED_BY, s.updatedBy())
                        .onConflictDoNothing()
                        .execute();
            }
            return dsl.update(TENANT_SETTINGS)
                    .set(TENANT_SETTINGS.SETTINGS, JsonText.jsonb(s.settings().toJson()))
                    .set(TENANT_SETTINGS.VERSION, s.version())
                    .set(TENANT_SETTINGS.UPDATED_AT, Rows.ts(s.updatedAt()))
                    .set(TENANT_SETTINGS.UPDATED_BY, s.updatedBy())
                    .where(TENANT_SETTINGS.TENANT_ID.eq(s.tenant().value()), TENANT_SETTINGS.VERSION.eq(s.version() - 1))
                    .execute();
        });
        if (written == 0) {
            long stored = find(s.tenant()).version();
            throw new StaleVersionException(EntityType.SETTINGS, s.tenant().value(), s.version() - 1, stored);
        }
    }
}
