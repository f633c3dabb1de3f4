package dev.ordercore.adapter.http;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.AdjustOrderCommand;
import dev.ordercore.application.port.in.CalculationOfOrder;
import dev.ordercore.application.port.in.DeleteOrderCommand;
import dev.ordercore.application.port.in.GetCalculationQuery;
import dev.ordercore.application.port.in.GetOrderQuery;
import dev.ordercore.application.port.in.ListOrdersQuery;
import dev.ordercore.application.port.in.PlaceOrderCommand;
import dev.ordercore.application.port.in.TransitionLineItemCommand;
import dev.ordercore.application.port.in.TransitionOrderCommand;
import dev.ordercore.application.port.out.OrderFilter;
import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.LineItemId;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The order endpoints: each parses, calls one use case and renders. */
final class OrderHandlers {

    static final int DEFAULT_LIMIT = 50;
    private static final Set<String> LIST_PARAMETERS =
            Set.of("status", "customerId", "createdFrom", "createdTo", "blocked", "limit", "cursor");

    private final OrderCore core;
    private final Authentication auth;
    private final RequestBodies bodies;
    private final Responses responses;
    private final IdempotentRequests idempotency;

    OrderHandlers(OrderCore core, Authentication auth, RequestBodies bodies, Responses responses, IdempotentRequests idempotency) {
        this.core = core;
        this.auth = auth;
        this.bodies = bodies;
        this.responses = responses;
        this.idempotency = idempotency;
    }

