package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.customer.Customer;
import dev.ordercore.domain.shared.TenantId;

import java.util.Objects;

/** Register a customer; what the draft leaves {@code null} comes back as violations, never as exceptions. */
public record CreateCustomerCommand(Principal principal, TenantId tenant, Customer.Draft draft) {

    public CreateCustomerCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(draft, "draft");
    }
}
