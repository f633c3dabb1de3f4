package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.cases.CaseId;
import dev.ordercore.domain.shared.TenantId;
import java.util.Objects;
import java.util.Optional;

/** Add a tag to a case. */
public record AddCaseTagCommand(Principal principal, TenantId tenant, CaseId caseId, String tag, Optional<Long> expectedVersion) {

    public AddCaseTagCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
