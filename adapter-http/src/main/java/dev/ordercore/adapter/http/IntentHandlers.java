package dev.ordercore.adapter.http;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.GetIntentQuery;
import dev.ordercore.application.port.in.IntentReceipt;
import dev.ordercore.application.port.in.SubmitIntentBatchCommand;
import dev.ordercore.application.port.in.SubmitIntentCommand;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ordercore.domain.intent.StoredIntent;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;

import java.util.ArrayList;
import java.util.List;

/**
 * Order intents (seed 004). The body is passed on exactly as sent, as the domain's JSON tree, so
 * the use case hashes what the source sent (R21) and reads the contract itself: the adapter checks
 * only that the bytes are one JSON document.
 */
final class IntentHandlers {

    static final String BATCH_FIELD = "intents";

    private final OrderCore core;
    private final Authentication auth;
    private final RequestBodies bodies;
    private final RequestBodies batchBodies;
    private final Responses responses;

    /** {@code batchBodies} reads batches, under their own body limit ({@link HttpSettings#maxBatchBodyBytes}). */
    IntentHandlers(OrderCore core, Authentication auth, RequestBodies bodies, RequestBodies batchBodies, Responses responses) {
        this.core = core;
        this.auth = auth;
        this.bodies = bodies;
        this.batchBodies = batchBodies;
        this.responses = responses;
    }

