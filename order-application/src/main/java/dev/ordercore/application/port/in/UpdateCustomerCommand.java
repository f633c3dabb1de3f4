package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.customer.Customer;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.shared.TenantId;

import java.util.Objects;
import java.util.Optional;

/** Change some fields of a customer (PATCH), based on the version the caller read when it states one (If-Match). */
public record UpdateCustomerCommand(Principal principal, TenantId tenant, CustomerId customerId, Customer.Patch patch,
                                    Optional<Long> expectedVersion) {

    public UpdateCustomerCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(patch, "patch");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
