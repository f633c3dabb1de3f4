package dev.ordercore.adapter.http;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.GetIntentQuery;
import dev.ordercore.application.port.in.IntentReceipt;
import dev.ordercore.application.port.in.SubmitIntentCommand;
import dev.ordercore.domain.intent.StoredIntent;
import io.javalin.http.Context;
import io.javalin.http.Header;

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

    void get(Context ctx) {
        Caller caller = auth.caller(ctx);
        StoredIntent intent = Responses.orRefuse(core.getIntent().get(new GetIntentQuery(caller.principal(), caller.tenant(),
                ctx.pathParam("sourceSystem"), ctx.pathParam("intentId"))));
        responses.json(ctx, 200, IntentResponse.read(intent));
    }
}
