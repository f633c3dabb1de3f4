package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.UpdateSettingsCommand;
import dev.ordercore.application.port.in.UpdateSettingsUseCase;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.settings.SettingsEvents;
import dev.ordercore.domain.settings.StoredSettings;
import dev.ordercore.domain.settings.TenantSettings;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

import java.util.List;

/**
 * Checks the whole document first (every violation at once), then, in one transaction, the
 * version the caller read and the stored one, and stores the next version with its
 * {@code SettingsChanged} event. Settings equal to the stored ones change nothing: no new
 * version, no event.
 */
public final class UpdateSettingsService implements UpdateSettingsUseCase {

    private final OrderCorePorts ports;
    private final Transactions transactions;

    public UpdateSettingsService(OrderCorePorts ports) {
        this.ports = ports;
        this.transactions = new Transactions(ports.transactions());
    }

    @Override
    public Result<StoredSettings, OrderError> update(UpdateSettingsCommand c) {
        return c.principal().may(c.tenant(), Permission.MANAGE_SETTINGS)
                .flatMap(p -> TenantSettings.create(c.draft())
                        .flatMap(settings -> transactions.runRetrying(c.expectedVersion(), () -> {
                            StoredSettings stored = ports.settings().find(c.tenant());
                            return Versions.check(EntityType.SETTINGS, c.tenant().value(), c.expectedVersion(), stored.version(), stored)
                                    .map(current -> {
                                        if (current.settings().equals(settings)) {
                                            return current;
                                        }
                                        StoredSettings next = current.next(settings, ports.clock().instant(), p.subject());
                                        ports.settings().save(next);
                                        ports.outbox().append(List.of(new SettingsEvents.SettingsChanged(next)));
                                        return next;
                                    });
                        })));
    }
}
