package dev.ordercore.domain.catalog;

import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Text;
import dev.ordercore.domain.shared.Violations;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that is charged on top of the lines it modifies (seed 003: delivery, damage waiver,
 * a fee), never on its own. {@link OrderModifierRule}s say when it is charged and how much.
 * Soft-deleted only: lines charged by it keep pointing at it.
 */
public record OrderModifier(OrderModifierId id, TenantId tenant, String name, ModifierKind kind, Optional<String> description,
                            Instant createdAt, Optional<Instant> deletedAt) {

    public static final int MAX_DESCRIPTION = 1000;

    public OrderModifier {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(deletedAt, "deletedAt");
        Violations v = new Violations();
        check(v, name, description);
        if (!v.isEmpty()) {
            throw new IllegalArgumentException(v.toList().toString());
        }
    }

    /** A new modifier; {@code null} inputs are reported as missing, with every other violation. */
    public static Result<OrderModifier, OrderError> create(OrderModifierId id, TenantId tenant, String name, ModifierKind kind,
                                                           Optional<String> description, Instant now) {
        Violations v = new Violations();
        Optional<String> text = description == null ? Optional.empty() : description;
        check(v, name, text);
        CatalogText.required(v, "kind", kind);
        return v.isEmpty()
                ? Result.ok(new OrderModifier(id, tenant, name.strip(), kind, text.map(String::strip), now, Optional.empty()))
                : v.toResult(null);
    }

    public boolean isDeleted() {
        return deletedAt.isPresent();
    }

    public OrderModifier deleted(Instant at) {
        return isDeleted() ? this : new OrderModifier(id, tenant, name, kind, description, createdAt, Optional.of(at));
    }

    private static void check(Violations v, String name, Optional<String> description) {
        CatalogText.name(v, "name", name);
        description.ifPresent(d -> {
            if (d.isBlank()) {
                v.add("description", "blank", "description must not be blank when given");
            } else if (d.length() > MAX_DESCRIPTION) {
                v.add("description", "too_long", "description has at most " + MAX_DESCRIPTION + " characters");
            } else if (!Text.storable(d)) {
                Text.unstorable(v, "description");
            }
        });
    }
}
