package dev.ordercore.application.port.in;

import dev.ordercore.domain.planning.DemandHorizon;
import dev.ordercore.domain.planning.ProcurementPlan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** R39's plans for a horizon, with the settings they were worked out with. */
public record ProcurementPlans(DemandHorizon horizon, int leadTimeDays, BigDecimal safetyStockPercentage,
                               BigDecimal shortageThresholdPercentage, List<ProcurementPlan> plans) {

    public ProcurementPlans {
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(safetyStockPercentage, "safetyStockPercentage");
        Objects.requireNonNull(shortageThresholdPercentage, "shortageThresholdPercentage");
        plans = List.copyOf(plans);
    }
}
