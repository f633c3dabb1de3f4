package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.settings.TenantSettings;
import dev.ordercore.domain.shared.TenantId;

import java.util.Objects;
import java.util.Optional;

/**
 * Replace the tenant's settings with {@code draft}, every setting stated ({@code null} fields come
 * back as violations), expecting the version the caller read when it gives one (HTTP If-Match).
 */
public record UpdateSettingsCommand(Principal principal, TenantId tenant, TenantSettings.Draft draft, Optional<Long> expectedVersion) {

    public UpdateSettingsCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
