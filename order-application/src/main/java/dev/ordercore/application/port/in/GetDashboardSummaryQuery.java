package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.shared.TenantId;

import java.util.Objects;

/** The tenant's dashboard as of now (seed 002). */
public record GetDashboardSummaryQuery(Principal principal, TenantId tenant) {

    public GetDashboardSummaryQuery {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
    }
}
