package dev.ordercore.domain.order;

import dev.ordercore.domain.shared.Text;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.access.Role;
import dev.ordercore.domain.json.JsonChecks;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.Namespace;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violations;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Entries that module writers and operators append (seed 004). R18: the code is
 * {@code namespace:status} in {@code [a-z0-9_]}, the writer owns the namespace, and the
 * {@code order} namespace is reserved for transitions. The {@code alerts} namespace is the order
 * core's too (R37); operators may only close its entries, to acknowledge an alert. A writer may supply {@code recordedAt}
 * (to backfill), but not from the future beyond a little clock skew.
 */
public final class StatusEntries {

    public static final int MAX_PAYLOAD_BYTES = 64 * 1024;
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    public static final String CLOSED = "closed";

    private StatusEntries() {
    }

    /** What a writer asks to append; {@code null} code or severity are reported as missing. */
    public record Request(Optional<LineItemId> lineItem, String code, Optional<String> category, Severity severity, JsonObject payload,
                          Optional<Instant> recordedAt, Optional<String> dedupeKey, Optional<StatusEntryId> closes) {
        public Request {
            Objects.requireNonNull(lineItem, "lineItem");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(payload, "payload");
            Objects.requireNonNull(recordedAt, "recordedAt");
            Objects.requireNonNull(dedupeKey, "dedupeKey");
            Objects.requireNonNull(closes, "closes");
        }
    }

    /** Checks a writer's request (R18) and makes the entry; every violation is reported. */
    public static Result<NewStatusEntry, OrderError> entry(StatusEntryId id, TenantId tenant, OrderId order, Request r,
                                                           Principal writer, Instant now) {
        Violations v = new Violations();
        Optional<StatusCode> code = Optional.empty();
        if (r.code() == null) {
            v.add("code", "required", "code is required");
        } else if (!StatusCode.isValid(r.code())) {
            v.add("code", "invalid_code", "a status code is namespace:status, both in [a-z0-9_] (R18), such as inventory:reserved; got '"
                    + r.code() + "'");
        } else {
            code = Optional.of(StatusCode.parse(r.code()));
        }
        if (r.severity() == null) {
            v.add("severity", "required", "severity is required: INFO, WARNING or BLOCKING");
        }
        r.category().ifPresent(c -> v.check(!Namespace.isValid(c), "category", "invalid_category",
                "a category is [a-z0-9_], such as fulfillment"));
        r.dedupeKey().ifPresent(k -> v.check(k.isBlank() || k.length() > StatusEntry.MAX_DEDUPE_KEY || !Text.storable(k), "dedupeKey",
                "invalid_dedupe_key", "a dedupe key is 1-" + StatusEntry.MAX_DEDUPE_KEY + " characters, not blank, without U+0000"));
        r.recordedAt().ifPresent(at -> v.check(at.isAfter(now.plus(MAX_CLOCK_SKEW)), "recordedAt", "in_the_future",
                "recordedAt " + at + " is in the future"));
        JsonChecks.storable(v, "payload", r.payload(), MAX_PAYLOAD_BYTES);
        if (!v.isEmpty()) {
            return v.toResult(null);
        }
        StatusCode c = code.orElseThrow();
        if (c.isOrder()) {
            return Result.err(new OrderError.ReservedNamespace(StatusCode.ORDER));
        }
        boolean alert = c.namespace().equals(StatusCode.ALERTS);
        boolean acknowledges = alert && c.status().equals(CLOSED) && r.closes().isPresent() && writer.has(Role.OPERATOR);
        if (alert && !acknowledges) {
            return Result.err(new OrderError.ReservedNamespace(StatusCode.ALERTS));
        }
        if (!acknowledges && !writer.owns(c.namespace())) {
            return Result.err(new OrderError.NamespaceNotOwned(c.namespace()));
        }
        return Result.ok(new NewStatusEntry(id, tenant, order, r.lineItem(), c, r.category(), r.severity(), r.payload(),
                r.recordedAt().orElse(now), writer.subject(), r.dedupeKey(), r.closes()));
    }

    /**
     * Checks a new entry against what the history already holds, and answers what to do: an
     * entry to answer instead of appending (R19: its dedupe key was used for this order, in the
     * same namespace), nothing (append it), or a refusal. A dedupe key used by another namespace
     * is a conflict, never someone else's entry. An entry closes only an existing entry of its own
     * namespace (R18), and only one that no other entry closed (R17).
     *
     * @param sameKey the entry of this order with the new entry's dedupe key, if any
     * @param closed  the entry the new one closes, if it closes one and that exists
     * @param closer  the entry that already closes it, if any
     */
    public static Result<Optional<StatusEntry>, OrderError> againstHistory(NewStatusEntry entry, Optional<StatusEntry> sameKey,
                                                                           Optional<StatusEntry> closed, Optional<StatusEntry> closer) {
        if (sameKey.isPresent()) {
            StatusEntry first = sameKey.get();
            if (!first.module().equals(entry.code().namespace())) {
                return Result.err(new OrderError.DedupeKeyTaken(entry.dedupeKey().orElseThrow(), entry.code().namespace()));
            }
            return Result.ok(sameKey);
        }
        if (entry.closes().isPresent()) {
            if (closed.isEmpty()) {
                return Result.err(new OrderError.NotFound(EntityType.STATUS_ENTRY, entry.closes().get().toString()));
            }
            if (!closed.get().module().equals(entry.code().namespace())) {
                return Result.err(new OrderError.ClosesOtherNamespace(closed.get().code().toString(), entry.code().namespace()));
            }
            if (closer.isPresent()) {
                return Result.err(new OrderError.EntryAlreadyClosed(closed.get().id().toString(), closer.get().id().toString()));
            }
        }
        return Result.ok(Optional.empty());
    }

    /** The request that closes {@code closed}: {@code <its namespace>:closed}, on the same line, saying why. */
    public static Request closing(StatusEntry closed, Optional<String> reason, Optional<String> dedupeKey) {
        JsonObject.Builder payload = JsonObject.builder().put("closes", closed.code().toString());
        reason.map(String::strip).filter(s -> !s.isEmpty()).ifPresent(s -> payload.put("reason", s));
        return new Request(closed.lineItem(), closed.code().namespace() + ":" + CLOSED, closed.category(), Severity.INFO,
                payload.build(), Optional.empty(), dedupeKey, Optional.of(closed.id()));
    }
}
