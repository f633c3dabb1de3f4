package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.cases.CaseId;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.relation.EntityRef;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violation;

import java.util.Optional;

/** Looks up the ends of relations and the cases commands work on, answering unknown ids as not found (R35). */
final class Entities {

    private final OrderCorePorts ports;

    Entities(OrderCorePorts ports) {
        this.ports = ports;
    }

    Result<Case, OrderError> loadCase(TenantId tenant, CaseId id, Optional<Long> expectedVersion) {
        return ports.cases().find(tenant, id)
                .map(found -> Versions.check(EntityType.CASE, id.toString(), expectedVersion, found.version(), found))
                .orElseGet(() -> Result.err(new OrderError.NotFound(EntityType.CASE, id.toString())));
    }

    /** The case, locked until the transaction ends, for commands that rely on it staying as read. */
    Result<Case, OrderError> lockCase(TenantId tenant, CaseId id) {
        return ports.cases().findForUpdate(tenant, id)
                .<Result<Case, OrderError>>map(Result::ok)
                .orElseGet(() -> Result.err(new OrderError.NotFound(EntityType.CASE, id.toString())));
    }

    /**
     * A reference to one of ordercore's own entities that does not exist in the tenant, as a
     * violation at {@code field} (R35: another tenant's id reads exactly like an unknown one);
     * references to external entities pass.
     */
    Optional<Violation> missing(TenantId tenant, String field, EntityRef ref) {
        boolean exists = switch (ref.type()) {
            case EntityRef.ORDER -> ports.orders().find(tenant, new OrderId(ref.uuid())).isPresent();
            case EntityRef.CASE -> ports.cases().find(tenant, new CaseId(ref.uuid())).isPresent();
            default -> true;
        };
        return exists ? Optional.empty() : Optional.of(new Violation(field, "unknown_" + ref.type(), "no " + ref.type() + " " + ref.id()));
    }
}
