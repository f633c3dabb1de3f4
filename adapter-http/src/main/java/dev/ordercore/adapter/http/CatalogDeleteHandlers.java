package dev.ordercore.adapter.http;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.DeleteCatalogEntryCommand;
import dev.ordercore.domain.catalog.AssetId;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.catalog.OrderModifierRuleId;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.shared.EntityType;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;

import java.util.UUID;

/**
 * {@code DELETE /{collection}/{id}} for every catalog collection: a soft delete by an admin
 * (R36). The entry answers 200 as it now is, with its {@code deletedAt}; deleting it again answers
 * the same (the first deletion time stays). Entries are not versioned, so no If-Match.
 */
final class CatalogDeleteHandlers {

    private final OrderCore core;
    private final Authentication auth;
    private final Responses responses;

    CatalogDeleteHandlers(OrderCore core, Authentication auth, Responses responses) {
        this.core = core;
        this.auth = auth;
        this.responses = responses;
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/categories/{categoryId}", methods = HttpMethod.DELETE, tags = "Catalog",
            summary = "Delete a category (softly)", operationId = "deleteCategory",
            description = "Soft delete (admins): the entry stays readable by id with its deletedAt, leaves lists unless includeDeleted=true, and nothing new (order lines, rules, child entries) may use it; orders already using it keep working. Deleting a deleted entry answers it unchanged (200).",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "categoryId", type = UUID.class, required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "The entry, deleted", content = @OpenApiContent(from = CatalogResponses.CategoryResponse.class)),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void deleteCategory(Context ctx) {
        Caller caller = auth.caller(ctx);
        CategoryId id = OrderHandlers.uuid(ctx, "categoryId", EntityType.CATEGORY, CategoryId::new);
        responses.json(ctx, 200, CatalogResponses.CategoryResponse.of(Responses.orRefuse(core.deleteCategory().delete(
                new DeleteCatalogEntryCommand<>(caller.principal(), caller.tenant(), id)))));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/klasses/{klassId}", methods = HttpMethod.DELETE, tags = "Catalog",
            summary = "Delete a klass (softly)", operationId = "deleteKlass",
            description = "Soft delete (admins): the entry stays readable by id with its deletedAt, leaves lists unless includeDeleted=true, and nothing new (order lines, rules, child entries) may use it; orders already using it keep working. Deleting a deleted entry answers it unchanged (200).",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "klassId", type = UUID.class, required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "The entry, deleted", content = @OpenApiContent(from = CatalogResponses.KlassResponse.class)),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void deleteKlass(Context ctx) {
        Caller caller = auth.caller(ctx);
        KlassId id = OrderHandlers.uuid(ctx, "klassId", EntityType.KLASS, KlassId::new);
        responses.json(ctx, 200, CatalogResponses.KlassResponse.of(Responses.orRefuse(core.deleteKlass().delete(
                new DeleteCatalogEntryCommand<>(caller.principal(), caller.tenant(), id)))));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/products/{productId}", methods = HttpMethod.DELETE, tags = "Catalog",
            summary = "Delete a product (softly; its SKU stays taken)", operationId = "deleteProduct",
            description = "Soft delete (admins): the entry stays readable by id with its deletedAt, leaves lists unless includeDeleted=true, and nothing new (order lines, rules, child entries) may use it; orders already using it keep working. Deleting a deleted entry answers it unchanged (200).",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "productId", type = UUID.class, required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "The entry, deleted", content = @OpenApiContent(from = CatalogResponses.ProductResponse.class)),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void deleteProduct(Context ctx) {
        Caller caller = auth.caller(ctx);
        ProductId id = OrderHandlers.uuid(ctx, "productId", EntityType.PRODUCT, ProductId::new);
        responses.json(ctx, 200, CatalogResponses.ProductResponse.of(Responses.orRefuse(core.deleteProduct().delete(
                new DeleteCatalogEntryCommand<>(caller.principal(), caller.tenant(), id)))));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/assets/{assetId}", methods = HttpMethod.DELETE, tags = "Catalog",
            summary = "Delete an asset (softly)", operationId = "deleteAsset",
            description = "Soft delete (admins): the entry stays readable by id with its deletedAt, leaves lists unless includeDeleted=true, and nothing new (order lines, rules, child entries) may use it; orders already using it keep working. Deleting a deleted entry answers it unchanged (200).",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "assetId", type = UUID.class, required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "The entry, deleted", content = @OpenApiContent(from = CatalogResponses.AssetResponse.class)),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void deleteAsset(Context ctx) {
        Caller caller = auth.caller(ctx);
        AssetId id = OrderHandlers.uuid(ctx, "assetId", EntityType.ASSET, AssetId::new);
        responses.json(ctx, 200, CatalogResponses.AssetResponse.of(Responses.orRefuse(core.deleteAsset().delete(
                new DeleteCatalogEntryCommand<>(caller.principal(), caller.tenant(), id)))));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/modifiers/{modifierId}", methods = HttpMethod.DELETE, tags = "Catalog",
            summary = "Delete an order modifier (softly; its rules stop applying)", operationId = "deleteModifier",
            description = "Soft delete (admins): the entry stays readable by id with its deletedAt, leaves lists unless includeDeleted=true, and nothing new (order lines, rules, child entries) may use it; orders already using it keep working. Deleting a deleted entry answers it unchanged (200).",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "modifierId", type = UUID.class, required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "The entry, deleted", content = @OpenApiContent(from = CatalogResponses.ModifierResponse.class)),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void deleteModifier(Context ctx) {
        Caller caller = auth.caller(ctx);
        OrderModifierId id = OrderHandlers.uuid(ctx, "modifierId", EntityType.MODIFIER, OrderModifierId::new);
        responses.json(ctx, 200, CatalogResponses.ModifierResponse.of(Responses.orRefuse(core.deleteModifier().delete(
                new DeleteCatalogEntryCommand<>(caller.principal(), caller.tenant(), id)))));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/modifier-rules/{modifierRuleId}", methods = HttpMethod.DELETE, tags = "Catalog",
            summary = "Delete a modifier rule (softly; it stops applying)", operationId = "deleteModifierRule",
            description = "Soft delete (admins): the entry stays readable by id with its deletedAt, leaves lists unless includeDeleted=true, and nothing new (order lines, rules, child entries) may use it; orders already using it keep working. Deleting a deleted entry answers it unchanged (200).",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "modifierRuleId", type = UUID.class, required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "The entry, deleted", content = @OpenApiContent(from = CatalogResponses.ModifierRuleResponse.class)),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void deleteModifierRule(Context ctx) {
        Caller caller = auth.caller(ctx);
        OrderModifierRuleId id = OrderHandlers.uuid(ctx, "modifierRuleId", EntityType.MODIFIER_RULE, OrderModifierRuleId::new);
        responses.json(ctx, 200, CatalogResponses.ModifierRuleResponse.of(Responses.orRefuse(core.deleteModifierRule().delete(
                new DeleteCatalogEntryCommand<>(caller.principal(), caller.tenant(), id)))));
    }
}
