package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordercore.adapter.inmemory.InMemoryStores;
import dev.ordercore.domain.settings.TenantSettings;
import dev.ordercore.domain.shared.TenantId;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.UUID;

import static dev.ordercore.adapter.http.ErrorResponsesIT.fields;
import static dev.ordercore.adapter.http.ErrorResponsesIT.problem;
import static dev.ordercore.adapter.http.RunningApi.BASE;
import static dev.ordercore.adapter.http.RunningApi.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/** Customers over HTTP: POST, GET (one, with metrics; and lists with filters), PATCH with If-Match, and every kind of bad input. */
class CustomerEndpointsIT {

    static final String SVENSSON = """
            {"name": "Bageri Svensson", "businessType": "BUSINESS",
             "contact": {"person": "Eva Svensson", "email": "eva@svensson.se"},
             "paymentTermsDays": 30, "creditLimit": {"amount": "50000.00", "currency": "SEK"},
             "delivery": {"address": {"line1": "Kungsgatan 1", "postalCode": "111 43", "city": "Stockholm", "countryCode": "SE"},
                          "windowFrom": "06:00", "windowTo": "08:30", "instructions": "Back entrance"}}
            """;

    static RunningApi api;
    static String operator;
    static String viewer;
    static String bakeryOperator;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        operator = TestTokens.user("ann", TENANT, "operator");
        viewer = TestTokens.user("vic", TENANT, "viewer");
        bakeryOperator = TestTokens.user("olga", "bakery", "operator");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static RunningApi.Reply create(String token, String body) {
        return api.call("POST", BASE + "/customers").token(token).json(body).send();
    }

    static RunningApi.Reply patch(String path, String ifMatch, String body) {
        RunningApi.Call call = api.call("PATCH", path).token(operator).json(body);
        return (ifMatch == null ? call : call.header("If-Match", ifMatch)).send();
    }

