package dev.ordercore.application.port.in;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.catalog.ModifierKind;
import dev.ordercore.domain.shared.TenantId;

import java.util.Objects;

/**
 * Add an order modifier (delivery, damage waiver, a fee); {@code null} name or kind are reported as
 * missing, a {@code null} description is absent. Fields that may be {@code null} are the request's
 * own and come back as violations, never as exceptions.
 */
public record CreateModifierCommand(Principal principal, TenantId tenant, String name, ModifierKind kind, String description) {

    public CreateModifierCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(tenant, "tenant");
    }
}
