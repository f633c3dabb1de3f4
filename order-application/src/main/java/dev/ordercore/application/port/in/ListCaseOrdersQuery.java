package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.cases.CaseId;
import dev.ordercore.domain.shared.TenantId;
import java.util.Objects;

/** The orders of a case. */
public record ListCaseOrdersQuery(Principal principal, TenantId tenant, CaseId caseId) {

    public ListCaseOrdersQuery {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(caseId, "caseId");
    }
}
