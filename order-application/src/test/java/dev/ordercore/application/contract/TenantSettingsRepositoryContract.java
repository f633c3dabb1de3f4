package dev.ordercore.application.contract;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.StaleVersionException;
import dev.ordercore.application.port.out.TenantSettingsRepository;
import dev.ordercore.domain.settings.StoredSettings;
import dev.ordercore.domain.settings.TenantSettings;
import dev.ordercore.domain.shared.EntityType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.ordercore.application.contract.ContractData.OTHER_TENANT;
import static dev.ordercore.application.contract.ContractData.TENANT;
import static dev.ordercore.application.contract.ContractData.minutes;
import static dev.ordercore.application.contract.ContractData.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link TenantSettingsRepository} does: a tenant without stored settings has seed
 * 002's defaults at version 0; saving the next version keeps every setting exactly; a save that
 * does not follow the stored version is stale and changes nothing; tenants never see each other's
 * (R35). Extend it with a {@link #ports()} that answers fresh, empty stores.
 */
public abstract class TenantSettingsRepositoryContract {

    /** Fresh, empty stores; called once before each test. */
    protected abstract OrderCorePorts ports();

    private OrderCorePorts ports;
    private TenantSettingsRepository settings;

    @BeforeEach
    void freshStores() {
        ports = ports();
        settings = ports.settings();
    }

    private void save(StoredSettings s) {
        ports.transactions().inTransaction(() -> {
            settings.save(s);
            return null;
        });
    }

    /** Every setting off its default, amounts and percents with their last decimals. */
    static TenantSettings changed() {
        return ok(TenantSettings.create(new TenantSettings.Draft(120, new BigDecimal("10.5"), new BigDecimal("250000.1234"), true, true,
                new BigDecimal("7500.00"), 250, 12, new BigDecimal("85.5"), new BigDecimal("30"), 5, new BigDecimal("12.25"), 21, 40, 8)));
    }

    @Test
    void a_tenant_without_settings_has_the_defaults_at_version_0() {
        assertThat(settings.find(TENANT)).isEqualTo(StoredSettings.defaults(TENANT));
        assertThat(settings.find(TENANT).settings()).isEqualTo(TenantSettings.DEFAULTS);
    }

    @Test
    void saved_settings_come_back_exactly_and_each_save_is_the_next_version() {
        StoredSettings first = settings.find(TENANT).next(changed(), minutes(1), "admin-1");
        save(first);
        StoredSettings second = first.next(TenantSettings.DEFAULTS, minutes(2), "admin-2");
        save(second);

        assertThat(first.version()).isEqualTo(1);
        assertThat(settings.find(TENANT)).isEqualTo(second);
    }

    @Test
    void the_first_save_keeps_every_setting_to_its_last_decimal() {
        StoredSettings first = settings.find(TENANT).next(changed(), minutes(1), "admin-1");
        save(first);

        StoredSettings found = settings.find(TENANT);
        assertThat(found.settings()).isEqualTo(changed());
        assertThat(found.settings().maxOrderValue()).isEqualByComparingTo("250000.1234");
        assertThat(found.settings().maxOrderValue().toPlainString()).isEqualTo("250000.1234");
        assertThat(found.updatedAt()).isEqualTo(minutes(1));
        assertThat(found.updatedBy()).isEqualTo("admin-1");
    }

    @Test
    void a_save_that_does_not_follow_the_stored_version_is_stale_and_changes_nothing() {
        StoredSettings base = settings.find(TENANT);
        StoredSettings mine = base.next(changed(), minutes(1), "admin-1");
        save(mine);
        StoredSettings theirs = base.next(TenantSettings.DEFAULTS, minutes(2), "admin-2"); // read before mine was saved

        assertThatThrownBy(() -> save(theirs)).isInstanceOfSatisfying(StaleVersionException.class,
                e -> assertThat(e.getMessage()).contains(EntityType.SETTINGS.code()));
        assertThatThrownBy(() -> save(mine.next(TenantSettings.DEFAULTS, minutes(3), "x").next(changed(), minutes(3), "x")))
                .isInstanceOf(StaleVersionException.class);
        assertThat(settings.find(TENANT)).isEqualTo(mine);
    }

    @Test
    void R35_one_tenants_settings_are_not_anothers() {
        save(settings.find(TENANT).next(changed(), minutes(1), "admin-1"));

        assertThat(settings.find(OTHER_TENANT)).isEqualTo(StoredSettings.defaults(OTHER_TENANT));
    }
}
