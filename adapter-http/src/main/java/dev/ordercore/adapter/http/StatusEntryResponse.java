package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordercore.domain.order.StatusEntry;

import java.time.Instant;
import java.util.UUID;
import io.javalin.openapi.OpenApiPropertyType;

/** One entry of an order's history as the API shows it; absent values are {@code null}. */
record StatusEntryResponse(
        UUID id,
        UUID orderId,
        UUID lineItemId,
        String code,
        String module,
        String category,
        String severity,
        @OpenApiPropertyType(definedBy = Object.class) JsonNode payload,
        Instant recordedAt,
        String writtenBy,
        String dedupeKey,
        UUID closes,
        long sequence) {

    static StatusEntryResponse of(StatusEntry e) {
        return new StatusEntryResponse(
                e.id().value(),
                e.order().value(),
                e.lineItem().map(l -> l.value()).orElse(null),
                e.code().toString(),
                e.module(),
                e.category().orElse(null),
                e.severity().name(),
                JsonTrees.toJackson(e.payload()),
                e.recordedAt(),
                e.writtenBy(),
                e.dedupeKey().orElse(null),
                e.closes().map(c -> c.value()).orElse(null),
                e.sequence());
    }
}
