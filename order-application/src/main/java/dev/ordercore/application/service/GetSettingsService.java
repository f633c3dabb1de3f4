package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.GetSettingsQuery;
import dev.ordercore.application.port.in.GetSettingsUseCase;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.settings.StoredSettings;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class GetSettingsService implements GetSettingsUseCase {

    private final OrderCorePorts ports;

    public GetSettingsService(OrderCorePorts ports) {
        this.ports = ports;
    }

    @Override
    public Result<StoredSettings, OrderError> get(GetSettingsQuery q) {
        return q.principal().may(q.tenant(), Permission.READ).map(p -> ports.settings().find(q.tenant()));
    }
}
