package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.CatalogRepository;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.catalog.CatalogEvents;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Adding a catalog entry: admins only (R36); the entry's own violations and a missing parent (the
 * category of a klass, say) are reported together; a taken natural key is a conflict.
 */
final class CatalogWrites {

    private final OrderCorePorts ports;
    private final Transactions transactions;

    CatalogWrites(OrderCorePorts ports) {
        this.ports = ports;
        this.transactions = new Transactions(ports.transactions());
    }

    <T> Result<T, OrderError> create(Principal principal, TenantId tenant, String type, Supplier<Optional<Violation>> parentCheck,
                                     Supplier<Result<T, OrderError>> make, CatalogRepository<T, ?> store,
                                     Function<T, String> idOf, Function<T, JsonObject> json) {
        return principal.may(tenant, Permission.MANAGE_CATALOG).flatMap(p -> transactions.run(() -> {
            Optional<Violation> missingParent = parentCheck.get();
            Result<T, OrderError> made = make.get();
            if (missingParent.isPresent()) {
                List<Violation> all = new ArrayList<>(made.isErr() && made.error() instanceof OrderError.ValidationFailed f
                        ? f.violations() : List.of());
                all.add(missingParent.get());
                return Result.err(new OrderError.ValidationFailed(all));
            }
            return made.map(entry -> {
                store.insert(entry);
                ports.outbox().append(List.of(new CatalogEvents.CatalogEntryCreated(tenant, type, idOf.apply(entry), json.apply(entry),
                        ports.clock().instant())));
                return entry;
            });
        }));
    }

    /** The violation for a parent reference that is given but not in the tenant. */
    static <I> Optional<Violation> missing(String field, I id, Function<I, Boolean> exists, String what) {
        if (id == null || exists.apply(id)) {
            return Optional.empty();
        }
        return Optional.of(new Violation(field, "unknown_" + what, "no " + what + " " + id));
    }
}
