package dev.ordercore.domain.settings;

import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.settings.SettingsEvents.SettingsChanged;
import dev.ordercore.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A tenant's settings as stored (versions for If-Match on {@code PUT /settings}) and the event that carries a change. */
class StoredSettingsTest {

    private static final TenantId BAKERY = TenantId.of("bakery");
    private static final Instant T1 = Instant.parse("2026-03-02T09:15:00Z");
    private static final TenantSettings AUTO_APPROVING = new TenantSettings(120, new BigDecimal("0.00"), new BigDecimal("100000.00"), true,
            false, new BigDecimal("5000.00"), 100, 24, new BigDecimal("90"), new BigDecimal("50"), 3, new BigDecimal("20"), 14, 20, 5);

    @Test
    void a_tenant_that_never_stored_settings_has_the_defaults_at_version_0() {
        assertThat(StoredSettings.defaults(BAKERY))
                .isEqualTo(new StoredSettings(BAKERY, TenantSettings.DEFAULTS, 0, Instant.EPOCH, "defaults"));
    }

    @Test
    void each_change_is_the_next_version_stamped_with_when_and_by_whom() {
        StoredSettings first = StoredSettings.defaults(BAKERY).next(AUTO_APPROVING, T1, "admin@bakery");
        StoredSettings second = first.next(TenantSettings.DEFAULTS, T1.plusSeconds(60), "eva@bakery");

        assertThat(first).isEqualTo(new StoredSettings(BAKERY, AUTO_APPROVING, 1, T1, "admin@bakery"));
        assertThat(second).isEqualTo(new StoredSettings(BAKERY, TenantSettings.DEFAULTS, 2, T1.plusSeconds(60), "eva@bakery"));
    }

    @Test
    void a_negative_version_is_refused() {
        assertThatThrownBy(() -> new StoredSettings(BAKERY, TenantSettings.DEFAULTS, -1, T1, "admin@bakery"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a settings version is 0 or more, got -1");
    }

    @Test
    void a_settings_change_carries_the_whole_document_its_version_and_who_changed_it() {
        StoredSettings stored = new StoredSettings(BAKERY, AUTO_APPROVING, 7, T1, "admin@bakery");

        SettingsChanged changed = new SettingsChanged(stored);

        assertThat(changed.tenant()).isEqualTo(BAKERY);
        assertThat(changed.aggregateType()).isEqualTo("settings");
        assertThat(changed.aggregateId()).isEqualTo("bakery");
        assertThat(changed.occurredAt()).isEqualTo(T1);
        assertThat(changed.type()).isEqualTo("SettingsChanged");
        assertThat(changed.payload()).isEqualTo(JsonObject.builder()
                .put("version", 7)
                .put("settings", AUTO_APPROVING.toJson())
                .put("updatedBy", "admin@bakery")
                .put("updatedAt", "2026-03-02T09:15:00Z")
                .build());
        assertThat(changed.payload().get("settings").map(s -> TenantSettings.fromJson((JsonObject) s))).contains(AUTO_APPROVING);
    }
}