    static String created(String body) {
        RunningApi.Reply reply = create(operator, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.header("Location").orElseThrow();
    }

    @Test
    void a_customer_is_created_and_reads_back_with_its_etag_and_metrics_from_its_orders() {
        RunningApi.Reply reply = create(operator, SVENSSON);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.header("ETag")).contains("\"1\"");
        JsonNode c = reply.body();
        String id = c.path("id").asText();
        assertThat(reply.header("Location")).contains(BASE + "/customers/" + id);
        assertThat(c.path("businessType").asText()).isEqualTo("BUSINESS");
        assertThat(c.path("creditLimit").path("amount").asText()).isEqualTo("50000.00");
        assertThat(c.path("delivery").path("windowFrom").asText()).isEqualTo("06:00");
        assertThat(c.path("delivery").path("address").path("city").asText()).isEqualTo("Stockholm");
        assertThat(c.has("metrics")).isFalse();

        RunningApi.Reply order = api.call("POST", BASE + "/orders").token(operator).json(OrderEndpointsIT.ORDER.replace(
                "0190f7a4-5c1e-7c3a-9f00-000000000001", id)).send();
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        RunningApi.Reply read = api.call("GET", BASE + "/customers/" + id).token(viewer).send();

        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.header("ETag")).contains("\"1\"");
        assertThat(read.body().path("name").asText()).isEqualTo("Bageri Svensson");
        JsonNode metrics = read.body().path("metrics");
        assertThat(metrics.path("orderCount").asLong()).isEqualTo(1);
        assertThat(metrics.path("totalSpent").get(0).path("amount").asText()).isEqualTo("1150.00");
        assertThat(metrics.path("totalSpent").get(0).path("currency").asText()).isEqualTo("SEK");
        assertThat(metrics.path("lastOrderAt").asText()).isEqualTo(order.body().path("createdAt").asText());
    }

    @Test
    void creating_refuses_bad_bodies_and_lists_every_violation() {
        problem(create(operator, "{\"name\": "), 400, "request.malformed_json");
        assertThat(fields(problem(create(operator, "{\"name\": \"x\", \"businessType\": \"INDIVIDUAL\", \"colour\": \"red\"}"), 400,
                "request.unknown_field"))).containsExactly("colour");
        assertThat(fields(problem(create(operator, "{\"name\": \"x\", \"businessType\": \"BAKERY\"}"), 400, "request.wrong_type")))
                .containsExactly("businessType");
        assertThat(fields(problem(create(operator, "{\"name\": \"x\", \"businessType\": \"INDIVIDUAL\", \"paymentTermsDays\": \"30\"}"), 400,
                "request.wrong_type"))).containsExactly("paymentTermsDays");
        JsonNode invalid = problem(create(operator, """
                {"name": "", "paymentTermsDays": 366, "creditLimit": {"amount": "-5", "currency": "ABC"},
                 "contact": {"email": "nope"}, "delivery": {"windowFrom": "06:00"}}
                """), 422, "validation.failed");
        assertThat(fields(invalid)).containsExactlyInAnyOrder("name", "businessType", "paymentTermsDays", "creditLimit.amount",
                "creditLimit.currency", "contact.email", "delivery.windowTo");
    }

    @Test
    void R36_viewers_may_read_but_not_create_or_change_and_R35_another_tenant_gets_404() {
        String path = created(SVENSSON);

        problem(create(viewer, SVENSSON), 403, "access.forbidden");
        problem(api.call("PATCH", path).token(viewer).header("If-Match", "\"1\"").json("{\"name\": \"x\"}").send(), 403, "access.forbidden");
        problem(api.call("GET", path.replace(BASE, "/api/v1/tenants/bakery")).token(bakeryOperator).send(), 404, "customer.not_found");
        problem(api.call("GET", path.replace(BASE, "/api/v1/tenants/bakery")).token(operator).send(), 404, "tenant.not_found");
        problem(api.call("GET", BASE + "/customers/" + UUID.randomUUID()).token(viewer).send(), 404, "customer.not_found");
        problem(api.call("GET", BASE + "/customers/not-a-uuid").token(viewer).send(), 404, "customer.not_found");
        problem(api.call("GET", path).send(), 401, "auth.missing_token");
    }

    @Test
    void a_patch_changes_the_fields_it_names_clears_the_nulls_and_needs_the_current_etag() {
        String path = created(SVENSSON);

        problem(patch(path, null, "{\"name\": \"x\"}"), 428, "concurrency.if_match_required");
        RunningApi.Reply changed = patch(path, "\"1\"", "{\"name\": \"Bageri Svensson AB\", \"creditLimit\": null, \"paymentTermsDays\": 45}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.header("ETag")).contains("\"2\"");
        assertThat(changed.body().path("name").asText()).isEqualTo("Bageri Svensson AB");
        assertThat(changed.body().path("creditLimit").isNull()).isTrue();
        assertThat(changed.body().path("paymentTermsDays").asInt()).isEqualTo(45);
        assertThat(changed.body().path("contact").path("person").asText()).isEqualTo("Eva Svensson");
        assertThat(changed.body().path("delivery").path("instructions").asText()).isEqualTo("Back entrance");

        problem(patch(path, "\"1\"", "{\"name\": \"Again\"}"), 412, "concurrency.stale_version");
        problem(patch(path, "W/\"2\"", "{\"name\": \"Again\"}"), 412, "concurrency.precondition_failed");
        assertThat(patch(path, "*", "{\"businessType\": \"CENTRAL_BAKERY\"}").body().path("version").asLong()).isEqualTo(3);
    }

    @Test
    void a_patch_refuses_bad_bodies_and_lists_every_violation() {
        String path = created(SVENSSON);

        assertThat(fields(problem(patch(path, "*", "{\"nmae\": \"x\", \"contact\": {\"fax\": \"1\"}}"), 400, "request.unknown_field")))
                .containsExactlyInAnyOrder("nmae", "contact.fax");
        assertThat(fields(problem(patch(path, "*", "{\"paymentTermsDays\": \"ten\", \"businessType\": 3}"), 400, "request.wrong_type")))
                .containsExactlyInAnyOrder("paymentTermsDays", "businessType");
        problem(patch(path, "*", "[]"), 400, "request.wrong_type");
        assertThat(fields(problem(patch(path, "*", "{}"), 422, "validation.failed"))).containsExactly("");
        assertThat(fields(problem(patch(path, "*", """
                {"name": null, "businessType": null, "paymentTermsDays": -1, "creditLimit": {"amount": "10.001", "currency": "SEK"}}
                """), 422, "validation.failed"))).containsExactlyInAnyOrder("name", "businessType", "paymentTermsDays", "creditLimit.amount");
        assertThat(api.call("GET", path).token(viewer).send().body().path("version").asLong()).as("nothing changed").isEqualTo(1);
    }

    @Test
    void customers_are_listed_with_filters_a_page_at_a_time() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        created("{\"name\": \"Bageri " + tag + " Norr\", \"businessType\": \"BUSINESS\"}");
        created("{\"name\": \"Café " + tag + "\", \"businessType\": \"BUSINESS\"}");
        created("{\"name\": \"Central " + tag + "\", \"businessType\": \"CENTRAL_BAKERY\"}");

        RunningApi.Reply first = api.call("GET", BASE + "/customers?name=" + tag + "&limit=2").token(viewer).send();
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.body().path("items").findValuesAsText("name")).containsExactly("Bageri " + tag + " Norr", "Café " + tag);
        String cursor = first.body().path("nextCursor").asText();
        RunningApi.Reply second = api.call("GET", BASE + "/customers?name=" + tag + "&limit=2&cursor=" + cursor).token(viewer).send();
        assertThat(second.body().path("items").findValuesAsText("name")).containsExactly("Central " + tag);
        assertThat(second.body().path("nextCursor").isNull()).isTrue();
        RunningApi.Reply central = api.call("GET", BASE + "/customers?name=" + tag.toUpperCase() + "&businessType=CENTRAL_BAKERY").token(viewer)
                .send();
        assertThat(central.body().path("items").findValuesAsText("name")).containsExactly("Central " + tag);
        assertThat(central.body().path("items").get(0).has("metrics")).isFalse();
    }

    @Test
    void lists_refuse_bad_parameters() {
        assertThat(fields(problem(api.call("GET", BASE + "/customers?businessType=BAKERY&createdFrom=yesterday&colour=red&limit=x")
                .token(viewer).send(), 400, "request.invalid_parameters")))
                .containsExactlyInAnyOrder("businessType", "createdFrom", "colour", "limit");
        problem(api.call("GET", BASE + "/customers?limit=0").token(viewer).send(), 422, "validation.failed");
        problem(api.call("GET", BASE + "/customers?cursor=nonsense").token(viewer).send(), 422, "validation.failed");
        problem(api.call("GET", BASE + "/customers?createdFrom=2026-02-01T00:00:00Z&createdTo=2026-01-01T00:00:00Z").token(viewer).send(), 422,
                "validation.failed");
    }

    /**
     * R15 end to end: with credit checks enabled (here on the stores' settings port; over HTTP once
     * {@code PUT /settings} exists), an order that takes the customer over the limit is placed but
     * held by a BLOCKING credit:limit_exceeded entry; confirming it is refused until the credit
     * module closes the entry. Runs on its own in-memory stores, since it writes the settings directly.
     */
    @Test
    void R15_an_order_over_the_customers_credit_limit_is_held_until_the_credit_entry_is_closed() throws Exception {
        InMemoryStores stores = InMemoryStores.create(Clock.systemUTC());
        TenantSettings.Draft d = TenantSettings.DEFAULTS.toDraft();
        TenantSettings enabled = TenantSettings.create(new TenantSettings.Draft(d.maxOrderItems(), d.minOrderValue(), d.maxOrderValue(),
                d.autoApproveOrders(), true, d.highValueOrderThreshold(), d.largeQuantityOrderThreshold(), d.rushOrderHoursThreshold(),
                d.procurementShortageThreshold(), d.maxDiscountPercentage(), d.procurementLeadTimeDays(), d.safetyStockPercentage(),
                d.demandForecastDays(), d.centralBakeryOrderThreshold(), d.individualBakeryOrderThreshold())).value();
        stores.ports().transactions().inTransaction(() -> {
            stores.ports().settings().save(stores.ports().settings().find(TenantId.of(TENANT)).next(enabled, Clock.systemUTC().instant(), "t"));
            return null;
        });
        Javalin app = HttpApi.create(stores.core(), TestTokens.verifier(), HttpSettings.defaults()).start("127.0.0.1", 0);
        try {
            Http http = new Http(app.port());
            JsonNode customer = http.send("POST", BASE + "/customers", operator, null,
                    "{\"name\": \"Café Blom\", \"businessType\": \"BUSINESS\", \"creditLimit\": {\"amount\": \"1000.00\", \"currency\": \"SEK\"}}");
            String order = OrderEndpointsIT.ORDER.replace("0190f7a4-5c1e-7c3a-9f00-000000000001", customer.path("id").asText());
            JsonNode within = http.send("POST", BASE + "/orders", operator, null, order.replace("\"quantity\": 2", "\"quantity\": 1"));
            JsonNode over = http.send("POST", BASE + "/orders", operator, null, order);

            JsonNode withinStatuses = http.send("GET", BASE + "/orders/" + within.path("id").asText() + "/statuses", viewer, null, null);
            assertThat(withinStatuses.path("blocked").asBoolean()).isFalse();
            String orderPath = BASE + "/orders/" + over.path("id").asText();
            JsonNode timeline = http.send("GET", orderPath + "/timeline", viewer, null, null);
            JsonNode credit = null;
            for (JsonNode entry : timeline.path("entries")) {
                if (entry.path("code").asText().equals("credit:limit_exceeded")) {
                    credit = entry;
                }
            }
            assertThat(credit).as("the credit entry on %s", timeline).isNotNull();
            assertThat(credit.path("severity").asText()).isEqualTo("BLOCKING");
            assertThat(credit.path("payload").path("exposure").asText()).isEqualTo("1850.00");
            assertThat(http.status("PUT", orderPath + "/status", operator, "*", "{\"status\": \"CONFIRMED\"}")).isEqualTo(409);

            String finance = TestTokens.writer("finance", TENANT, "credit");
            http.send("POST", orderPath + "/history/" + credit.path("id").asText() + "/close", finance, null, "{\"reason\": \"approved\"}");
            assertThat(http.status("PUT", orderPath + "/status", operator, "*", "{\"status\": \"CONFIRMED\"}")).isEqualTo(200);
        } finally {
            app.stop();
        }
    }

    /** A bare client for the test's own app. */
    private record Http(int port) {
        private static final HttpClient CLIENT = HttpClient.newHttpClient();

        JsonNode send(String method, String path, String token, String ifMatch, String body) throws IOException, InterruptedException {
            HttpResponse<String> response = exchange(method, path, token, ifMatch, body);
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
            return Json.mapper().readTree(response.body());
        }

        int status(String method, String path, String token, String ifMatch, String body) throws IOException, InterruptedException {
            return exchange(method, path, token, ifMatch, body).statusCode();
        }

        private HttpResponse<String> exchange(String method, String path, String token, String ifMatch, String body)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Bearer " + token)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
