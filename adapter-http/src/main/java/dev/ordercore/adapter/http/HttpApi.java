package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.out.StoreUnavailableException;
import io.javalin.Javalin;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.servlet.FilterHolder;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.openapi.plugin.OpenApiPlugin;
import io.javalin.openapi.plugin.redoc.ReDocPlugin;
import io.javalin.openapi.plugin.swagger.SwaggerPlugin;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.patch;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static io.javalin.apibuilder.ApiBuilder.put;

/**
 * The HTTP API (DESIGN.md §4) as a configured, unstarted {@link Javalin} app. It receives what it
 * needs: the use cases, a token verifier, the edge settings and the {@link HttpServices}. Every
 * error leaves as {@code application/problem+json}; nothing from the outside gets a stack trace
 * back. Outside the tenant path and without a token: {@code GET /metrics} ({@link HttpMetrics}),
 * the OpenAPI spec at {@code /openapi} (generated at build time from the handlers' {@code @OpenApi}
 * annotations, with the 503 of every route added once, {@link ServiceUnavailableDoc}), Swagger UI
 * at {@code /swagger} and ReDoc at {@code /redoc}.
 * Every request carries an id ({@link RequestIds}).
 */
public final class HttpApi {

    /** Every tenant-scoped resource lives under this path (seed 002). */
    public static final String BASE_PATH = "/api/v1/tenants/{tenantId}";

