package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordercore.application.port.out.FoundEntry;
import dev.ordercore.domain.order.StatusEntry;
import io.javalin.openapi.OpenApiPropertyType;

import java.time.Instant;
import java.util.UUID;

/**
 * One alert (R37): a history entry of an alert namespace, and whether it is still open (no entry
 * closes it; operators close one with {@code POST /orders/{orderId}/history/{entryId}/close}).
 * The payload holds the threshold and the actual value.
 */
record AlertResponse(
        UUID id,
        UUID orderId,
        UUID lineItemId,
        String code,
        String severity,
        String category,
        @OpenApiPropertyType(definedBy = Object.class) JsonNode payload,
        Instant recordedAt,
        String writtenBy,
        boolean open,
        long sequence) {

    static AlertResponse of(FoundEntry found) {
        StatusEntry e = found.entry();
        return new AlertResponse(e.id().value(), e.order().value(), e.lineItem().map(l -> l.value()).orElse(null), e.code().toString(),
                e.severity().name(), e.category().orElse(null), JsonTrees.toJackson(e.payload()), e.recordedAt(), e.writtenBy(),
                found.open(), e.sequence());
    }
}
