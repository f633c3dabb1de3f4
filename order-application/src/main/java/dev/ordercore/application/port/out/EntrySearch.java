package dev.ordercore.application.port.out;

import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusCode;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which status entries to find across a tenant's orders: those in {@code namespaces}, optionally of
 * one code, one severity, recorded in [{@code from}, {@code to}), of one order, open or closed
 * (closed = another entry of the order closes it), continuing after {@code after}; at most
 * {@code limit}. Entries that close another are answers, not findings, and are never found.
 */
public record EntrySearch(Set<String> namespaces, Optional<StatusCode> code, Optional<Severity> severity, Optional<Instant> from,
                          Optional<Instant> to, Optional<OrderId> order, Optional<Boolean> open, Optional<EntryCursor> after,
                          int limit) {

    public EntrySearch {
        namespaces = Set.copyOf(namespaces);
        if (namespaces.isEmpty()) {
            throw new IllegalArgumentException("a search names at least one namespace");
        }
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(after, "after");
        if (limit < 1) {
            throw new IllegalArgumentException("limit is at least 1, got " + limit);
        }
    }

    /** Everything in {@code namespaces}, newest first, at most {@code limit}. */
    public static EntrySearch in(Set<String> namespaces, int limit) {
        return new EntrySearch(namespaces, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), limit);
    }
}
