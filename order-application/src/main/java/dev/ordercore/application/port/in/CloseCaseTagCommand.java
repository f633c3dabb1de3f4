package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.cases.CaseId;
import dev.ordercore.domain.shared.TenantId;
import java.util.Objects;
import java.util.Optional;

/** Close a tag of a case. */
public record CloseCaseTagCommand(Principal principal, TenantId tenant, CaseId caseId, String tag, Optional<Long> expectedVersion) {

    public CloseCaseTagCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
