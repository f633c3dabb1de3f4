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

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The catalog (seed 003): categories, klasses, products and assets. Each collection is created
 * (admins, R36), listed a page at a time in creation order ({@code limit}, {@code cursor}) and read
 * by id. Entries are not versioned, so they carry no ETag.
 */
final class CatalogHandlers {

    private static final Set<String> LIST_PARAMETERS = Set.of("limit", "cursor");

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

    void createCategory(Context ctx) {
        Caller caller = auth.caller(ctx);
        CatalogRequests.CategoryRequest r = bodies.read(ctx, CatalogRequests.CategoryRequest.class);
        Category c = Responses.orRefuse(core.createCategory().create(new CreateCategoryCommand(caller.principal(), caller.tenant(),
                r.name(), r.type())));
        created(ctx, caller, "categories", c.id().value(), CatalogResponses.CategoryResponse.of(c));
    }

    void listCategories(Context ctx) {
        Caller caller = auth.caller(ctx);
        list(ctx, core.listCategories().list(query(ctx, caller)), CatalogResponses.CategoryResponse::of);
    }

    void getCategory(Context ctx) {
        Caller caller = auth.caller(ctx);
        CategoryId id = OrderHandlers.uuid(ctx, "categoryId", EntityType.CATEGORY, CategoryId::new);
        Category c = Responses.orRefuse(core.getCategory().get(new GetCatalogEntryQuery<>(caller.principal(), caller.tenant(), id)));
        responses.json(ctx, 200, CatalogResponses.CategoryResponse.of(c));
    }

    // klasses

    void createKlass(Context ctx) {
        Caller caller = auth.caller(ctx);
        CatalogRequests.KlassRequest r = bodies.read(ctx, CatalogRequests.KlassRequest.class);
        Klass k = Responses.orRefuse(core.createKlass().create(new CreateKlassCommand(caller.principal(), caller.tenant(), r.name(),
                new CategoryId(r.categoryId()), prices(r.pricing()))));
        created(ctx, caller, "klasses", k.id().value(), CatalogResponses.KlassResponse.of(k));
    }

    void listKlasses(Context ctx) {
        Caller caller = auth.caller(ctx);
        list(ctx, core.listKlasses().list(query(ctx, caller)), CatalogResponses.KlassResponse::of);
    }

    void getKlass(Context ctx) {
        Caller caller = auth.caller(ctx);
        KlassId id = OrderHandlers.uuid(ctx, "klassId", EntityType.KLASS, KlassId::new);
        Klass k = Responses.orRefuse(core.getKlass().get(new GetCatalogEntryQuery<>(caller.principal(), caller.tenant(), id)));
        responses.json(ctx, 200, CatalogResponses.KlassResponse.of(k));
    }

    // products

    void createProduct(Context ctx) {
        Caller caller = auth.caller(ctx);
        CatalogRequests.ProductRequest r = bodies.read(ctx, CatalogRequests.ProductRequest.class);
        Product p = Responses.orRefuse(core.createProduct().create(new CreateProductCommand(caller.principal(), caller.tenant(),
                new KlassId(r.klassId()), r.sku(), r.name(), r.attributes() == null ? null : JsonTrees.toDomain(r.attributes(), "attributes"))));
        created(ctx, caller, "products", p.id().value(), CatalogResponses.ProductResponse.of(p));
    }

    void listProducts(Context ctx) {
        Caller caller = auth.caller(ctx);
        list(ctx, core.listProducts().list(query(ctx, caller)), CatalogResponses.ProductResponse::of);
    }

    void getProduct(Context ctx) {
        Caller caller = auth.caller(ctx);
        ProductId id = OrderHandlers.uuid(ctx, "productId", EntityType.PRODUCT, ProductId::new);
        Product p = Responses.orRefuse(core.getProduct().get(new GetCatalogEntryQuery<>(caller.principal(), caller.tenant(), id)));
        responses.json(ctx, 200, CatalogResponses.ProductResponse.of(p));
    }

    // assets

    void createAsset(Context ctx) {
        Caller caller = auth.caller(ctx);
        CatalogRequests.AssetRequest r = bodies.read(ctx, CatalogRequests.AssetRequest.class);
        Asset a = Responses.orRefuse(core.createAsset().create(new CreateAssetCommand(caller.principal(), caller.tenant(),
                new ProductId(r.productId()), r.serialNumber())));
        created(ctx, caller, "assets", a.id().value(), CatalogResponses.AssetResponse.of(a));
    }

    void listAssets(Context ctx) {
        Caller caller = auth.caller(ctx);
        list(ctx, core.listAssets().list(query(ctx, caller)), CatalogResponses.AssetResponse::of);
    }

    void getAsset(Context ctx) {
        Caller caller = auth.caller(ctx);
        AssetId id = OrderHandlers.uuid(ctx, "assetId", EntityType.ASSET, AssetId::new);
        Asset a = Responses.orRefuse(core.getAsset().get(new GetCatalogEntryQuery<>(caller.principal(), caller.tenant(), id)));
        responses.json(ctx, 200, CatalogResponses.AssetResponse.of(a));
    }

    private void created(Context ctx, Caller caller, String collection, UUID id, Object body) {
        ctx.header(Header.LOCATION, HttpApi.BASE_PATH.replace("{tenantId}", caller.tenant().value()) + "/" + collection + "/" + id);
        responses.json(ctx, 201, body);
    }

    /** {@code limit} (default {@value OrderHandlers#DEFAULT_LIMIT}) and {@code cursor}; a limit out of range is the use case's to refuse (422). */
    private static ListCatalogQuery query(Context ctx, Caller caller) {
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
        OrderHandlers.refuseIfInvalid(errors);
        return new ListCatalogQuery(caller.principal(), caller.tenant(), limit, Optional.ofNullable(ctx.queryParam("cursor")));
    }

    private <T> void list(Context ctx, Result<Page<T>, OrderError> result, Function<T, ?> render) {
        Page<T> page = Responses.orRefuse(result);
        responses.json(ctx, 200, new CatalogResponses.PageResponse<>(page.items().stream().map(render).toList(),
                page.nextCursor().orElse(null)));
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
