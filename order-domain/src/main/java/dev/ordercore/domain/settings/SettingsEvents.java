package dev.ordercore.domain.settings;

import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.TenantId;

import java.time.Instant;
import java.util.Objects;

/** What happens to a tenant's settings. */
public final class SettingsEvents {

    private SettingsEvents() {
    }

    /**
     * A tenant's settings were replaced: the payload carries the whole new document, its version
     * and who changed it, so subscribers need not read back. The aggregate is the tenant's settings.
     */
    public record SettingsChanged(StoredSettings settings) implements DomainEvent {

        public SettingsChanged {
            Objects.requireNonNull(settings, "settings");
        }

        public TenantId tenant() { return settings.tenant(); }

        public String aggregateType() { return "settings"; }

        public String aggregateId() { return settings.tenant().value(); }

        public Instant occurredAt() { return settings.updatedAt(); }

        public JsonObject payload() {
            return JsonObject.builder()
                    .put("version", settings.version())
                    .put("settings", settings.settings().toJson())
                    .put("updatedBy", settings.updatedBy())
                    .put("updatedAt", settings.updatedAt().toString())
                    .build();
        }
    }
}
