package dev.ordercore.domain.order;

import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.TenantId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A status entry on its way into the history; the store gives it its arrival {@code sequence}. */
public record NewStatusEntry(
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
        Optional<StatusEntryId> closes) {

    public NewStatusEntry {
        // The stored form checks every field; checking here too keeps bad entries out of stores.
        new StatusEntry(id, tenant, order, lineItem, code, category, severity, payload, recordedAt, writtenBy, dedupeKey, closes, 0);
    }

    /** This entry as stored with arrival number {@code sequence}. */
    public StatusEntry at(long sequence) {
        return new StatusEntry(id, tenant, order, lineItem, code, category, severity, payload, recordedAt, writtenBy,
                dedupeKey, closes, sequence);
    }

    public boolean isBlocking() {
        return severity == Severity.BLOCKING;
    }

    /** An entry the order core writes itself ({@code order:} namespace, no dedupe key, closes nothing). */
    static NewStatusEntry ofOrder(StatusEntryId id, TenantId tenant, OrderId order, Optional<LineItemId> line, StatusCode code,
                                  Severity severity, JsonObject payload, Instant at, String writtenBy) {
        Objects.requireNonNull(code, "code");
        if (!code.isOrder()) {
            throw new IllegalArgumentException(code + " is not an order: code");
        }
        return new NewStatusEntry(id, tenant, order, line, code, Optional.of("lifecycle"), severity, payload, at, writtenBy,
                Optional.empty(), Optional.empty());
    }
}
