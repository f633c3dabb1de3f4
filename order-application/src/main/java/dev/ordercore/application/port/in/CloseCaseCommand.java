package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.cases.CaseId;
import dev.ordercore.domain.shared.TenantId;
import java.util.Objects;
import java.util.Optional;

/** Close a case. */
public record CloseCaseCommand(Principal principal, TenantId tenant, CaseId caseId, boolean force, Optional<String> reason, Optional<Long> expectedVersion) {

    public CloseCaseCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
