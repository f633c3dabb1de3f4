package dev.ordercore.adapter.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ordercore.domain.intent.IntentOutcome;
import dev.ordercore.domain.intent.StoredIntent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import io.javalin.openapi.OpenApiPropertyType;

/**
 * An intent and its outcome: ACCEPTED with the order it made, or REJECTED with every reason. The
 * answer to a submission says whether it {@code repeated} a first outcome; a read carries the payload as received.
 */
record IntentResponse(
        String intentId,
        String sourceSystem,
        int contractVersion,
        String outcome,
        UUID orderId,
        String orderNumber,
        List<Problem.FieldError> reasons,
        String payloadHash,
        Instant receivedAt,
        String receivedBy,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean repeated,
        @JsonInclude(JsonInclude.Include.NON_NULL) @OpenApiPropertyType(definedBy = Object.class) JsonNode payload) {

    static IntentResponse submitted(StoredIntent intent, boolean repeated) {
        return of(intent, repeated, null);
    }

    static IntentResponse read(StoredIntent intent) {
        return of(intent, null, JsonTrees.toJackson(intent.payload()));
    }

    private static IntentResponse of(StoredIntent i, Boolean repeated, JsonNode payload) {
        IntentOutcome outcome = i.outcome();
        return new IntentResponse(
                i.key().intentId(),
                i.key().sourceSystem(),
                i.contractVersion(),
                outcome.isAccepted() ? "ACCEPTED" : "REJECTED",
                outcome instanceof IntentOutcome.Accepted a ? a.orderId().value() : null,
                outcome instanceof IntentOutcome.Accepted a ? a.orderNumber().value() : null,
                outcome instanceof IntentOutcome.Rejected r ? ErrorMapping.fieldErrors(r.reasons()) : List.of(),
                i.payloadHash().hex(),
                i.receivedAt(),
                i.receivedBy(),
                repeated,
                payload);
    }
}
