package dev.ordercore.application.port.in;

import dev.ordercore.domain.planning.DemandHorizon;
import dev.ordercore.domain.planning.DemandRequirement;

import java.util.List;
import java.util.Objects;

/** The demand of a horizon (R38), by date and product. */
public record DemandRequirements(DemandHorizon horizon, List<DemandRequirement> requirements) {

    public DemandRequirements {
        Objects.requireNonNull(horizon, "horizon");
        requirements = List.copyOf(requirements);
    }
}
