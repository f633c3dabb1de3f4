package dev.ordercore.domain.access;

import dev.ordercore.domain.shared.Text;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.Namespace;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Who is acting (R36): a subject, the tenants it may act in, its roles there, and the status
 * namespaces it owns as a module writer (such as {@code inventory} or {@code billing}). One
 * principal may be both a tenant user and a module writer.
 *
 * <p>Tenant users with the operator role also own the {@code manual} namespace, for the notes
 * operators write on a timeline.
 */
public record Principal(String subject, Set<TenantId> tenants, Set<Role> roles, Set<String> modules) {

    /** The namespace operators write manual entries in. */
    public static final String MANUAL_NAMESPACE = "manual";
    /** What a module writer may do besides owning its namespaces. */
    public static final Set<Permission> MODULE_WRITER_PERMISSIONS =
            Set.of(Permission.READ, Permission.SUBMIT_INTENTS, Permission.WRITE_HISTORY);

    public Principal {
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank() || !Text.storable(subject)) {
            throw new IllegalArgumentException("a principal has a subject, without U+0000");
        }
        tenants = Set.copyOf(tenants);
        roles = Set.copyOf(roles);
        modules = Set.copyOf(modules);
        for (String module : modules) {
            if (!Namespace.isValid(module)) {
                throw new IllegalArgumentException("'" + module + "' is not a status namespace ([a-z0-9_]+)");
            }
        }
    }

    public static Principal user(String subject, TenantId tenant, Role role) {
        return new Principal(subject, Set.of(tenant), Set.of(role), Set.of());
    }

    public static Principal moduleWriter(String subject, TenantId tenant, String... namespaces) {
        return new Principal(subject, Set.of(tenant), Set.of(), Set.of(namespaces));
    }

    public boolean has(Role role) {
        return roles.stream().anyMatch(r -> r.includes(role));
    }

    /** Whether this principal may write entries in {@code namespace} (R18). */
    public boolean owns(String namespace) {
        return modules.contains(namespace) || MANUAL_NAMESPACE.equals(namespace) && has(Role.OPERATOR);
    }

    /**
     * Checks tenant and permission (R35, R36). A tenant the principal has no access to answers
     * exactly like a tenant that does not exist. Module writers may read, submit intents and
     * write history.
     */
    public Result<Principal, OrderError> may(TenantId tenant, Permission permission) {
        if (!tenants.contains(tenant)) {
            return Result.err(new OrderError.NotFound(EntityType.TENANT, tenant.value()));
        }
        boolean moduleWriterMay = !modules.isEmpty() && MODULE_WRITER_PERMISSIONS.contains(permission);
        if (has(permission.minimumRole()) || moduleWriterMay) {
            return Result.ok(this);
        }
        return Result.err(new OrderError.Forbidden(permission.action(),
                "needs the " + permission.minimumRole().name().toLowerCase(Locale.ROOT) + " role"));
    }
}
