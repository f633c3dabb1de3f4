package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.shared.TenantId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Demand requirements (R38) or procurement plans (R39) for a horizon of {@code days} from
 * {@code from}; by default from today in the tenant's zone for its {@code demandForecastDays}.
 */
public record PlanningQuery(Principal principal, TenantId tenant, Optional<LocalDate> from, Optional<Integer> days) {

    public PlanningQuery {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(days, "days");
    }
}
