package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.CatalogRepository;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.catalog.CatalogEvents;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Adding and deleting catalog entries: admins only (R36). On adding, the entry's own violations
 * and what is wrong with the entries it refers to (a category that is missing or deleted, say) are
 * reported together; a taken natural key is a conflict. Deleting only marks an entry deleted.
 */
final class CatalogWrites {

    private final OrderCorePorts ports;
    private final Transactions transactions;

    CatalogWrites(OrderCorePorts ports) {
        this.ports = ports;
        this.transactions = new Transactions(ports.transactions());
    }

    <T> Result<T, OrderError> create(Principal principal, TenantId tenant, String type, Supplier<List<Violation>> referenceChecks,
                                     Supplier<Result<T, OrderError>> make, CatalogRepository<T, ?> store,
                                     Function<T, String> idOf, Function<T, JsonObject> json) {
        return principal.may(tenant, Permission.MANAGE_CATALOG).flatMap(p -> transactions.run(() -> {
            List<Violation> badReferences = referenceChecks.get();
            Result<T, OrderError> made = make.get();
            if (!badReferences.isEmpty()) {
                List<Violation> all = new ArrayList<>(made.isErr() && made.error() instanceof OrderError.ValidationFailed f
                        ? f.violations() : List.of());
                all.addAll(badReferences);
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

    /**
     * Marks the entry deleted and records {@code CatalogEntryDeleted} the first time only: deleting
     * a deleted entry answers it as it is (with the time it was first deleted) and records nothing.
     */
    <T, I> Result<T, OrderError> delete(Principal principal, TenantId tenant, I id, EntityType type, CatalogRepository<T, I> store,
                                        Function<T, Optional<Instant>> deletedAt, Function<T, JsonObject> json) {
        return principal.may(tenant, Permission.MANAGE_CATALOG).flatMap(p -> transactions.run(() -> {
            Instant now = ports.clock().instant();
            Optional<T> marked = store.markDeleted(tenant, id, now);
            if (marked.isEmpty()) {
                return Result.err(new OrderError.NotFound(type, id.toString()));
            }
            if (deletedAt.apply(marked.get()).filter(now::equals).isPresent()) {
                ports.outbox().append(List.of(new CatalogEvents.CatalogEntryDeleted(tenant, type.code(), id.toString(),
                        json.apply(marked.get()), now)));
            }
            return Result.ok(marked.get());
        }));
    }

    /**
     * What is wrong with a reference an entry makes to another entry of the tenant: nothing when it
     * is not given ({@code null}: the entry's own check reports a missing one), {@code unknown_<what>}
     * when the tenant has no such entry (R35: another tenant's looks the same), {@code <what>_deleted}
     * when it is deleted.
     */
    static <I, E> List<Violation> reference(String field, I id, Function<I, Optional<E>> find, Predicate<E> deleted, String what) {
        if (id == null) {
            return List.of();
        }
        Optional<E> found = find.apply(id);
        if (found.isEmpty()) {
            return List.of(new Violation(field, "unknown_" + what, "no " + what + " " + id));
        }
        if (deleted.test(found.get())) {
            return List.of(new Violation(field, what + "_deleted", what + " " + id + " was deleted; nothing new may use it"));
        }
        return List.of();
    }

    /** {@code first}, or when it found nothing wrong, what {@code then} finds (which may assume the first check passed). */
    static List<Violation> chain(List<Violation> first, Supplier<List<Violation>> then) {
        return first.isEmpty() ? then.get() : first;
    }

    /** The violation, at {@code field}, when the category of {@code klass} was deleted: nothing new hangs below a deleted entry. */
    static List<Violation> deletedAbove(OrderCorePorts ports, TenantId tenant, String field, Klass klass) {
        return ports.categories().find(tenant, klass.category()).filter(Category::isDeleted)
                .map(cat -> List.of(new Violation(field, "category_deleted", "klass " + klass.id() + " is in category " + cat.id()
                        + ", which was deleted; nothing new may hang on it")))
                .orElse(List.of());
    }
}
