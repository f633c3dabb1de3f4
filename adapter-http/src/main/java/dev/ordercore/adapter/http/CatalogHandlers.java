package dev.ordercore.adapter.http;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.CreateAssetCommand;
import dev.ordercore.application.port.in.CreateCategoryCommand;
import dev.ordercore.application.port.in.CreateKlassCommand;
import dev.ordercore.application.port.in.CreateProductCommand;
import dev.ordercore.application.port.in.GetCatalogEntryQuery;
import dev.ordercore.application.port.in.ListCatalogQuery;
import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.catalog.Asset;
import dev.ordercore.domain.catalog.AssetId;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.Money;
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

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The catalog (seed 003): categories, klasses, products and assets. Each collection is created
 * (admins, R36), listed a page at a time in creation order ({@code limit}, {@code cursor},
 * {@code includeDeleted}) and read by id. Entries are not versioned, so they carry no ETag.
 * Modifiers and their rules are {@link ModifierHandlers}; deleting is {@link CatalogDeleteHandlers}.
 */
final class CatalogHandlers {

    private static final Set<String> LIST_PARAMETERS = Set.of("limit", "cursor", "includeDeleted");

    private final OrderCore core;
    private final Authentication auth;
    private final RequestBodies bodies;
    private final Responses responses;

    CatalogHandlers(OrderCore core, Authentication auth, RequestBodies bodies, Responses responses) {
        this.core = core;
        this.auth = auth;
        this.bodies = bodies;
        this.responses = responses;
    }

    // categories

