package dev.ordercore.adapter.http;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.CaseFromOrder;
import dev.ordercore.application.port.in.CaseOrder;
import dev.ordercore.application.port.in.CloseCaseCommand;
import dev.ordercore.application.port.in.CloseCaseTagCommand;
import dev.ordercore.application.port.in.CreateCaseCommand;
import dev.ordercore.application.port.in.CreateCaseFromOrderCommand;
import dev.ordercore.application.port.in.CreateOrderFromCaseCommand;
import dev.ordercore.application.port.in.GetCaseQuery;
import dev.ordercore.application.port.in.ListCaseOrdersQuery;
import dev.ordercore.application.port.in.OrderFromCase;
import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.cases.CaseId;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.shared.EntityType;
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
 * Cases (seed 000, R28, R29) and the calls that open an order from a case or a case from an order.
 * A case is versioned: it answers with an {@code ETag}, and closing it or one of its tags takes
 * {@code If-Match}. Opening an order for a case may close one of its tags without If-Match, since
 * {@code CreateOrderFromCaseCommand} takes no expected version (the use case locks the case instead).
 */
final class CaseHandlers {

    private final OrderCore core;
    private final Authentication auth;
    private final RequestBodies bodies;
    private final Responses responses;

    CaseHandlers(OrderCore core, Authentication auth, RequestBodies bodies, Responses responses) {
        this.core = core;
        this.auth = auth;
        this.bodies = bodies;
        this.responses = responses;
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/cases", methods = HttpMethod.POST, tags = "Cases",
            summary = "Open a case", operationId = "createCase",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = CaseRequest.class)),
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "201", description = "Created", content = @OpenApiContent(from = CaseResponse.class), headers = {@OpenApiParam(name = "Location"), @OpenApiParam(name = "ETag")}),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "413", description = "Body larger than the limit", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "The order model refuses the content", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void create(Context ctx) {
        Caller caller = auth.caller(ctx);
        CaseRequest r = bodies.read(ctx, CaseRequest.class);
        Case opened = Responses.orRefuse(core.createCase().create(new CreateCaseCommand(caller.principal(), caller.tenant(), r.title(),
                r.tags())));
        ctx.header(Header.LOCATION, location(caller, opened.id()));
        respond(ctx, 201, opened);
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/cases/{caseId}", methods = HttpMethod.GET, tags = "Cases",
            summary = "A case with its tags", operationId = "getCase",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "caseId", type = UUID.class, required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = CaseResponse.class), headers = {@OpenApiParam(name = "ETag")}),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void get(Context ctx) {
        Caller caller = auth.caller(ctx);
        Case found = Responses.orRefuse(core.getCase().get(new GetCaseQuery(caller.principal(), caller.tenant(), caseId(ctx))));
        respond(ctx, 200, found);
    }

    /** Closes one tag; no body. */
    @OpenApi(path = HttpApi.BASE_PATH + "/cases/{caseId}/tags/{tag}/close", methods = HttpMethod.POST, tags = "Cases",
            summary = "Close one of the case's tags", operationId = "closeCaseTag",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "caseId", type = UUID.class, required = true),
                @OpenApiParam(name = "tag", type = String.class, required = true)},
            headers = {@OpenApiParam(name = "If-Match", type = String.class, description = "The ETag of the version this change expects, or *", required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = CaseResponse.class), headers = {@OpenApiParam(name = "ETag")}),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "409", description = "Refused in the resource's current state", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "412", description = "If-Match names a stale version", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "The order model refuses the content", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "428", description = "If-Match is required", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void closeTag(Context ctx) {
        Caller caller = auth.caller(ctx);
        CaseId id = caseId(ctx);
        Optional<Long> expected = ETags.ifMatch(ctx);
        Case after = Responses.orRefuse(core.closeCaseTag().closeTag(new CloseCaseTagCommand(caller.principal(), caller.tenant(), id,
                ctx.pathParam("tag"), expected)));
        respond(ctx, 200, after);
    }

    /** Closes the case (R29); the body ({@code force}, {@code reason}) may be left out. */
    @OpenApi(path = HttpApi.BASE_PATH + "/cases/{caseId}/close", methods = HttpMethod.POST, tags = "Cases",
            summary = "Close the case (R29)", operationId = "closeCase",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "caseId", type = UUID.class, required = true)},
            headers = {@OpenApiParam(name = "If-Match", type = String.class, description = "The ETag of the version this change expects, or *", required = true)},
            requestBody = @OpenApiRequestBody(content = @OpenApiContent(from = CloseCaseRequest.class)),
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = CaseResponse.class), headers = {@OpenApiParam(name = "ETag")}),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "409", description = "Refused in the resource's current state", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "412", description = "If-Match names a stale version", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "413", description = "Body larger than the limit", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "The order model refuses the content", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "428", description = "If-Match is required", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void close(Context ctx) {
        Caller caller = auth.caller(ctx);
        CaseId id = caseId(ctx);
        Optional<Long> expected = ETags.ifMatch(ctx);
        CloseCaseRequest r = bodies.readOptional(ctx, CloseCaseRequest.class, CloseCaseRequest.NONE);
        Case after = Responses.orRefuse(core.closeCase().close(new CloseCaseCommand(caller.principal(), caller.tenant(), id,
                Boolean.TRUE.equals(r.force()), Optional.ofNullable(r.reason()), expected)));
        respond(ctx, 200, after);
    }

    /** Seed 000's "case leads to order": 201 with the order's id and number and the relation's id; Location names the order. */
    @OpenApi(path = HttpApi.BASE_PATH + "/cases/{caseId}/orders", methods = HttpMethod.POST, tags = "Cases",
            summary = "Place an order for the case, optionally closing one of its tags", operationId = "createOrderFromCase",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "caseId", type = UUID.class, required = true)},
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = CaseOrderRequest.class)),
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "201", description = "Created", content = @OpenApiContent(from = CaseOrderResponses.Created.class), headers = {@OpenApiParam(name = "Location")}),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "409", description = "Refused in the resource's current state", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "413", description = "Body larger than the limit", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "The order model refuses the content", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void createOrder(Context ctx) {
        Caller caller = auth.caller(ctx);
        CaseId id = caseId(ctx);
        CaseOrderRequest r = bodies.read(ctx, CaseOrderRequest.class);
        OrderFromCase created = Responses.orRefuse(core.createOrderFromCase().create(new CreateOrderFromCaseCommand(caller.principal(),
                caller.tenant(), id, OrderDrafts.from(r.order()), Optional.ofNullable(r.closesTag()))));
        ctx.header(Header.LOCATION, HttpApi.BASE_PATH.replace("{tenantId}", caller.tenant().value()) + "/orders/"
                + created.order().id().value());
        responses.json(ctx, 201, new CaseOrderResponses.Created(created.order().id().value(), created.order().number().value(),
                created.relation().id().value()));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/cases/{caseId}/orders", methods = HttpMethod.GET, tags = "Cases",
            summary = "The case's orders", operationId = "listCaseOrders",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "caseId", type = UUID.class, required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = CaseOrderResponses.Listed.class)),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void listOrders(Context ctx) {
        Caller caller = auth.caller(ctx);
        List<CaseOrder> orders = Responses.orRefuse(core.listCaseOrders().list(new ListCaseOrdersQuery(caller.principal(),
                caller.tenant(), caseId(ctx))));
        responses.json(ctx, 200, new CaseOrderResponses.Listed(orders.stream().map(CaseOrderResponses.Item::of).toList()));
    }

    /** Seed 000's "order triggers a case": 201 with the case's id and the relation's id; Location names the case. */
    @OpenApi(path = HttpApi.BASE_PATH + "/orders/{orderId}/cases", methods = HttpMethod.POST, tags = "Cases",
            summary = "Open a case for the order", operationId = "createCaseFromOrder",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "orderId", type = UUID.class, required = true)},
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = CaseRequest.class)),
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "201", description = "Created", content = @OpenApiContent(from = CaseOrderResponses.CaseCreated.class), headers = {@OpenApiParam(name = "Location")}),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "409", description = "Refused in the resource's current state", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "413", description = "Body larger than the limit", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "The order model refuses the content", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void createFromOrder(Context ctx) {
        Caller caller = auth.caller(ctx);
        OrderId orderId = OrderHandlers.orderId(ctx);
        CaseRequest r = bodies.read(ctx, CaseRequest.class);
        CaseFromOrder created = Responses.orRefuse(core.createCaseFromOrder().create(new CreateCaseFromOrderCommand(caller.principal(),
                caller.tenant(), orderId, r.title(), r.tags())));
        ctx.header(Header.LOCATION, location(caller, created.aCase().id()));
        responses.json(ctx, 201, new CaseOrderResponses.CaseCreated(created.aCase().id().value(), created.relation().id().value()));
    }

    private void respond(Context ctx, int status, Case c) {
        ctx.header(Header.ETAG, ETags.of(c.version()));
        responses.json(ctx, status, CaseResponse.of(c));
    }

    private static String location(Caller caller, CaseId id) {
        return HttpApi.BASE_PATH.replace("{tenantId}", caller.tenant().value()) + "/cases/" + id.value();
    }

    /** A case id that is not even a UUID names no case: 404, like any unknown id. */
    private static CaseId caseId(Context ctx) {
        return OrderHandlers.uuid(ctx, "caseId", EntityType.CASE, CaseId::new);
    }
}
