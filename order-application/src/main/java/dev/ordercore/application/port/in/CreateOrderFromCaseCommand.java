package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.cases.CaseId;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.shared.TenantId;
import java.util.Objects;
import java.util.Optional;

/** Place an order for a case (seed 000: the salesperson closes {@code quote_needed} by creating the order). */
public record CreateOrderFromCaseCommand(Principal principal, TenantId tenant, CaseId caseId, OrderDraft draft, Optional<String> closesTag) {

    public CreateOrderFromCaseCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(closesTag, "closesTag");
    }
}