    /**
     * 201 accepted, 200 the first outcome again (R22), 422 {@code intent.rejected} when stored as
     * rejected (first time or again), and the use case's refusals through {@link ErrorMapping}
     * (409 another payload under the same identity, 422 {@code intent.refused} for R25).
     */
    @OpenApi(path = HttpApi.BASE_PATH + "/intents", methods = HttpMethod.POST, tags = "Intents",
            summary = "Submit an order intent (seed 004)", operationId = "submitIntent",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(type = "object"), description = "An intent as seed 004 sends it; any JSON object, checked by the intent model"),
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "The same intent again: the first outcome", content = @OpenApiContent(from = IntentResponse.class)),
                @OpenApiResponse(status = "201", description = "Accepted: a new order", content = @OpenApiContent(from = IntentResponse.class)),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "409", description = "Another payload under the same intent id", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "413", description = "Body larger than the limit", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "intent.rejected (stored, with the intent as an extension member) or intent.refused (not stored)", content = @OpenApiContent(from = RejectedIntentProblem.class, mimeType = "application/problem+json"))})
    void submit(Context ctx) {
        Caller caller = auth.caller(ctx);
        var payload = JsonTrees.toDomain(bodies.tree(ctx));
        IntentReceipt receipt = Responses.orRefuse(core.submitIntent().submit(
                new SubmitIntentCommand(caller.principal(), caller.tenant(), payload)));
        StoredIntent intent = receipt.intent();
        ctx.header(Header.LOCATION, "/api/v1/tenants/" + caller.tenant().value() + "/intents/"
                + intent.key().sourceSystem() + "/" + java.net.URLEncoder.encode(intent.key().intentId(), java.nio.charset.StandardCharsets.UTF_8));
        IntentResponse body = IntentResponse.submitted(intent, receipt.repeated());
        if (!intent.outcome().isAccepted()) {
            responses.problem(ctx, 422, RejectedIntentProblem.of(body));
        } else {
            responses.json(ctx, receipt.repeated() ? 200 : 201, body);
        }
    }

    /**
     * Up to {@value SubmitIntentBatchCommand#MAX_INTENTS} intents in one request and one transaction
     * (docs/intents-batch.md): 200 with one result per intent, each with the status {@code POST /intents}
     * would have answered for it alone, after the intents before it. The request itself is refused
     * (400) when its body is not {@code {"intents": [..]}} with 1 to 1,000 elements.
     */
    @OpenApi(path = HttpApi.BASE_PATH + "/intents:batch", methods = HttpMethod.POST, tags = "Intents",
            summary = "Submit up to 1,000 order intents at once (seed 004)", operationId = "submitIntentBatch",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(type = "object"),
                    description = "{\"intents\": [..]}: 1 to 1,000 intents, each exactly what POST /intents takes"),
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "One result per intent, in request order: index, the status POST /intents would have answered, and the intent or the problem", content = @OpenApiContent(from = IntentBatchResponse.class)),
                @OpenApiResponse(status = "400", description = "Not {\"intents\": [..]}, an unknown top-level field, no intents (request.batch_empty), more than 1,000 (request.batch_too_large), or malformed JSON", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "409", description = "Another request stored one of these intents at the same moment, twice over; send the batch again", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "413", description = "Body larger than the batch limit", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void submitBatch(Context ctx) {
        Caller caller = auth.caller(ctx);
        JsonNode body = batchBodies.tree(ctx);
        if (!(body instanceof ObjectNode object)) {
            throw new ProblemException(Problem.of(400, "request.wrong_type", "Wrong type", "the body must be an object {\"intents\": [..]}",
                    List.of(new Problem.FieldError("", "expected an object"))));
        }
        List<Problem.FieldError> unknown = new ArrayList<>();
        object.fieldNames().forEachRemaining(name -> {
            if (!name.equals(BATCH_FIELD)) {
                unknown.add(new Problem.FieldError(name, "unknown field; known fields here: [" + BATCH_FIELD + "]"));
            }
        });
        if (!unknown.isEmpty()) {
            throw new ProblemException(Problem.of(400, "request.unknown_field", "Unknown field",
                    "'" + unknown.get(0).field() + "' is not a field of this request", unknown));
        }
        JsonNode intents = object.get(BATCH_FIELD);
        if (intents == null || !intents.isArray()) {
            throw new ProblemException(Problem.of(400, "request.batch_not_an_array", "The batch is not an array",
                    "'" + BATCH_FIELD + "' must be an array of intents",
                    List.of(new Problem.FieldError(BATCH_FIELD, intents == null ? "missing" : "expected an array"))));
        }
        if (intents.isEmpty()) {
            throw new ProblemException(Problem.of(400, "request.batch_empty", "The batch is empty",
                    "'" + BATCH_FIELD + "' holds no intent; send 1 to " + SubmitIntentBatchCommand.MAX_INTENTS,
                    List.of(new Problem.FieldError(BATCH_FIELD, "empty"))));
        }
        if (intents.size() > SubmitIntentBatchCommand.MAX_INTENTS) {
            throw new ProblemException(Problem.of(400, "request.batch_too_large", "The batch is too large",
                    "'" + BATCH_FIELD + "' holds " + intents.size() + " intents; a batch holds at most " + SubmitIntentBatchCommand.MAX_INTENTS,
                    List.of(new Problem.FieldError(BATCH_FIELD, "at most " + SubmitIntentBatchCommand.MAX_INTENTS + " elements"))));
        }
        // an element that cannot be passed on (JSON the domain cannot hold) is answered 400 on its own, as POST /intents would
        IntentBatchResponse.Item[] items = new IntentBatchResponse.Item[intents.size()];
        List<JsonValue> payloads = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < intents.size(); i++) {
            try {
                payloads.add(JsonTrees.toDomain(intents.get(i)));
                indexes.add(i);
            } catch (ProblemException malformed) {
                items[i] = new IntentBatchResponse.Item(i, malformed.problem().status(), null, malformed.problem());
            }
        }
        if (!payloads.isEmpty()) {
            List<Result<IntentReceipt, OrderError>> answers = Responses.orRefuse(core.submitIntentBatch().submit(
                    new SubmitIntentBatchCommand(caller.principal(), caller.tenant(), payloads)));
            for (int k = 0; k < answers.size(); k++) {
                items[indexes.get(k)] = item(indexes.get(k), answers.get(k));
            }
        }
        responses.json(ctx, 200, new IntentBatchResponse(List.of(items)));
    }

    private static IntentBatchResponse.Item item(int index, Result<IntentReceipt, OrderError> answer) {
        if (answer instanceof Result.Err<IntentReceipt, OrderError> err) {
            Problem problem = ErrorMapping.problem(err.error());
            return new IntentBatchResponse.Item(index, problem.status(), null, problem);
        }
        IntentReceipt receipt = answer.value();
        IntentResponse body = IntentResponse.submitted(receipt.intent(), receipt.repeated());
        if (!receipt.intent().outcome().isAccepted()) {
            return new IntentBatchResponse.Item(index, 422, body, RejectedIntentProblem.of(body));
        }
        return new IntentBatchResponse.Item(index, receipt.repeated() ? 200 : 201, body, null);
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/intents/{sourceSystem}/{intentId}", methods = HttpMethod.GET, tags = "Intents",
            summary = "An intent and its outcome", operationId = "getIntent",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "sourceSystem", type = String.class, required = true),
                @OpenApiParam(name = "intentId", type = String.class, required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = IntentResponse.class)),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void get(Context ctx) {
        Caller caller = auth.caller(ctx);
        StoredIntent intent = Responses.orRefuse(core.getIntent().get(new GetIntentQuery(caller.principal(), caller.tenant(),
                ctx.pathParam("sourceSystem"), ctx.pathParam("intentId"))));
        responses.json(ctx, 200, IntentResponse.read(intent));
    }
}
