package dev.ordercore.application.port.out;

import dev.ordercore.domain.settings.StoredSettings;
import dev.ordercore.domain.shared.TenantId;

/** Each tenant's stored settings (seed 002); a tenant that never saved any has the defaults at version 0. */
public interface TenantSettingsRepository {

    /** The tenant's settings, or {@link StoredSettings#defaults} when it has none stored. */
    StoredSettings find(TenantId tenant);

    /**
     * Stores {@code settings}, whose version is one more than the stored one; throws
     * {@link StaleVersionException} when the stored version is not {@code settings.version() - 1}
     * (someone changed them in between).
     */
    void save(StoredSettings settings);
}
