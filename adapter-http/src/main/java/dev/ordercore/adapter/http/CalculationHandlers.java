package dev.ordercore.adapter.http;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.BillingScheduleOfOrder;
import dev.ordercore.application.port.in.CalculationOfOrder;
import dev.ordercore.application.port.in.GetBillingScheduleQuery;
import dev.ordercore.application.port.in.GetCalculationQuery;
import dev.ordercore.application.port.in.OverrideCalculationCommand;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.pricing.OrderCalculation;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;

import java.util.Optional;
import java.util.UUID;

/**
 * An order's calculation (R31) and billing schedule (R34). Both carry the order's ETag: they are
 * worked out from the order (and the tenant's configuration), and a manual calculation moves the
 * order to its next version, so {@code PUT} takes {@code If-Match} like every other order command.
 */
final class CalculationHandlers {

    private final OrderCore core;
    private final Authentication auth;
    private final RequestBodies bodies;
    private final Responses responses;

    CalculationHandlers(OrderCore core, Authentication auth, RequestBodies bodies, Responses responses) {
        this.core = core;
        this.auth = auth;
        this.bodies = bodies;
        this.responses = responses;
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/orders/{orderId}/calculation", methods = HttpMethod.GET, tags = "Orders",
            summary = "Seed 001's calculation: subtotal, VAT per rate, excise, shipping, total; AUTO or MANUAL (R31)", operationId = "getCalculation",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "orderId", type = UUID.class, required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = CalculationResponse.class), headers = {@OpenApiParam(name = "ETag")}),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "409", description = "The order cannot be calculated as it stands (calculation.refused: an alcohol line without the tenant's excise rate, say); every line and why are listed", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void get(Context ctx) {
        Caller caller = auth.caller(ctx);
        OrderId id = OrderHandlers.orderId(ctx);
        CalculationOfOrder answer = Responses.orRefuse(core.getCalculation().get(new GetCalculationQuery(caller.principal(), caller.tenant(), id)));
        ctx.header(Header.ETAG, ETags.of(answer.order().version()));
        responses.json(ctx, 200, CalculationResponse.of(id.value(), answer.calculation()));
    }

    /** A manual calculation; an admin's act (the override permission), with a reason. It stands until the order's lines change. */
    @OpenApi(path = HttpApi.BASE_PATH + "/orders/{orderId}/calculation", methods = HttpMethod.PUT, tags = "Orders",
            summary = "State the calculation by hand (MANUAL, R31); it stands until the order's lines change", operationId = "overrideCalculation",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "orderId", type = UUID.class, required = true)},
            headers = {@OpenApiParam(name = "If-Match", type = String.class, description = "The order's ETag this change expects, or *", required = true)},
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = CalculationRequest.class)),
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK: the calculation now standing; ETag is the order's new version", content = @OpenApiContent(from = CalculationResponse.class), headers = {@OpenApiParam(name = "ETag")}),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "409", description = "Refused in the resource's current state (a deleted order)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "412", description = "If-Match names a stale version", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "413", description = "Body larger than the limit", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "The order model refuses the content: negative amounts, another currency, a total that is not the sum of its parts, a blank reason", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "428", description = "If-Match is required", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void override(Context ctx) {
        Caller caller = auth.caller(ctx);
        OrderId id = OrderHandlers.orderId(ctx);
        Optional<Long> expected = ETags.ifMatch(ctx);
        CalculationRequest r = bodies.read(ctx, CalculationRequest.class);
        OrderCalculation.ManualDraft draft = new OrderCalculation.ManualDraft(r.currency(), r.subtotalExclVat(),
                r.vat().stream().map(v -> new OrderCalculation.VatDraft(v.rate(), v.amount())).toList(), r.excise(), r.shippingExclVat(),
                r.shippingVat(), r.total());
        CalculationOfOrder answer = Responses.orRefuse(core.overrideCalculation().override(new OverrideCalculationCommand(caller.principal(),
                caller.tenant(), id, draft, r.reason(), expected)));
        ctx.header(Header.ETAG, ETags.of(answer.order().version()));
        responses.json(ctx, 200, CalculationResponse.of(id.value(), answer.calculation()));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/orders/{orderId}/billing-schedule", methods = HttpMethod.GET, tags = "Orders",
            summary = "The charges of each line over its period, grouped by payer (R34)", operationId = "getBillingSchedule",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "orderId", type = UUID.class, required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = BillingScheduleResponse.class), headers = {@OpenApiParam(name = "ETag")}),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void billingSchedule(Context ctx) {
        Caller caller = auth.caller(ctx);
        OrderId id = OrderHandlers.orderId(ctx);
        BillingScheduleOfOrder answer = Responses.orRefuse(core.getBillingSchedule().get(new GetBillingScheduleQuery(caller.principal(),
                caller.tenant(), id)));
        ctx.header(Header.ETAG, ETags.of(answer.order().version()));
        responses.json(ctx, 200, BillingScheduleResponse.of(id.value(), answer.schedule()));
    }
}
