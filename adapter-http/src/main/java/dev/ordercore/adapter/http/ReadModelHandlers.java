package dev.ordercore.adapter.http;

import dev.ordercore.adapter.http.ReadModelResponses.BusinessModelResponse;
import dev.ordercore.adapter.http.ReadModelResponses.DashboardSummaryResponse;
import dev.ordercore.adapter.http.ReadModelResponses.DemandRequirementsResponse;
import dev.ordercore.adapter.http.ReadModelResponses.ProcurementPlansResponse;
import dev.ordercore.adapter.http.ReadModelResponses.StockLevelResponse;
import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.GetBusinessModelQuery;
import dev.ordercore.application.port.in.GetDashboardSummaryQuery;
import dev.ordercore.application.port.in.PlanningQuery;
import dev.ordercore.application.port.in.SetStockLevelCommand;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.shared.EntityType;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Seed 002's read models: the dashboard, demand requirements (R38), stock levels and procurement
 * plans (R39) and the business model (R40). Reads need the viewer role; setting a stock level is
 * an operator's act. Query parameters that are unknown, repeated or malformed are refused with
 * every one listed (400); a horizon out of range is refused by the model (422).
 */
final class ReadModelHandlers {

    private static final Set<String> PLANNING_PARAMETERS = Set.of("from", "days");

    private final OrderCore core;
    private final Authentication auth;
    private final RequestBodies bodies;
    private final Responses responses;

    ReadModelHandlers(OrderCore core, Authentication auth, RequestBodies bodies, Responses responses) {
        this.core = core;
        this.auth = auth;
        this.bodies = bodies;
        this.responses = responses;
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/orders/dashboard-summary", methods = HttpMethod.GET, tags = "Read models",
            summary = "Orders by status, revenue today / 7 / 30 days, average order value, pending and blocked orders, top products",
            operationId = "getDashboardSummary",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = DashboardSummaryResponse.class)),
                @OpenApiResponse(status = "400", description = "Query parameters given (it takes none)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "A tenant the token does not name (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void dashboard(Context ctx) {
        Caller caller = auth.caller(ctx);
        List<Problem.FieldError> errors = new ArrayList<>();
        OrderHandlers.onlyParameters(ctx, Set.of(), errors);
        OrderHandlers.refuseIfInvalid(errors);
        responses.json(ctx, 200, DashboardSummaryResponse.of(Responses.orRefuse(core.dashboardSummary().get(
                new GetDashboardSummaryQuery(caller.principal(), caller.tenant())))));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/orders/demand-requirements", methods = HttpMethod.GET, tags = "Read models",
            summary = "R38: units of each product active orders need per day over a horizon (default: today and the tenant's demandForecastDays)",
            operationId = "getDemandRequirements",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            queryParams = {@OpenApiParam(name = "from", type = LocalDate.class, description = "First day, ISO-8601 (default: today in the tenant's zone)"),
                @OpenApiParam(name = "days", type = Integer.class, description = "Days in the horizon, 1-365 (default: demandForecastDays)")},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = DemandRequirementsResponse.class)),
                @OpenApiResponse(status = "400", description = "Unknown, repeated or malformed query parameters (request.invalid_parameters)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "A tenant the token does not name (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "days out of range", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void demand(Context ctx) {
        Caller caller = auth.caller(ctx);
        responses.json(ctx, 200, DemandRequirementsResponse.of(Responses.orRefuse(core.demandRequirements().get(planning(ctx, caller)))));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/procurement-plans", methods = HttpMethod.GET, tags = "Read models",
            summary = "R39: what to buy of each product with demand in the horizon, with safety stock, and by when (need date − lead time)",
            operationId = "getProcurementPlans",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            queryParams = {@OpenApiParam(name = "from", type = LocalDate.class, description = "First day, ISO-8601 (default: today in the tenant's zone)"),
                @OpenApiParam(name = "days", type = Integer.class, description = "Days in the horizon, 1-365 (default: demandForecastDays)")},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = ProcurementPlansResponse.class)),
                @OpenApiResponse(status = "400", description = "Unknown, repeated or malformed query parameters (request.invalid_parameters)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "A tenant the token does not name (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "days out of range", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void procurement(Context ctx) {
        Caller caller = auth.caller(ctx);
        responses.json(ctx, 200, ProcurementPlansResponse.of(Responses.orRefuse(core.procurementPlans().get(planning(ctx, caller)))));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/stock-levels/{productId}", methods = HttpMethod.PUT, tags = "Read models",
            summary = "Set the units of a product available for procurement planning (R39); replaces the previous level",
            operationId = "setStockLevel",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "productId", type = UUID.class, required = true)},
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = StockLevelRequest.class)),
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK: the level now stored", content = @OpenApiContent(from = StockLevelResponse.class)),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "Needs the operator role (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "A product not in the tenant's catalog, or another tenant's (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "413", description = "Body larger than the limit", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "quantity missing or out of range (0 to 10^12)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void setStockLevel(Context ctx) {
        Caller caller = auth.caller(ctx);
        ProductId product = OrderHandlers.uuid(ctx, "productId", EntityType.PRODUCT, ProductId::new);
        StockLevelRequest r = bodies.read(ctx, StockLevelRequest.class);
        responses.json(ctx, 200, StockLevelResponse.of(Responses.orRefuse(core.setStockLevel().set(
                new SetStockLevelCommand(caller.principal(), caller.tenant(), product, r.quantity())))));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/orders/business-model", methods = HttpMethod.GET, tags = "Read models",
            summary = "R40: INDIVIDUAL, MIXED or CENTRAL from the orders of the 30 whole days before today", operationId = "getBusinessModel",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = BusinessModelResponse.class)),
                @OpenApiResponse(status = "400", description = "Query parameters given (it takes none)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "A tenant the token does not name (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void businessModel(Context ctx) {
        Caller caller = auth.caller(ctx);
        List<Problem.FieldError> errors = new ArrayList<>();
        OrderHandlers.onlyParameters(ctx, Set.of(), errors);
        OrderHandlers.refuseIfInvalid(errors);
        responses.json(ctx, 200, BusinessModelResponse.of(Responses.orRefuse(core.businessModel().get(
                new GetBusinessModelQuery(caller.principal(), caller.tenant())))));
    }

    private static PlanningQuery planning(Context ctx, Caller caller) {
        List<Problem.FieldError> errors = new ArrayList<>();
        OrderHandlers.onlyParameters(ctx, PLANNING_PARAMETERS, errors);
        Optional<LocalDate> from = Optional.empty();
        Optional<Integer> days = Optional.empty();
        String rawFrom = ctx.queryParam("from");
        if (rawFrom != null) {
            try {
                from = Optional.of(LocalDate.parse(rawFrom));
            } catch (DateTimeParseException e) {
                errors.add(new Problem.FieldError("from", "expected an ISO-8601 date such as 2026-03-02"));
            }
        }
        String rawDays = ctx.queryParam("days");
        if (rawDays != null) {
            try {
                days = Optional.of(Integer.valueOf(rawDays));
            } catch (NumberFormatException e) {
                errors.add(new Problem.FieldError("days", "expected a whole number of days, 1-365"));
            }
        }
        OrderHandlers.refuseIfInvalid(errors);
        return new PlanningQuery(caller.principal(), caller.tenant(), from, days);
    }
}