    /** With an {@code Idempotency-Key}, a retry of the same request answers the first response again (see {@link IdempotentRequests}). */
    @OpenApi(path = HttpApi.BASE_PATH + "/orders", methods = HttpMethod.POST, tags = "Orders",
            summary = "Place an order", operationId = "placeOrder",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            headers = {@OpenApiParam(name = "Idempotency-Key", type = String.class, description = "Retries with the same key and body answer the first response again")},
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = PlaceOrderRequest.class)),
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "201", description = "Created", content = @OpenApiContent(from = OrderResponse.class), headers = {@OpenApiParam(name = "Location"), @OpenApiParam(name = "ETag")}),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "409", description = "The same Idempotency-Key is still in flight", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "413", description = "Body larger than the limit", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "The order model refuses the content, or the Idempotency-Key was used with another body", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void place(Context ctx) {
        Caller caller = auth.caller(ctx);
        byte[] body = bodies.bytes(ctx);
        idempotency.run(ctx, caller, body, () -> {
            PlaceOrderRequest request = bodies.read(body, PlaceOrderRequest.class);
            Order order = Responses.orRefuse(core.placeOrder().place(
                    new PlaceOrderCommand(caller.principal(), caller.tenant(), OrderDrafts.from(request))));
            ctx.header(Header.LOCATION, "/api/v1/tenants/" + caller.tenant().value() + "/orders/" + order.id().value());
            ctx.header(Header.ETAG, ETags.of(order.version()));
            responses.json(ctx, 201, OrderResponse.of(order));
        });
    }

    /** The order with its calculation (R31), or the problem that keeps it from being calculated (calculationRefused). */
    @OpenApi(path = HttpApi.BASE_PATH + "/orders/{orderId}", methods = HttpMethod.GET, tags = "Orders",
            summary = "The order with its lines, status and calculation", operationId = "getOrder",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "orderId", type = UUID.class, required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = OrderResponse.class), headers = {@OpenApiParam(name = "ETag")}),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void get(Context ctx) {
        Caller caller = auth.caller(ctx);
        OrderId id = orderId(ctx);
        // The calculation is worked out from the very order it answers, so body, calculation and ETag agree.
        Result<CalculationOfOrder, OrderError> calculated = core.getCalculation().get(new GetCalculationQuery(caller.principal(),
                caller.tenant(), id));
        Order order = calculated instanceof Result.Ok<CalculationOfOrder, OrderError> ok ? ok.value().order()
                : Responses.orRefuse(core.getOrder().get(new GetOrderQuery(caller.principal(), caller.tenant(), id)));
        ctx.header(Header.ETAG, ETags.of(order.version()));
        responses.json(ctx, 200, OrderResponse.of(order, calculated));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/orders", methods = HttpMethod.GET, tags = "Orders",
            summary = "List orders, newest first", operationId = "listOrders",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            queryParams = {@OpenApiParam(name = "status", type = String.class, description = "Only orders in this status"),
                @OpenApiParam(name = "customerId", type = UUID.class),
                @OpenApiParam(name = "createdFrom", type = String.class, description = "ISO-8601 instant"),
                @OpenApiParam(name = "createdTo", type = String.class, description = "ISO-8601 instant"),
                @OpenApiParam(name = "blocked", type = Boolean.class, description = "Only orders with (true) or without (false) open blocking entries"),
                @OpenApiParam(name = "limit", type = Integer.class, description = "Page size, 1-200 (default 50)"),
                @OpenApiParam(name = "cursor", type = String.class, description = "The nextCursor of the previous page")},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = OrderPageResponse.class)),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "A limit out of range or a cursor the API did not hand out", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void list(Context ctx) {
        Caller caller = auth.caller(ctx);
        List<Problem.FieldError> errors = new ArrayList<>();
        onlyParameters(ctx, LIST_PARAMETERS, errors);
        Optional<String> status = Optional.ofNullable(ctx.queryParam("status"));
        Optional<CustomerId> customer = QueryParams.optional(errors, ctx, "customerId", "a UUID", s -> new CustomerId(UUID.fromString(s)));
        Optional<Instant> from = QueryParams.optional(errors, ctx, "createdFrom", "an ISO-8601 instant such as 2026-01-01T00:00:00Z",
                s -> OffsetDateTime.parse(s).toInstant());
        Optional<Instant> to = QueryParams.optional(errors, ctx, "createdTo", "an ISO-8601 instant such as 2026-01-01T00:00:00Z",
                s -> OffsetDateTime.parse(s).toInstant());
        Optional<Boolean> blocked = QueryParams.optional(errors, ctx, "blocked", "true or false", QueryParams::bool);
        Optional<Integer> limit = QueryParams.optional(errors, ctx, "limit", "an integer", Integer::valueOf);
        Optional<String> cursor = Optional.ofNullable(ctx.queryParam("cursor"));
        refuseIfInvalid(errors);
        Page<Order> page = Responses.orRefuse(core.listOrders().list(new ListOrdersQuery(caller.principal(), caller.tenant(),
                new OrderFilter(status, customer, from, to, blocked), limit.orElse(DEFAULT_LIMIT), cursor)));
        responses.json(ctx, 200, new OrderPageResponse(page.items().stream().map(OrderResponse::of).toList(),
                page.nextCursor().orElse(null)));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/orders/{orderId}/status", methods = {HttpMethod.PUT, HttpMethod.PATCH}, tags = "Orders",
            summary = "Move the order to another status", operationId = "changeOrderStatus",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "orderId", type = UUID.class, required = true)},
            headers = {@OpenApiParam(name = "If-Match", type = String.class, description = "The ETag of the version this change expects, or *", required = true)},
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = StatusChangeRequest.class)),
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = OrderResponse.class), headers = {@OpenApiParam(name = "ETag")}),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "409", description = "Refused in the resource's current state", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "412", description = "If-Match names a stale version", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "413", description = "Body larger than the limit", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "The order model refuses the content", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "428", description = "If-Match is required", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void changeStatus(Context ctx) {
        Caller caller = auth.caller(ctx);
        OrderId id = orderId(ctx);
        Optional<Long> expected = ETags.ifMatch(ctx);
        StatusChangeRequest request = bodies.read(ctx, StatusChangeRequest.class);
        Order order = Responses.orRefuse(core.transitionOrder().transition(new TransitionOrderCommand(caller.principal(),
                caller.tenant(), id, request.status(), Optional.ofNullable(request.reason()), Boolean.TRUE.equals(request.force()),
                expected)));
        ctx.header(Header.ETAG, ETags.of(order.version()));
        responses.json(ctx, 200, OrderResponse.of(order));
    }

    /** Soft delete: the order leaves lists but stays readable by id; {@code ?reason=} says why. */
    @OpenApi(path = HttpApi.BASE_PATH + "/orders/{orderId}", methods = HttpMethod.DELETE, tags = "Orders",
            summary = "Soft-delete the order; it stays readable by id", operationId = "deleteOrder",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "orderId", type = UUID.class, required = true)},
            queryParams = {@OpenApiParam(name = "reason", type = String.class, description = "Why")},
            headers = {@OpenApiParam(name = "If-Match", type = String.class, description = "The ETag of the version this change expects, or *", required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = OrderResponse.class), headers = {@OpenApiParam(name = "ETag")}),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "409", description = "Refused in the resource's current state", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "412", description = "If-Match names a stale version", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "428", description = "If-Match is required", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void delete(Context ctx) {
        Caller caller = auth.caller(ctx);
        OrderId id = orderId(ctx);
        Optional<Long> expected = ETags.ifMatch(ctx);
        List<Problem.FieldError> errors = new ArrayList<>();
        onlyParameters(ctx, Set.of("reason"), errors);
        refuseIfInvalid(errors);
        Order order = Responses.orRefuse(core.deleteOrder().delete(new DeleteOrderCommand(caller.principal(), caller.tenant(), id,
                Optional.ofNullable(ctx.queryParam("reason")), expected)));
        ctx.header(Header.ETAG, ETags.of(order.version()));
        responses.json(ctx, 200, OrderResponse.of(order));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/orders/{orderId}/line-items/{lineItemId}/status", methods = {HttpMethod.PUT, HttpMethod.PATCH}, tags = "Orders",
            summary = "Move a line item to another status", operationId = "changeLineItemStatus",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "orderId", type = UUID.class, required = true),
                @OpenApiParam(name = "lineItemId", type = UUID.class, required = true)},
            headers = {@OpenApiParam(name = "If-Match", type = String.class, description = "The ETag of the version this change expects, or *", required = true)},
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = StatusChangeRequest.class)),
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = OrderResponse.class), headers = {@OpenApiParam(name = "ETag")}),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "409", description = "Refused in the resource's current state", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "412", description = "If-Match names a stale version", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "413", description = "Body larger than the limit", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "The order model refuses the content", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "428", description = "If-Match is required", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void changeLineStatus(Context ctx) {
        Caller caller = auth.caller(ctx);
        OrderId id = orderId(ctx);
        LineItemId line = uuid(ctx, "lineItemId", EntityType.LINE_ITEM, LineItemId::new);
        Optional<Long> expected = ETags.ifMatch(ctx);
        StatusChangeRequest request = bodies.read(ctx, StatusChangeRequest.class);
        Order order = Responses.orRefuse(core.transitionLineItem().transition(new TransitionLineItemCommand(caller.principal(),
                caller.tenant(), id, line, request.status(), Optional.ofNullable(request.reason()), Boolean.TRUE.equals(request.force()),
                expected)));
        ctx.header(Header.ETAG, ETags.of(order.version()));
        responses.json(ctx, 200, OrderResponse.of(order));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/orders/{orderId}/adjustments", methods = HttpMethod.POST, tags = "Orders",
            summary = "Add or cancel lines with a reason", operationId = "adjustOrder",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "orderId", type = UUID.class, required = true)},
            headers = {@OpenApiParam(name = "If-Match", type = String.class, description = "The ETag of the version this change expects, or *", required = true)},
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = AdjustmentRequest.class)),
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = OrderResponse.class), headers = {@OpenApiParam(name = "ETag")}),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "409", description = "Refused in the resource's current state", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "412", description = "If-Match names a stale version", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "413", description = "Body larger than the limit", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "The order model refuses the content", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "428", description = "If-Match is required", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void adjust(Context ctx) {
        Caller caller = auth.caller(ctx);
        OrderId id = orderId(ctx);
        Optional<Long> expected = ETags.ifMatch(ctx);
        AdjustmentRequest request = bodies.read(ctx, AdjustmentRequest.class);
        List<LineItemDraft> add = OrderDrafts.lines("add", request.add() == null ? List.of() : request.add());
        List<LineItemId> cancel = (request.cancel() == null ? List.<UUID>of() : request.cancel()).stream().map(LineItemId::new).toList();
        Order order = Responses.orRefuse(core.adjustOrder().adjust(new AdjustOrderCommand(caller.principal(), caller.tenant(), id,
                add, cancel, request.reason(), expected)));
        ctx.header(Header.ETAG, ETags.of(order.version()));
        responses.json(ctx, 200, OrderResponse.of(order));
    }

    /** An id that is not even a UUID names no order: 404, like any unknown id. */
    static OrderId orderId(Context ctx) {
        return uuid(ctx, "orderId", EntityType.ORDER, OrderId::new);
    }

    /** A path id that is not even a UUID names nothing: 404 with the entity's code, like any unknown id. */
    static <T> T uuid(Context ctx, String parameter, EntityType entity, java.util.function.Function<UUID, T> id) {
        String raw = ctx.pathParam(parameter);
        try {
            return id.apply(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ErrorMapping.problem(new OrderError.NotFound(entity, raw)));
        }
    }

    /** Unknown or repeated query parameters are reported, never ignored. */
    static void onlyParameters(Context ctx, Set<String> known, List<Problem.FieldError> errors) {
        ctx.queryParamMap().forEach((name, values) -> {
            if (!known.contains(name)) {
                errors.add(new Problem.FieldError(name, "unknown parameter; known: " + known.stream().sorted().toList()));
            } else if (values.size() > 1) {
                errors.add(new Problem.FieldError(name, "given " + values.size() + " times; give it once"));
            }
        });
    }

    static void refuseIfInvalid(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(400, "request.invalid_parameters", "Invalid query parameters",
                    errors.size() + (errors.size() == 1 ? " parameter is" : " parameters are") + " not valid", errors));
        }
    }



}
