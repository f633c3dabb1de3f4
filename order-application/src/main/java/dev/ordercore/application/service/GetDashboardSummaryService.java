package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.GetDashboardSummaryQuery;
import dev.ordercore.application.port.in.GetDashboardSummaryUseCase;
import dev.ordercore.application.port.out.TenantPolicy;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.planning.DashboardSummary;
import dev.ordercore.domain.planning.DashboardWindows;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class GetDashboardSummaryService implements GetDashboardSummaryUseCase {

    private final OrderCorePorts ports;

    public GetDashboardSummaryService(OrderCorePorts ports) {
        this.ports = ports;
    }

    @Override
    public Result<DashboardSummary, OrderError> get(GetDashboardSummaryQuery q) {
        return q.principal().may(q.tenant(), Permission.READ).map(allowed -> {
            TenantPolicy policy = ports.policies().policyFor(q.tenant());
            DashboardWindows windows = DashboardWindows.of(policy.zone(), ports.clock().instant());
            return DashboardSummary.of(ports.readModels().dashboard(q.tenant(), policy.lifecycles(), windows), windows,
                    policy.lifecycles(), policy.rounding().mode());
        });
    }
}
