package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.PlanningQuery;
import dev.ordercore.domain.planning.DemandHorizon;
import dev.ordercore.domain.settings.TenantSettings;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;

import java.time.LocalDate;

/** The horizon a planning query asks for, defaulting to today in the tenant's zone and its {@code demandForecastDays}. */
final class PlanningHorizons {

    private final OrderCorePorts ports;

    PlanningHorizons(OrderCorePorts ports) {
        this.ports = ports;
    }

    LocalDate today(TenantId tenant) {
        return ports.clock().instant().atZone(ports.policies().policyFor(tenant).zone()).toLocalDate();
    }

    Result<DemandHorizon, OrderError> horizon(PlanningQuery q, TenantSettings settings) {
        return DemandHorizon.create(q.from().orElseGet(() -> today(q.tenant())), q.days().orElse(settings.demandForecastDays()), "days");
    }
}
