package dev.ordercore.domain.shared;

import java.util.Optional;

/** Why someone did something: a transition, an adjustment, a forced close. One rule for all of them. */
public final class Reason {

    public static final int MAX_LENGTH = 1000;

    private Reason() {
    }

    /** A violation at {@code field} when the reason is longer than {@value #MAX_LENGTH} characters or cannot be stored. */
    public static Optional<Violation> violation(String field, Optional<String> reason) {
        return reason.flatMap(r -> r.length() > MAX_LENGTH
                ? Optional.of(new Violation(field, "too_long", "a reason has at most " + MAX_LENGTH + " characters"))
                : Text.storable(r) ? Optional.empty() : Optional.of(Text.unstorable(field)));
    }
}
