package dev.ordercore.domain.order;

import dev.ordercore.domain.access.Principal;

import java.util.Objects;
import java.util.Optional;

/**
 * Asks an order or a line to move to {@code target} (R13-R16). {@code force} asks to pass open
 * BLOCKING entries; only a principal allowed to override may, and must say why.
 */
public record TransitionRequest(String target, Optional<String> reason, boolean force, Principal actor) {

    public TransitionRequest {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(actor, "actor");
        reason = reason.map(String::strip).filter(r -> !r.isEmpty());
    }

    public static TransitionRequest to(String target, Principal actor) {
        return new TransitionRequest(target, Optional.empty(), false, actor);
    }

    public static TransitionRequest to(String target, String reason, Principal actor) {
        return new TransitionRequest(target, Optional.of(reason), false, actor);
    }

    public static TransitionRequest forced(String target, String reason, Principal actor) {
        return new TransitionRequest(target, Optional.of(reason), true, actor);
    }
}
