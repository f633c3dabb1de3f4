package dev.ordercore.adapter.http;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.GetIntentQuery;
import dev.ordercore.application.port.in.IntentReceipt;
import dev.ordercore.application.port.in.SubmitIntentCommand;
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

/**
 * Order intents (seed 004). The body is passed on exactly as sent, as the domain's JSON tree, so
 * the use case hashes what the source sent (R21) and reads the contract itself: the adapter checks
 * only that the bytes are one JSON document.
 */
final class IntentHandlers {

    private final OrderCore core;
    private final Authentication auth;
    private final RequestBodies bodies;
    private final Responses responses;

    IntentHandlers(OrderCore core, Authentication auth, RequestBodies bodies, Responses responses) {
        this.core = core;
        this.auth = auth;
        this.bodies = bodies;
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
                @OpenApiResponse(status = "422", description = "intent.rejected (stored, with the intent as an extension member) or intent.refused (not stored)", content = @OpenApiContent(from = RejectedIntentProblem.class), headers = {@OpenApiParam(name = "a"), @OpenApiParam(name = "p"), @OpenApiParam(name = "p"), @OpenApiParam(name = "l"), @OpenApiParam(name = "i"), @OpenApiParam(name = "c"), @OpenApiParam(name = "a"), @OpenApiParam(name = "t"), @OpenApiParam(name = "i"), @OpenApiParam(name = "o"), @OpenApiParam(name = "n"), @OpenApiParam(name = "/"), @OpenApiParam(name = "p"), @OpenApiParam(name = "r"), @OpenApiParam(name = "o"), @OpenApiParam(name = "b"), @OpenApiParam(name = "l"), @OpenApiParam(name = "e"), @OpenApiParam(name = "m"), @OpenApiParam(name = "+"), @OpenApiParam(name = "j"), @OpenApiParam(name = "s"), @OpenApiParam(name = "o"), @OpenApiParam(name = "n")})})
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