    @OpenApi(path = HttpApi.BASE_PATH + "/categories", methods = HttpMethod.POST, tags = "Catalog",
            summary = "Create a category", operationId = "createCategory",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = CatalogRequests.CategoryRequest.class)),
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "201", description = "Created", content = @OpenApiContent(from = CatalogResponses.CategoryResponse.class), headers = {@OpenApiParam(name = "Location")}),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "409", description = "Refused in the resource's current state", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "413", description = "Body larger than the limit", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "The order model refuses the content", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void createCategory(Context ctx) {
        Caller caller = auth.caller(ctx);
        CatalogRequests.CategoryRequest r = bodies.read(ctx, CatalogRequests.CategoryRequest.class);
        Category c = Responses.orRefuse(core.createCategory().create(new CreateCategoryCommand(caller.principal(), caller.tenant(),
                r.name(), r.type())));
        created(ctx, caller, "categories", c.id().value(), CatalogResponses.CategoryResponse.of(c));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/categories", methods = HttpMethod.GET, tags = "Catalog",
            summary = "List categories in creation order", operationId = "listCategories",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            queryParams = {@OpenApiParam(name = "limit", type = Integer.class, description = "Page size, 1-200 (default 50)"),
                @OpenApiParam(name = "cursor", type = String.class, description = "The nextCursor of the previous page"),
                @OpenApiParam(name = "includeDeleted", type = Boolean.class, description = "Also list deleted entries (default false)")},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = CatalogPages.CategoryPage.class)),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "A limit out of range or a cursor the API did not hand out", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void listCategories(Context ctx) {
        Caller caller = auth.caller(ctx);
        list(ctx, core.listCategories().list(query(ctx, caller)), CatalogResponses.CategoryResponse::of);
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/categories/{categoryId}", methods = HttpMethod.GET, tags = "Catalog",
            summary = "One category", operationId = "getCategory",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "categoryId", type = UUID.class, required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = CatalogResponses.CategoryResponse.class)),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void getCategory(Context ctx) {
        Caller caller = auth.caller(ctx);
        CategoryId id = OrderHandlers.uuid(ctx, "categoryId", EntityType.CATEGORY, CategoryId::new);
        Category c = Responses.orRefuse(core.getCategory().get(new GetCatalogEntryQuery<>(caller.principal(), caller.tenant(), id)));
        responses.json(ctx, 200, CatalogResponses.CategoryResponse.of(c));
    }

    // klasses

    @OpenApi(path = HttpApi.BASE_PATH + "/klasses", methods = HttpMethod.POST, tags = "Catalog",
            summary = "Create a klass", operationId = "createKlass",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = CatalogRequests.KlassRequest.class)),
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "201", description = "Created", content = @OpenApiContent(from = CatalogResponses.KlassResponse.class), headers = {@OpenApiParam(name = "Location")}),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "409", description = "Refused in the resource's current state", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "413", description = "Body larger than the limit", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "The order model refuses the content", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void createKlass(Context ctx) {
        Caller caller = auth.caller(ctx);
        CatalogRequests.KlassRequest r = bodies.read(ctx, CatalogRequests.KlassRequest.class);
        Klass k = Responses.orRefuse(core.createKlass().create(new CreateKlassCommand(caller.principal(), caller.tenant(), r.name(),
                new CategoryId(r.categoryId()), prices(r.pricing()))));
        created(ctx, caller, "klasses", k.id().value(), CatalogResponses.KlassResponse.of(k));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/klasses", methods = HttpMethod.GET, tags = "Catalog",
            summary = "List klasses in creation order", operationId = "listKlasses",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            queryParams = {@OpenApiParam(name = "limit", type = Integer.class, description = "Page size, 1-200 (default 50)"),
                @OpenApiParam(name = "cursor", type = String.class, description = "The nextCursor of the previous page"),
                @OpenApiParam(name = "includeDeleted", type = Boolean.class, description = "Also list deleted entries (default false)")},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = CatalogPages.KlassPage.class)),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "A limit out of range or a cursor the API did not hand out", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void listKlasses(Context ctx) {
        Caller caller = auth.caller(ctx);
        list(ctx, core.listKlasses().list(query(ctx, caller)), CatalogResponses.KlassResponse::of);
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/klasses/{klassId}", methods = HttpMethod.GET, tags = "Catalog",
            summary = "One klass", operationId = "getKlass",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "klassId", type = UUID.class, required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = CatalogResponses.KlassResponse.class)),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void getKlass(Context ctx) {
        Caller caller = auth.caller(ctx);
        KlassId id = OrderHandlers.uuid(ctx, "klassId", EntityType.KLASS, KlassId::new);
        Klass k = Responses.orRefuse(core.getKlass().get(new GetCatalogEntryQuery<>(caller.principal(), caller.tenant(), id)));
        responses.json(ctx, 200, CatalogResponses.KlassResponse.of(k));
    }

    // products

    @OpenApi(path = HttpApi.BASE_PATH + "/products", methods = HttpMethod.POST, tags = "Catalog",
            summary = "Create a product", operationId = "createProduct",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = CatalogRequests.ProductRequest.class)),
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "201", description = "Created", content = @OpenApiContent(from = CatalogResponses.ProductResponse.class), headers = {@OpenApiParam(name = "Location")}),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "409", description = "Refused in the resource's current state", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "413", description = "Body larger than the limit", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "The order model refuses the content", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void createProduct(Context ctx) {
        Caller caller = auth.caller(ctx);
        CatalogRequests.ProductRequest r = bodies.read(ctx, CatalogRequests.ProductRequest.class);
        Product p = Responses.orRefuse(core.createProduct().create(new CreateProductCommand(caller.principal(), caller.tenant(),
                new KlassId(r.klassId()), r.sku(), r.name(), r.attributes() == null ? null : JsonTrees.toDomain(r.attributes(), "attributes"))));
        created(ctx, caller, "products", p.id().value(), CatalogResponses.ProductResponse.of(p));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/products", methods = HttpMethod.GET, tags = "Catalog",
            summary = "List products in creation order", operationId = "listProducts",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            queryParams = {@OpenApiParam(name = "limit", type = Integer.class, description = "Page size, 1-200 (default 50)"),
                @OpenApiParam(name = "cursor", type = String.class, description = "The nextCursor of the previous page"),
                @OpenApiParam(name = "includeDeleted", type = Boolean.class, description = "Also list deleted entries (default false)")},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = CatalogPages.ProductPage.class)),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "A limit out of range or a cursor the API did not hand out", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void listProducts(Context ctx) {
        Caller caller = auth.caller(ctx);
        list(ctx, core.listProducts().list(query(ctx, caller)), CatalogResponses.ProductResponse::of);
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/products/{productId}", methods = HttpMethod.GET, tags = "Catalog",
            summary = "One product", operationId = "getProduct",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "productId", type = UUID.class, required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = CatalogResponses.ProductResponse.class)),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void getProduct(Context ctx) {
        Caller caller = auth.caller(ctx);
        ProductId id = OrderHandlers.uuid(ctx, "productId", EntityType.PRODUCT, ProductId::new);
        Product p = Responses.orRefuse(core.getProduct().get(new GetCatalogEntryQuery<>(caller.principal(), caller.tenant(), id)));
        responses.json(ctx, 200, CatalogResponses.ProductResponse.of(p));
    }

    // assets

    @OpenApi(path = HttpApi.BASE_PATH + "/assets", methods = HttpMethod.POST, tags = "Catalog",
            summary = "Create a asset", operationId = "createAsset",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = CatalogRequests.AssetRequest.class)),
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "201", description = "Created", content = @OpenApiContent(from = CatalogResponses.AssetResponse.class), headers = {@OpenApiParam(name = "Location")}),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "409", description = "Refused in the resource's current state", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "413", description = "Body larger than the limit", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "The order model refuses the content", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void createAsset(Context ctx) {
        Caller caller = auth.caller(ctx);
        CatalogRequests.AssetRequest r = bodies.read(ctx, CatalogRequests.AssetRequest.class);
        Asset a = Responses.orRefuse(core.createAsset().create(new CreateAssetCommand(caller.principal(), caller.tenant(),
                new ProductId(r.productId()), r.serialNumber())));
        created(ctx, caller, "assets", a.id().value(), CatalogResponses.AssetResponse.of(a));
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/assets", methods = HttpMethod.GET, tags = "Catalog",
            summary = "List assets in creation order", operationId = "listAssets",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            queryParams = {@OpenApiParam(name = "limit", type = Integer.class, description = "Page size, 1-200 (default 50)"),
                @OpenApiParam(name = "cursor", type = String.class, description = "The nextCursor of the previous page"),
                @OpenApiParam(name = "includeDeleted", type = Boolean.class, description = "Also list deleted entries (default false)")},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = CatalogPages.AssetPage.class)),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "A limit out of range or a cursor the API did not hand out", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void listAssets(Context ctx) {
        Caller caller = auth.caller(ctx);
        list(ctx, core.listAssets().list(query(ctx, caller)), CatalogResponses.AssetResponse::of);
    }

    @OpenApi(path = HttpApi.BASE_PATH + "/assets/{assetId}", methods = HttpMethod.GET, tags = "Catalog",
            summary = "One asset", operationId = "getAsset",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "assetId", type = UUID.class, required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = CatalogResponses.AssetResponse.class)),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void getAsset(Context ctx) {
        Caller caller = auth.caller(ctx);
        AssetId id = OrderHandlers.uuid(ctx, "assetId", EntityType.ASSET, AssetId::new);
        Asset a = Responses.orRefuse(core.getAsset().get(new GetCatalogEntryQuery<>(caller.principal(), caller.tenant(), id)));
        responses.json(ctx, 200, CatalogResponses.AssetResponse.of(a));
    }

    private void created(Context ctx, Caller caller, String collection, UUID id, Object body) {
        created(responses, ctx, caller, collection, id, body);
    }

    /** 201 with the entry and its Location. */
    static void created(Responses responses, Context ctx, Caller caller, String collection, UUID id, Object body) {
        ctx.header(Header.LOCATION, HttpApi.BASE_PATH.replace("{tenantId}", caller.tenant().value()) + "/" + collection + "/" + id);
        responses.json(ctx, 201, body);
    }

    /**
     * {@code limit} (default {@value OrderHandlers#DEFAULT_LIMIT}), {@code cursor} and
     * {@code includeDeleted} (default false); a limit out of range is the use case's to refuse (422).
     */
    static ListCatalogQuery query(Context ctx, Caller caller) {
        List<Problem.FieldError> errors = new ArrayList<>();
        OrderHandlers.onlyParameters(ctx, LIST_PARAMETERS, errors);
        int limit = OrderHandlers.DEFAULT_LIMIT;
        String raw = ctx.queryParam("limit");
        if (raw != null) {
            try {
                limit = Integer.parseInt(raw);
            } catch (NumberFormatException e) {
                errors.add(new Problem.FieldError("limit", "expected an integer"));
            }
        }
        String deleted = ctx.queryParam("includeDeleted");
        if (deleted != null && !deleted.equals("true") && !deleted.equals("false")) {
            errors.add(new Problem.FieldError("includeDeleted", "expected true or false"));
        }
        OrderHandlers.refuseIfInvalid(errors);
        return new ListCatalogQuery(caller.principal(), caller.tenant(), limit, Optional.ofNullable(ctx.queryParam("cursor")),
                "true".equals(deleted));
    }

    private <T> void list(Context ctx, Result<Page<T>, OrderError> result, Function<T, ?> render) {
        list(responses, ctx, result, render);
    }

    static <T> void list(Responses responses, Context ctx, Result<Page<T>, OrderError> result, Function<T, ?> render) {
        Page<T> page = Responses.orRefuse(result);
        responses.json(ctx, 200, new CatalogResponses.PageResponse<>(page.items().stream().map(render).toList(),
                page.nextCursor().orElse(null)));
    }

    /** A currency code ordercore cannot hold, as the field error a request gets for it. */
    static Optional<Problem.FieldError> unusableCurrency(String field, String code) {
        return code == null || Money.isUsableCurrency(code) ? Optional.empty()
                : Optional.of(new Problem.FieldError(field, "'" + code + "' is not a currency ordercore can hold"));
    }

    /** Prices as drafts; a currency code ordercore cannot hold is reported here, every one with its path. */
    private static List<Klass.PriceDraft> prices(List<CatalogRequests.PriceBody> bodies) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Klass.PriceDraft> drafts = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            CatalogRequests.PriceBody b = bodies.get(i);
            if (!Money.isUsableCurrency(b.currency())) {
                errors.add(new Problem.FieldError("pricing[" + i + "].currency", "'" + b.currency() + "' is not a currency ordercore can hold"));
            } else {
                drafts.add(new Klass.PriceDraft(b.frequency(), b.price(), Currency.getInstance(b.currency())));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(400, "request.validation_failed", "The request is not valid",
                    errors.size() + (errors.size() == 1 ? " field is" : " fields are") + " not valid", errors));
        }
        return drafts;
    }
}
