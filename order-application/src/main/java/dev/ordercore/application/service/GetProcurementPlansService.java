package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.GetProcurementPlansUseCase;
import dev.ordercore.application.port.in.PlanningQuery;
import dev.ordercore.application.port.in.ProcurementPlans;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.planning.DemandRequirement;
import dev.ordercore.domain.planning.Procurement;
import dev.ordercore.domain.settings.TenantSettings;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** R39: the horizon's demand (R38) against the stock levels of the products it names. */
public final class GetProcurementPlansService implements GetProcurementPlansUseCase {

    private final OrderCorePorts ports;
    private final PlanningHorizons horizons;

    public GetProcurementPlansService(OrderCorePorts ports) {
        this.ports = ports;
        this.horizons = new PlanningHorizons(ports);
    }

    @Override
    public Result<ProcurementPlans, OrderError> get(PlanningQuery q) {
        Result<?, OrderError> allowed = q.principal().may(q.tenant(), Permission.READ);
        if (allowed.isErr()) {
            return Result.err(allowed.error());
        }
        TenantSettings settings = ports.settings().find(q.tenant()).settings();
        return horizons.horizon(q, settings).map(horizon -> {
            List<DemandRequirement> demand = ports.readModels().demand(q.tenant(), ports.policies().policyFor(q.tenant()).lifecycles(), horizon);
            Set<ProductId> products = demand.stream().map(DemandRequirement::product).collect(Collectors.toSet());
            return new ProcurementPlans(horizon, settings.procurementLeadTimeDays(), settings.safetyStockPercentage(),
                    settings.procurementShortageThreshold(),
                    Procurement.plan(demand, ports.stockLevels().available(q.tenant(), products), settings, horizons.today(q.tenant())));
        });
    }
}
