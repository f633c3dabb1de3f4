package dev.ordercore.application.port.in;

import dev.ordercore.application.port.out.CustomerFilter;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.shared.TenantId;

import java.util.Objects;
import java.util.Optional;

/** A page of customers matching {@code filter}: at most {@code limit} (1-200), continuing at {@code cursor}, in registration order. */
public record ListCustomersQuery(Principal principal, TenantId tenant, CustomerFilter filter, int limit, Optional<String> cursor) {

    public ListCustomersQuery {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(cursor, "cursor");
    }
}
