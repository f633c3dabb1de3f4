package dev.ordercore.adapter.http;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.CreateModifierCommand;
import dev.ordercore.application.port.in.CreateModifierRuleCommand;
import dev.ordercore.application.port.in.GetCatalogEntryQuery;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.catalog.OrderModifierRuleId;
import dev.ordercore.domain.shared.EntityType;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * Order modifiers and their rules (seed 003), next to the rest of the catalog: created by admins
 * (R36), listed a page at a time in creation order and read by id, deleted or not.
 */
final class ModifierHandlers {

    private final OrderCore core;
    private final Authentication auth;
    private final RequestBodies bodies;
    private final Responses responses;

    ModifierHandlers(OrderCore core, Authentication auth, RequestBodies bodies, Responses responses) {
        this.core = core;
        this.auth = auth;
        this.bodies = bodies;
        this.responses = responses;
    }

    // modifiers

    @OpenApi(path = HttpApi.BASE_PATH + "/modifiers", methods = HttpMethod.POST, tags = "Catalog",
            summary = "Create an order modifier", operationId = "createModifier",
            description = "{\"name\": \"Delivery\", \"kind\": \"DELIVERY\", \"description\": \"…\"}; kind is DELIVERY, DAMAGE_WAIVER, FEE or OTHER; names are unique per tenant (409), deleted modifiers included.",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = CatalogRequests.ModifierRequest.class)),
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "201", description = "Created", content = @OpenApiContent(from = CatalogResponses.ModifierResponse.class), headers = {@OpenApiParam(name = "Location")}),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "409", description = "Refused in the resource's current state", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "413", description = "Body larger than the limit", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "The order model refuses the content", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void createModifier(Context ctx) {
        Caller caller = auth.caller(ctx);
        CatalogRequests.ModifierRequest r = bodies.read(ctx, CatalogRequests.ModifierRequest.class);
        OrderModifier m = Responses.orRefuse(core.createModifier().create(new CreateModifierCommand(caller.principal(), caller.tenant(),
                r.name(), r.kind(), r.description())));
        CatalogHandlers.created(responses, ctx, caller, "modifiers", m.id().value(), CatalogResponses.ModifierResponse.of(m));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/modifiers", methods = HttpMethod.GET, tags = "Catalog",
            summary = "List order modifiers in creation order", operationId = "listModifiers",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            queryParams = {@OpenApiParam(name = "limit", type = Integer.class, description = "Page size, 1-200 (default 50)"),
                @OpenApiParam(name = "cursor", type = String.class, description = "The nextCursor of the previous page"),
                @OpenApiParam(name = "includeDeleted", type = Boolean.class, description = "Also list deleted entries (default false)")},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = CatalogPages.ModifierPage.class)),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "A limit out of range or a cursor the API did not hand out", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void listModifiers(Context ctx) {
        Caller caller = auth.caller(ctx);
        CatalogHandlers.list(responses, ctx, core.listModifiers().list(CatalogHandlers.query(ctx, caller)), CatalogResponses.ModifierResponse::of);
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/modifiers/{modifierId}", methods = HttpMethod.GET, tags = "Catalog",
            summary = "One order modifier", operationId = "getModifier",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "modifierId", type = UUID.class, required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = CatalogResponses.ModifierResponse.class)),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void getModifier(Context ctx) {
        Caller caller = auth.caller(ctx);
        OrderModifierId id = OrderHandlers.uuid(ctx, "modifierId", EntityType.MODIFIER, OrderModifierId::new);
        OrderModifier m = Responses.orRefuse(core.getModifier().get(new GetCatalogEntryQuery<>(caller.principal(), caller.tenant(), id)));
        responses.json(ctx, 200, CatalogResponses.ModifierResponse.of(m));
    }

    // rules

    @OpenApi(path = HttpApi.BASE_PATH + "/modifier-rules", methods = HttpMethod.POST, tags = "Catalog",
            summary = "Create a modifier rule", operationId = "createModifierRule",
            description = "A rule charges its modifier on lines meeting the condition (every part given must hold; left out = every line): {\"modifierId\": \"…\", \"condition\": {\"kinds\": [\"RENTAL\"], \"categoryId\": null, \"klassId\": \"…\", \"minLineAmount\": {\"amount\": \"100.00\", \"currency\": \"SEK\"}}, \"effect\": {\"type\": \"FIXED\", \"amount\": \"250.00\", \"currency\": \"SEK\"}}. FIXED and PER_UNIT take amount and currency; PERCENT takes percent (above 0, at most 1000) and nothing else. The modifier, category and klass must exist in the tenant and not be deleted (422 at modifierId, condition.categoryId, condition.klassId).",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = CatalogRequests.ModifierRuleRequest.class)),
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "201", description = "Created", content = @OpenApiContent(from = CatalogResponses.ModifierRuleResponse.class), headers = {@OpenApiParam(name = "Location")}),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "409", description = "Refused in the resource's current state", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "413", description = "Body larger than the limit", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "The order model refuses the content", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void createModifierRule(Context ctx) {
        Caller caller = auth.caller(ctx);
        CatalogRequests.ModifierRuleRequest r = bodies.read(ctx, CatalogRequests.ModifierRuleRequest.class);
        refuseUnusableCurrencies(r);
        OrderModifierRule rule = Responses.orRefuse(core.createModifierRule().create(new CreateModifierRuleCommand(caller.principal(),
                caller.tenant(), new OrderModifierId(r.modifierId()), r.condition() == null ? null : condition(r.condition()),
                effect(r.effect()))));
        CatalogHandlers.created(responses, ctx, caller, "modifier-rules", rule.id().value(), CatalogResponses.ModifierRuleResponse.of(rule));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/modifier-rules", methods = HttpMethod.GET, tags = "Catalog",
            summary = "List modifier rules in creation order", operationId = "listModifierRules",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            queryParams = {@OpenApiParam(name = "limit", type = Integer.class, description = "Page size, 1-200 (default 50)"),
                @OpenApiParam(name = "cursor", type = String.class, description = "The nextCursor of the previous page"),
                @OpenApiParam(name = "includeDeleted", type = Boolean.class, description = "Also list deleted entries (default false)")},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = CatalogPages.ModifierRulePage.class)),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "A limit out of range or a cursor the API did not hand out", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void listModifierRules(Context ctx) {
        Caller caller = auth.caller(ctx);
        CatalogHandlers.list(responses, ctx, core.listModifierRules().list(CatalogHandlers.query(ctx, caller)),
                CatalogResponses.ModifierRuleResponse::of);
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/modifier-rules/{modifierRuleId}", methods = HttpMethod.GET, tags = "Catalog",
            summary = "One modifier rule", operationId = "getModifierRule",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "modifierRuleId", type = UUID.class, required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = CatalogResponses.ModifierRuleResponse.class)),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void getModifierRule(Context ctx) {
        Caller caller = auth.caller(ctx);
        OrderModifierRuleId id = OrderHandlers.uuid(ctx, "modifierRuleId", EntityType.MODIFIER_RULE, OrderModifierRuleId::new);
        OrderModifierRule rule = Responses.orRefuse(core.getModifierRule().get(new GetCatalogEntryQuery<>(caller.principal(),
                caller.tenant(), id)));
        responses.json(ctx, 200, CatalogResponses.ModifierRuleResponse.of(rule));
    }

    /** A currency code ordercore cannot hold is a 400, as for klass prices, with every such field at once. */
    private static void refuseUnusableCurrencies(CatalogRequests.ModifierRuleRequest r) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (r.condition() != null && r.condition().minLineAmount() != null) {
            CatalogHandlers.unusableCurrency("condition.minLineAmount.currency", r.condition().minLineAmount().currency())
                    .ifPresent(errors::add);
        }
        CatalogHandlers.unusableCurrency("effect.currency", r.effect().currency()).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(400, "request.validation_failed", "The request is not valid",
                    errors.size() + (errors.size() == 1 ? " field is" : " fields are") + " not valid", errors));
        }
    }

    private static OrderModifierRule.ConditionDraft condition(CatalogRequests.ConditionBody c) {
        CatalogRequests.MoneyBody min = c.minLineAmount();
        return new OrderModifierRule.ConditionDraft(c.kinds(), c.categoryId() == null ? null : new CategoryId(c.categoryId()),
                c.klassId() == null ? null : new KlassId(c.klassId()), min == null ? null : min.amount(),
                min == null ? null : Currency.getInstance(min.currency()));
    }

    private static OrderModifierRule.EffectDraft effect(CatalogRequests.EffectBody e) {
        return new OrderModifierRule.EffectDraft(e.type(), e.amount(), e.currency() == null ? null : Currency.getInstance(e.currency()),
                e.percent());
    }
}
