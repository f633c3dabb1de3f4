package dev.ordercore.domain.settings;

import dev.ordercore.domain.shared.TenantId;

import java.time.Instant;
import java.util.Objects;

/**
 * A tenant's settings as stored: the settings, their version for optimistic concurrency
 * (ETag / If-Match on {@code PUT /settings}), and who changed them last and when. A tenant that
 * never stored any has {@link TenantSettings#DEFAULTS} at version 0.
 */
public record StoredSettings(TenantId tenant, TenantSettings settings, long version, Instant updatedAt, String updatedBy) {

    public StoredSettings {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(updatedBy, "updatedBy");
        if (version < 0) {
            throw new IllegalArgumentException("a settings version is 0 or more, got " + version);
        }
    }

    /** What a tenant without stored settings has. */
    public static StoredSettings defaults(TenantId tenant) {
        return new StoredSettings(tenant, TenantSettings.DEFAULTS, 0, Instant.EPOCH, "defaults");
    }

    public StoredSettings next(TenantSettings changed, Instant at, String by) {
        return new StoredSettings(tenant, changed, version + 1, at, by);
    }
}
