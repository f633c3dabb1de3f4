package dev.ordercore.domain.order;

import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.Namespace;
import dev.ordercore.domain.shared.TenantId;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an order's append-only status history (seed 004's orderStatusHistory, seed 001's
 * status log). Entries are never updated or deleted (R17); resolving one appends another that
 * {@link #closes()} it. {@code recordedAt} may come from the writer; {@code sequence} is the
 * arrival order the store assigned, which breaks ties on the timeline and orders transitions.
 */
public record StatusEntry(
        StatusEntryId id,
        TenantId tenant,
        OrderId order,
        Optional<LineItemId> lineItem,
        StatusCode code,
        Optional<String> category,
        Severity severity,
        JsonObject payload,
        Instant recordedAt,
        String writtenBy,
        Optional<String> dedupeKey,
        Optional<StatusEntryId> closes,
        long sequence) {

    /** Newest last: recordedAt, then arrival (seed 004's timeline, R20). */
    public static final Comparator<StatusEntry> TIMELINE =
            Comparator.comparing(StatusEntry::recordedAt).thenComparingLong(StatusEntry::sequence);

    public static final int MAX_DEDUPE_KEY = 200;

    public StatusEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(lineItem, "lineItem");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(writtenBy, "writtenBy");
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        Objects.requireNonNull(closes, "closes");
        category.ifPresent(c -> {
            if (!Namespace.isValid(c)) {
                throw new IllegalArgumentException("a category is [a-z0-9_], got '" + c + "'");
            }
        });
        dedupeKey.ifPresent(k -> {
            if (k.isBlank() || k.length() > MAX_DEDUPE_KEY) {
                throw new IllegalArgumentException("a dedupe key is 1-" + MAX_DEDUPE_KEY + " characters");
            }
        });
        if (writtenBy.isBlank()) {
            throw new IllegalArgumentException("an entry names who wrote it");
        }
        if (closes.filter(id::equals).isPresent()) {
            throw new IllegalArgumentException("entry " + id + " closes itself; closing appends another entry (R17)");
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence " + sequence);
        }
    }

    public String module() {
        return code.namespace();
    }

    public boolean isBlocking() {
        return severity == Severity.BLOCKING;
    }
}