    /** The OpenAPI document, Swagger UI and ReDoc: outside the tenant path, no token needed. */
    public static final String OPENAPI_PATH = "/openapi";
    public static final String SWAGGER_PATH = "/swagger";
    public static final String REDOC_PATH = "/redoc";
    /** The security scheme the handlers' {@code @OpenApi} annotations name: a JWT bearer token. */
    static final String BEARER = "bearerAuth";

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);

    private HttpApi() {
    }

    /** With {@link HttpServices#defaults()}: keys remembered in this process, a registry of the API's own meters. */
    public static Javalin create(OrderCore core, TokenVerifier verifier, HttpSettings settings) {
        return create(core, verifier, settings, HttpServices.defaults());
    }

    public static Javalin create(OrderCore core, TokenVerifier verifier, HttpSettings settings, HttpServices services) {
        Objects.requireNonNull(core, "core");
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(services, "services");
        ObjectMapper mapper = Json.mapper();
        Responses responses = new Responses(mapper);
        RequestBodies bodies = new RequestBodies(mapper, validator(), settings.maxBodyBytes());
        Authentication auth = new Authentication(verifier);
        OrderHandlers orders = new OrderHandlers(core, auth, bodies, responses,
                new IdempotentRequests(services.idempotencyKeys(), mapper));
        HistoryHandlers history = new HistoryHandlers(core, auth, bodies, responses);
        IntentHandlers intents = new IntentHandlers(core, auth, bodies,
                new RequestBodies(mapper, validator(), settings.maxBatchBodyBytes()), responses);
        RelationHandlers relations = new RelationHandlers(core, auth, bodies, responses);
        CaseHandlers cases = new CaseHandlers(core, auth, bodies, responses);
        CatalogHandlers catalog = new CatalogHandlers(core, auth, bodies, responses);
        ModifierHandlers modifiers = new ModifierHandlers(core, auth, bodies, responses);
        CatalogDeleteHandlers catalogDeletes = new CatalogDeleteHandlers(core, auth, responses);
        CalculationHandlers calculations = new CalculationHandlers(core, auth, bodies, responses);
        SupplierConfirmationHandlers supplierConfirmations = new SupplierConfirmationHandlers(core, auth, bodies, responses);
        CustomerHandlers customers = new CustomerHandlers(core, auth, bodies, responses, mapper);
        SettingsHandlers settingsAndAlerts = new SettingsHandlers(core, auth, bodies, responses);
        ReadModelHandlers readModels = new ReadModelHandlers(core, auth, bodies, responses);

        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(new BadMessages(mapper)));
            config.jetty.modifyServletContextHandler(handler -> {
                handler.addFilter(new FilterHolder(new RequestIds()), "/*", EnumSet.of(DispatcherType.REQUEST));
                // only the tenant API: health, metrics and the docs answer however busy the server is
                if (!settings.admission().unlimited()) {
                    handler.addFilter(new FilterHolder(new LoadShedding(settings.admission(), mapper, services.metrics())),
                            "/api/*", EnumSet.of(DispatcherType.REQUEST));
                }
            });
            config.registerPlugin(new OpenApiPlugin(openApi -> openApi
                    .withDocumentationPath(OPENAPI_PATH)
                    .withDefinitionConfiguration((version, definition) -> definition
                            .withInfo(info -> info.title("ordercore").version("v1")
                                    .description("One order model for businesses that sell, rent, service and buy (DESIGN.md §4)."))
                            .withSecurity(security -> security.withBearerAuth(BEARER))
                            // the 503 every /api route may answer, once for all rather than on each annotation
                            .withDefinitionProcessor(document -> ServiceUnavailableDoc.addTo(document, mapper)))));
            config.registerPlugin(new SwaggerPlugin(swagger -> {
                swagger.setUiPath(SWAGGER_PATH);
                swagger.setDocumentationPath(OPENAPI_PATH);
            }));
            config.registerPlugin(new ReDocPlugin(redoc -> {
                redoc.setUiPath(REDOC_PATH);
                redoc.setDocumentationPath(OPENAPI_PATH);
            }));
            config.router.apiBuilder(() -> path(BASE_PATH, () -> {
                // before /orders/{orderId}, which would otherwise take these paths for order ids (ReadModelEndpointsIT checks)
                get("/orders/dashboard-summary", readModels::dashboard);
                get("/orders/demand-requirements", readModels::demand);
                get("/orders/business-model", readModels::businessModel);
                get("/procurement-plans", readModels::procurement);
                put("/stock-levels/{productId}", readModels::setStockLevel);
                post("/orders", orders::place);
                get("/orders", orders::list);
                get("/orders/{orderId}", orders::get);
                put("/orders/{orderId}/status", orders::changeStatus);
                patch("/orders/{orderId}/status", orders::changeStatus);
                delete("/orders/{orderId}", orders::delete);
                put("/orders/{orderId}/line-items/{lineItemId}/status", orders::changeLineStatus);
                patch("/orders/{orderId}/line-items/{lineItemId}/status", orders::changeLineStatus);
                post("/orders/{orderId}/adjustments", orders::adjust);
                get("/orders/{orderId}/timeline", history::timeline);
                post("/orders/{orderId}/history", history::append);
                post("/orders/{orderId}/history/{entryId}/close", history::close);
                get("/orders/{orderId}/statuses", history::statuses);
                get("/orders/{orderId}/calculation", calculations::get);
                put("/orders/{orderId}/calculation", calculations::override);
                get("/orders/{orderId}/billing-schedule", calculations::billingSchedule);
                post("/orders/{orderId}/supplier-confirmations", supplierConfirmations::confirm);
                get("/orders/{orderId}/supplier-confirmations", supplierConfirmations::list);
                post("/intents", intents::submit);
                post("/intents:batch", intents::submitBatch); // a literal colon: Javalin reads only {..} and <..> as parameters
                get("/intents/{sourceSystem}/{intentId}", intents::get);
                post("/relations", relations::create);
                get("/relations", relations::list);
                delete("/relations/{relationId}", relations::delete);
                post("/cases", cases::create);
                get("/cases/{caseId}", cases::get);
                post("/cases/{caseId}/tags/{tag}/close", cases::closeTag);
                post("/cases/{caseId}/close", cases::close);
                post("/cases/{caseId}/orders", cases::createOrder);
                get("/cases/{caseId}/orders", cases::listOrders);
                post("/orders/{orderId}/cases", cases::createFromOrder);
                post("/categories", catalog::createCategory);
                get("/categories", catalog::listCategories);
                get("/categories/{categoryId}", catalog::getCategory);
                post("/klasses", catalog::createKlass);
                get("/klasses", catalog::listKlasses);
                get("/klasses/{klassId}", catalog::getKlass);
                post("/products", catalog::createProduct);
                get("/products", catalog::listProducts);
                get("/products/{productId}", catalog::getProduct);
                post("/assets", catalog::createAsset);
                get("/assets", catalog::listAssets);
                get("/assets/{assetId}", catalog::getAsset);
                post("/modifiers", modifiers::createModifier);
                get("/modifiers", modifiers::listModifiers);
                get("/modifiers/{modifierId}", modifiers::getModifier);
                post("/modifier-rules", modifiers::createModifierRule);
                get("/modifier-rules", modifiers::listModifierRules);
                get("/modifier-rules/{modifierRuleId}", modifiers::getModifierRule);
                delete("/categories/{categoryId}", catalogDeletes::deleteCategory);
                delete("/klasses/{klassId}", catalogDeletes::deleteKlass);
                delete("/products/{productId}", catalogDeletes::deleteProduct);
                delete("/assets/{assetId}", catalogDeletes::deleteAsset);
                delete("/modifiers/{modifierId}", catalogDeletes::deleteModifier);
                delete("/modifier-rules/{modifierRuleId}", catalogDeletes::deleteModifierRule);
                post("/customers", customers::create);
                get("/customers", customers::list);
                get("/customers/{customerId}", customers::get);
                patch("/customers/{customerId}", customers::update);
                get("/settings", settingsAndAlerts::get);
                put("/settings", settingsAndAlerts::update);
                get("/alerts", settingsAndAlerts::alerts);
            }));
        });
        HttpMetrics.install(app, services.metrics());
        app.exception(ProblemException.class, (e, ctx) -> responses.problem(ctx, e.problem()));
        app.exception(HttpResponseException.class, (e, ctx) -> responses.problem(ctx, framework(e)));
        app.exception(StoreUnavailableException.class, (e, ctx) -> storeUnavailable(responses, ctx, e));
        app.exception(Exception.class, (e, ctx) -> {
            Optional<StoreUnavailableException> unavailable = ErrorMapping.storeUnavailable(e);
            if (unavailable.isPresent()) {
                storeUnavailable(responses, ctx, unavailable.get());
                return;
            }
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            responses.problem(ctx, Problem.of(500, "server.internal_error", "Internal server error",
                    "the server failed to answer this request; it has been logged"));
        });
        return app;
    }

    /** The database is down or unreachable, or no connection came free: 503 with Retry-After, logged without a stack trace. */
    private static void storeUnavailable(Responses responses, io.javalin.http.Context ctx, StoreUnavailableException e) {
        if (e.reason() == StoreUnavailableException.Reason.BUSY) {
            LOG.debug("{} {}: no database connection came free in time: {}", ctx.method(), ctx.path(), e.getMessage());
        } else {
            LOG.warn("{} {}: store unavailable: {}", ctx.method(), ctx.path(), e.getMessage());
        }
        ctx.header("Retry-After", Integer.toString(ErrorMapping.STORE_RETRY_AFTER_SECONDS));
        responses.problem(ctx, ErrorMapping.storeUnavailable(e.reason()));
    }

    /** Javalin's own answers (no such route, method not allowed, body too large) as problems. */
    private static Problem framework(HttpResponseException e) {
        int status = e.getStatus();
        return switch (status) {
            case 404 -> Problem.of(404, "route.not_found", "Not found", "no resource at this path");
            case 405 -> Problem.of(405, "route.method_not_allowed", "Method not allowed", "this path does not answer this method");
            case 413 -> Problem.of(413, "request.body_too_large", "Request body too large", "the body is larger than the limit");
            default -> {
                HttpStatus known = HttpStatus.forStatus(status);
                String title = known == HttpStatus.UNKNOWN ? "HTTP " + status : known.getMessage();
                yield Problem.of(status, "http." + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"), title, title);
            }
        };
    }

    private static Validator validator() {
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .defaultLocale(Locale.ENGLISH)
                .buildValidatorFactory()
                .getValidator();
    }
}
