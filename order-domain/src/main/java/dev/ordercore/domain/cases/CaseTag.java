package dev.ordercore.domain.cases;

import dev.ordercore.domain.shared.Namespace;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A responsibility on a case (seed 000): {@code quote_needed}, {@code install}. Open until someone
 * closes it; closed tags remember who closed them and when.
 */
public record CaseTag(String name, Optional<String> closedBy, Optional<Instant> closedAt) {

    public CaseTag {
        if (!Namespace.isValid(name)) {
            throw new IllegalArgumentException("a tag is 1-" + Namespace.MAX_LENGTH + " of [a-z0-9_], got '" + name + "'");
        }
        Objects.requireNonNull(closedBy, "closedBy");
        Objects.requireNonNull(closedAt, "closedAt");
        if (closedBy.isPresent() != closedAt.isPresent()) {
            throw new IllegalArgumentException("a closed tag has both who and when");
        }
    }

    public static CaseTag open(String name) {
        return new CaseTag(name, Optional.empty(), Optional.empty());
    }

    public boolean isOpen() {
        return closedAt.isEmpty();
    }

    CaseTag closed(String by, Instant at) {
        return new CaseTag(name, Optional.of(by), Optional.of(at));
    }
}
