package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.DemandRequirements;
import dev.ordercore.application.port.in.GetDemandRequirementsUseCase;
import dev.ordercore.application.port.in.PlanningQuery;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

public final class GetDemandRequirementsService implements GetDemandRequirementsUseCase {

    private final OrderCorePorts ports;
    private final PlanningHorizons horizons;

    public GetDemandRequirementsService(OrderCorePorts ports) {
        this.ports = ports;
        this.horizons = new PlanningHorizons(ports);
    }

    @Override
    public Result<DemandRequirements, OrderError> get(PlanningQuery q) {
        return q.principal().may(q.tenant(), Permission.READ)
                .flatMap(allowed -> horizons.horizon(q, ports.settings().find(q.tenant()).settings()))
                .map(horizon -> new DemandRequirements(horizon,
                        ports.readModels().demand(q.tenant(), ports.policies().policyFor(q.tenant()).lifecycles(), horizon)));
    }
}
