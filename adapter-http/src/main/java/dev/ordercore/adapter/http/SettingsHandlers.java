package dev.ordercore.adapter.http;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.GetSettingsQuery;
import dev.ordercore.application.port.in.ListAlertsQuery;
import dev.ordercore.application.port.in.UpdateSettingsCommand;
import dev.ordercore.application.port.out.FoundEntry;
import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.settings.StoredSettings;
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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Seed 002's per-tenant settings ({@code GET}, {@code PUT /settings}; the ETag is the settings'
 * version, and {@code PUT} takes {@code If-Match} like every versioned resource) and the alerts
 * they drive ({@code GET /alerts}, R37).
 */
final class SettingsHandlers {

    private static final Set<String> ALERT_PARAMETERS = Set.of("code", "severity", "from", "to", "orderId", "open", "limit", "cursor");

    private final OrderCore core;
    private final Authentication auth;
    private final RequestBodies bodies;
    private final Responses responses;

    SettingsHandlers(OrderCore core, Authentication auth, RequestBodies bodies, Responses responses) {
        this.core = core;
        this.auth = auth;
        this.bodies = bodies;
        this.responses = responses;
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/settings", methods = HttpMethod.GET, tags = "Settings",
            summary = "The tenant's settings: seed 002's defaults (ETag \"0\") until an admin stores others", operationId = "getSettings",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = SettingsResponse.class), headers = {@OpenApiParam(name = "ETag")}),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "A tenant the token does not name (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void get(Context ctx) {
        Caller caller = auth.caller(ctx);
        StoredSettings stored = Responses.orRefuse(core.getSettings().get(new GetSettingsQuery(caller.principal(), caller.tenant())));
        ctx.header(Header.ETAG, ETags.of(stored.version()));
        responses.json(ctx, 200, SettingsResponse.of(stored.settings()));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/settings", methods = HttpMethod.PUT, tags = "Settings",
            summary = "Replace the tenant's settings (admins): the whole document, every setting stated; every violation is listed",
            operationId = "updateSettings",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            headers = {@OpenApiParam(name = "If-Match", type = String.class, description = "The settings' ETag this change expects, or *", required = true)},
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = SettingsRequest.class)),
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK: the settings now stored; ETag is their new version", content = @OpenApiContent(from = SettingsResponse.class), headers = {@OpenApiParam(name = "ETag")}),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types or unknown fields (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "Not an admin (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "A tenant the token does not name (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "412", description = "If-Match names a stale version", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "413", description = "Body larger than the limit", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "Missing settings, values out of range, minOrderValue above maxOrderValue, individual threshold not below central: every violation listed", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "428", description = "If-Match is required", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void update(Context ctx) {
        Caller caller = auth.caller(ctx);
        Optional<Long> expected = ETags.ifMatch(ctx);
        SettingsRequest r = bodies.read(ctx, SettingsRequest.class);
        StoredSettings stored = Responses.orRefuse(core.updateSettings().update(new UpdateSettingsCommand(caller.principal(), caller.tenant(),
                r.draft(), expected)));
        ctx.header(Header.ETAG, ETags.of(stored.version()));
        responses.json(ctx, 200, SettingsResponse.of(stored.settings()));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/alerts", methods = HttpMethod.GET, tags = "Settings",
            summary = "Alerts of the tenant's orders (R37: alerts:high_value, alerts:rush, alerts:large_quantity; and credit:* entries), newest first",
            operationId = "listAlerts",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            queryParams = {@OpenApiParam(name = "code", type = String.class, description = "Only this code, such as alerts:rush"),
                @OpenApiParam(name = "severity", type = String.class, description = "INFO, WARNING or BLOCKING"),
                @OpenApiParam(name = "from", type = String.class, description = "Recorded at or after this ISO-8601 instant"),
                @OpenApiParam(name = "to", type = String.class, description = "Recorded before this ISO-8601 instant"),
                @OpenApiParam(name = "orderId", type = UUID.class, description = "Only alerts of this order"),
                @OpenApiParam(name = "open", type = Boolean.class, description = "Only open (true) or closed (false) alerts"),
                @OpenApiParam(name = "limit", type = Integer.class, description = "Page size, 1-200 (default 50)"),
                @OpenApiParam(name = "cursor", type = String.class, description = "The nextCursor of the previous page")},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = AlertPageResponse.class)),
                @OpenApiResponse(status = "400", description = "Unknown, repeated or unreadable query parameters (request.invalid_parameters)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "A tenant the token does not name (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "A code outside the alert namespaces, an empty time range, a limit out of range or a cursor the API did not hand out", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void alerts(Context ctx) {
        Caller caller = auth.caller(ctx);
        List<Problem.FieldError> errors = new ArrayList<>();
        OrderHandlers.onlyParameters(ctx, ALERT_PARAMETERS, errors);
        Optional<String> code = Optional.ofNullable(ctx.queryParam("code"));
        Optional<Severity> severity = QueryParams.optional(errors, ctx, "severity", "one of " + Arrays.toString(Severity.values()), Severity::valueOf);
        Optional<Instant> from = QueryParams.optional(errors, ctx, "from", "an ISO-8601 instant such as 2026-01-01T00:00:00Z",
                s -> OffsetDateTime.parse(s).toInstant());
        Optional<Instant> to = QueryParams.optional(errors, ctx, "to", "an ISO-8601 instant such as 2026-01-01T00:00:00Z",
                s -> OffsetDateTime.parse(s).toInstant());
        Optional<OrderId> order = QueryParams.optional(errors, ctx, "orderId", "a UUID", s -> new OrderId(UUID.fromString(s)));
        Optional<Boolean> open = QueryParams.optional(errors, ctx, "open", "true or false", QueryParams::bool);
        Optional<Integer> limit = QueryParams.optional(errors, ctx, "limit", "an integer", Integer::valueOf);
        Optional<String> cursor = Optional.ofNullable(ctx.queryParam("cursor"));
        OrderHandlers.refuseIfInvalid(errors);
        Page<FoundEntry> page = Responses.orRefuse(core.listAlerts().list(new ListAlertsQuery(caller.principal(), caller.tenant(), code,
                severity, from, to, order, open, limit.orElse(OrderHandlers.DEFAULT_LIMIT), cursor)));
        responses.json(ctx, 200, new AlertPageResponse(page.items().stream().map(AlertResponse::of).toList(),
                page.nextCursor().orElse(null)));
    }


}
