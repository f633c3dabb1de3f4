package dev.ordercore.application.port.in;

import dev.ordercore.application.port.out.OrderFilter;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.shared.TenantId;
import java.util.Objects;
import java.util.Optional;

/** A page of orders: at most {@code limit} (1-200), continuing at {@code cursor} from a previous page. */
public record ListOrdersQuery(Principal principal, TenantId tenant, OrderFilter filter, int limit, Optional<String> cursor) {

    public ListOrdersQuery {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(cursor, "cursor");
    }
}
