package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ordercore.domain.order.Severity;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.UUID;
import io.javalin.openapi.OpenApiPropertyType;

/**
 * The body of {@code POST /orders/{orderId}/history}: a module writer's entry (seed 004). The code
 * is {@code namespace:status} in a namespace the writer owns (R18), the payload any JSON object;
 * a reused {@code dedupeKey} answers the entry it first wrote (R19). {@code recordedAt} backfills,
 * {@code lineItemId} puts the entry on a line, {@code closes} names an entry of the same namespace it resolves.
 */
record HistoryEntryRequest(
        @NotNull String code,
        @NotNull Severity severity,
        String category,
        @NotNull @OpenApiPropertyType(definedBy = Object.class) ObjectNode payload,
        String dedupeKey,
        Instant recordedAt,
        UUID lineItemId,
        UUID closes) {
}
