package dev.ordercore.adapter.http;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.ConfirmBySupplierCommand;
import dev.ordercore.application.port.in.ListSupplierConfirmationsQuery;
import dev.ordercore.application.port.in.SupplierConfirmationOfOrder;
import dev.ordercore.domain.order.LineItemId;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.supplier.SupplierConfirmation;
import dev.ordercore.domain.supplier.SupplierConfirmationDraft;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Seed 001's supplier confirmations of an order. Receiving one changes the order (its status, and
 * its lines when the supplier's values differ), so it takes the order's {@code If-Match} and answers
 * the order's new ETag with the confirmation as kept.
 */
final class SupplierConfirmationHandlers {

    private final OrderCore core;
    private final Authentication auth;
    private final RequestBodies bodies;
    private final Responses responses;

    SupplierConfirmationHandlers(OrderCore core, Authentication auth, RequestBodies bodies, Responses responses) {
        this.core = core;
        this.auth = auth;
        this.bodies = bodies;
        this.responses = responses;
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/orders/{orderId}/supplier-confirmations", methods = HttpMethod.POST, tags = "Orders",
            summary = "Record the supplier's answer: CONFIRMED moves the order PENDING → CONFIRMED, REFUSED moves it → REJECTED; "
                    + "a confirmed quantity or price that differs replaces its line", operationId = "confirmBySupplier",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "orderId", type = UUID.class, required = true)},
            headers = {@OpenApiParam(name = "If-Match", type = String.class, description = "The order's ETag this change expects, or *", required = true)},
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = SupplierConfirmationRequest.class)),
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "201", description = "Created: the confirmation as kept; ETag is the order's new version", content = @OpenApiContent(from = SupplierConfirmationResponse.class), headers = {@OpenApiParam(name = "ETag")}),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "Not an operator (R36), or forcing past blocking entries without the admin role", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "409", description = "Refused in the order's current state: answered already (not PENDING), held by open blocking entries (R15), deleted", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "412", description = "If-Match names a stale version", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "413", description = "Body larger than the limit", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "The order model refuses the content: unknown or repeated lines, quantities below 1, negative prices, a refusal without a reason, a confirmed delivery outside the years 1-9999 or before the order; every violation is listed", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "428", description = "If-Match is required", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void confirm(Context ctx) {
        Caller caller = auth.caller(ctx);
        OrderId id = OrderHandlers.orderId(ctx);
        Optional<Long> expected = ETags.ifMatch(ctx);
        SupplierConfirmationRequest r = bodies.read(ctx, SupplierConfirmationRequest.class);
        SupplierConfirmationDraft draft = new SupplierConfirmationDraft(Optional.of(r.outcome()), Optional.of(r.method()),
                (r.lines() == null ? List.<SupplierConfirmationRequest.LineBody>of() : r.lines()).stream()
                        .map(l -> new SupplierConfirmationDraft.LineDraft(Optional.of(new LineItemId(l.lineItemId())),
                                Optional.ofNullable(l.quantity()), Optional.ofNullable(l.unitPrice())))
                        .toList(),
                Optional.ofNullable(r.supplierReference()), Optional.ofNullable(r.message()), Optional.ofNullable(r.refusalReason()),
                Optional.ofNullable(r.confirmedDelivery()), Optional.ofNullable(r.preparationDays()), Boolean.TRUE.equals(r.force()));
        SupplierConfirmationOfOrder answer = Responses.orRefuse(core.confirmBySupplier().confirm(new ConfirmBySupplierCommand(
                caller.principal(), caller.tenant(), id, draft, expected)));
        ctx.header(Header.ETAG, ETags.of(answer.order().version()));
        responses.json(ctx, 201, SupplierConfirmationResponse.of(answer.confirmation()));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/orders/{orderId}/supplier-confirmations", methods = HttpMethod.GET, tags = "Orders",
            summary = "Every confirmation the order received, oldest first", operationId = "listSupplierConfirmations",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "orderId", type = UUID.class, required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = SupplierConfirmationResponse.ListResponse.class)),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void list(Context ctx) {
        Caller caller = auth.caller(ctx);
        OrderId id = OrderHandlers.orderId(ctx);
        List<SupplierConfirmation> confirmations = Responses.orRefuse(core.listSupplierConfirmations().list(
                new ListSupplierConfirmationsQuery(caller.principal(), caller.tenant(), id)));
        responses.json(ctx, 200, new SupplierConfirmationResponse.ListResponse(
                confirmations.stream().map(SupplierConfirmationResponse::of).toList()));
    }
}
