package dev.ordercore.adapter.http;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.AppendStatusEntryCommand;
import dev.ordercore.application.port.in.CloseStatusEntryCommand;
import dev.ordercore.application.port.in.GetStatusesQuery;
import dev.ordercore.application.port.in.GetTimelineQuery;
import dev.ordercore.application.port.in.OrderStatuses;
import dev.ordercore.domain.order.LineItemId;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.StatusEntries;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.order.StatusEntryId;
import dev.ordercore.domain.shared.EntityType;
import io.javalin.http.Context;
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
 * An order's history: module writers append and close entries (not version-checked: the use case
 * takes no expected version, and writers append without reading the order first), everyone reads
 * the timeline and the projections.
 */
final class HistoryHandlers {

    private final OrderCore core;
    private final Authentication auth;
    private final RequestBodies bodies;
    private final Responses responses;

    HistoryHandlers(OrderCore core, Authentication auth, RequestBodies bodies, Responses responses) {
        this.core = core;
        this.auth = auth;
        this.bodies = bodies;
        this.responses = responses;
    }

    /** 201 with the entry; a reused dedupe key answers the entry it first wrote (R19), again as 201. */
    @OpenApi(path = HttpApi.BASE_PATH + "/orders/{orderId}/history", methods = HttpMethod.POST, tags = "History",
            summary = "Append a namespaced status entry (module writers)", operationId = "appendStatusEntry",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "orderId", type = UUID.class, required = true)},
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = HistoryEntryRequest.class)),
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "201", description = "Created", content = @OpenApiContent(from = StatusEntryResponse.class)),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "409", description = "Refused in the resource's current state", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "413", description = "Body larger than the limit", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "The order model refuses the content", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void append(Context ctx) {
        Caller caller = auth.caller(ctx);
        OrderId id = OrderHandlers.orderId(ctx);
        HistoryEntryRequest r = bodies.read(ctx, HistoryEntryRequest.class);
        StatusEntries.Request entry = new StatusEntries.Request(
                Optional.ofNullable(r.lineItemId()).map(LineItemId::new),
                r.code(),
                Optional.ofNullable(r.category()),
                r.severity(),
                JsonTrees.toDomain(r.payload(), "payload"),
                Optional.ofNullable(r.recordedAt()),
                Optional.ofNullable(r.dedupeKey()),
                Optional.ofNullable(r.closes()).map(StatusEntryId::new));
        StatusEntry written = Responses.orRefuse(core.appendStatusEntry().append(
                new AppendStatusEntryCommand(caller.principal(), caller.tenant(), id, entry)));
        responses.json(ctx, 201, StatusEntryResponse.of(written));
    }

    /** Appends {@code <namespace>:closed} that closes the entry (R17); the body ({@code reason}, {@code dedupeKey}) may be left out. */
    @OpenApi(path = HttpApi.BASE_PATH + "/orders/{orderId}/history/{entryId}/close", methods = HttpMethod.POST, tags = "History",
            summary = "Close an entry", operationId = "closeStatusEntry",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "orderId", type = UUID.class, required = true),
                @OpenApiParam(name = "entryId", type = UUID.class, required = true)},
            requestBody = @OpenApiRequestBody(content = @OpenApiContent(from = CloseEntryRequest.class)),
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "201", description = "Created", content = @OpenApiContent(from = StatusEntryResponse.class)),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "409", description = "Refused in the resource's current state", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "413", description = "Body larger than the limit", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "The order model refuses the content", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void close(Context ctx) {
        Caller caller = auth.caller(ctx);
        OrderId id = OrderHandlers.orderId(ctx);
        StatusEntryId entryId = OrderHandlers.uuid(ctx, "entryId", EntityType.STATUS_ENTRY, StatusEntryId::new);
        CloseEntryRequest r = bodies.readOptional(ctx, CloseEntryRequest.class, CloseEntryRequest.NONE);
        StatusEntry closing = Responses.orRefuse(core.closeStatusEntry().close(new CloseStatusEntryCommand(caller.principal(),
                caller.tenant(), id, entryId, Optional.ofNullable(r.reason()), Optional.ofNullable(r.dedupeKey()))));
        responses.json(ctx, 201, StatusEntryResponse.of(closing));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/orders/{orderId}/timeline", methods = HttpMethod.GET, tags = "History",
            summary = "Every history entry of the order, oldest first", operationId = "getTimeline",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "orderId", type = UUID.class, required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = TimelineResponse.class)),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void timeline(Context ctx) {
        Caller caller = auth.caller(ctx);
        OrderId id = OrderHandlers.orderId(ctx);
        List<StatusEntry> entries = Responses.orRefuse(core.timeline().timeline(new GetTimelineQuery(caller.principal(), caller.tenant(), id)));
        responses.json(ctx, 200, new TimelineResponse(id.value(), entries.stream().map(StatusEntryResponse::of).toList()));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/orders/{orderId}/statuses", methods = HttpMethod.GET, tags = "History",
            summary = "Latest entry per module and open blocking entries", operationId = "getStatuses",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "orderId", type = UUID.class, required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = StatusesResponse.class)),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void statuses(Context ctx) {
        Caller caller = auth.caller(ctx);
        OrderId id = OrderHandlers.orderId(ctx);
        OrderStatuses statuses = Responses.orRefuse(core.statuses().statuses(new GetStatusesQuery(caller.principal(), caller.tenant(), id)));
        responses.json(ctx, 200, StatusesResponse.of(statuses));
    }
}
