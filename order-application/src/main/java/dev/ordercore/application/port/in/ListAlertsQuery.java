package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.shared.TenantId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of alerts (R37) across the tenant's orders, newest first: optionally only one code (such
 * as {@code alerts:rush} or {@code credit:limit_exceeded}), one severity, recorded in
 * [{@code from}, {@code to}), of one order, and open (not closed) or closed ones; at most
 * {@code limit} (1-200), continuing at {@code cursor}.
 */
public record ListAlertsQuery(Principal principal, TenantId tenant, Optional<String> code, Optional<Severity> severity,
                              Optional<Instant> from, Optional<Instant> to, Optional<OrderId> orderId, Optional<Boolean> open,
                              int limit, Optional<String> cursor) {

    public ListAlertsQuery {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(cursor, "cursor");
    }
}
