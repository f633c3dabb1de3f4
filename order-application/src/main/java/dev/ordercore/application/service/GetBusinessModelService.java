package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.GetBusinessModelQuery;
import dev.ordercore.application.port.in.GetBusinessModelUseCase;
import dev.ordercore.application.port.out.TenantPolicy;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.planning.BusinessModelAssessment;
import dev.ordercore.domain.planning.OrderVolume;
import dev.ordercore.domain.settings.TenantSettings;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

import java.time.LocalDate;

/** R40 over the {@value OrderVolume#WINDOW_DAYS} whole days before today, in the tenant's zone. */
public final class GetBusinessModelService implements GetBusinessModelUseCase {

    private final OrderCorePorts ports;

    public GetBusinessModelService(OrderCorePorts ports) {
        this.ports = ports;
    }

    @Override
    public Result<BusinessModelAssessment, OrderError> get(GetBusinessModelQuery q) {
        return q.principal().may(q.tenant(), Permission.READ).map(allowed -> {
            TenantPolicy policy = ports.policies().policyFor(q.tenant());
            TenantSettings settings = ports.settings().find(q.tenant()).settings();
            LocalDate today = ports.clock().instant().atZone(policy.zone()).toLocalDate();
            OrderVolume volume = ports.readModels().volume(q.tenant(), policy.lifecycles(), settings, OrderVolume.windowStart(today), today,
                    policy.zone());
            return BusinessModelAssessment.of(volume, settings);
        });
    }
}
