package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.ordercore.adapter.http.ErrorResponsesIT.fields;
import static dev.ordercore.adapter.http.ErrorResponsesIT.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read models over HTTP (seed 002): {@code GET /orders/dashboard-summary},
 * {@code /orders/demand-requirements} (R38), {@code /orders/business-model} (R40),
 * {@code /procurement-plans} and {@code PUT /stock-levels/{productId}} (R39), each with bad inputs.
 * Each test has a tenant of its own, so it sees only its own orders. The API's clock is the
 * system's and the tenants' zone UTC, so "today" is today in UTC.
 */
class ReadModelEndpointsIT {

    static final String CUSTOMER = "0190f7a4-5c1e-7c3a-9f00-000000000001";

    static RunningApi api;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static String base(String tenant) {
        return "/api/v1/tenants/" + tenant;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static String created(String tenant, String collection, String body) {
        RunningApi.Reply reply = api.call("POST", base(tenant) + "/" + collection).token(TestTokens.user("ada", tenant, "admin")).json(body).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.body().path("id").asText();
    }

    /** Two bread products in the tenant's catalog. */
    static List<String> breads(String tenant) {
        String category = created(tenant, "categories", "{\"name\": \"Bakery\", \"type\": \"SALE\"}");
        String klass = created(tenant, "klasses", """
                {"name": "Bread", "categoryId": "%s", "pricing": [{"frequency": null, "price": "30.00", "currency": "SEK"}]}"""
                .formatted(category));
        List<String> products = new ArrayList<>();
        for (String sku : List.of("RYE", "WHEAT")) {
            products.add(created(tenant, "products", """
                    {"klassId": "%s", "sku": "%s", "name": "%s bread", "attributes": {}}""".formatted(klass, sku, sku)));
        }
        return products;
    }

    static JsonNode place(String tenant, String product, int quantity, String price, LocalDate on) {
        RunningApi.Reply reply = api.call("POST", base(tenant) + "/orders").token(TestTokens.user("ann", tenant, "operator")).json("""
                {"currency": "SEK", "customerId": "%s",
                 "lineItems": [{"productId": "%s", "quantity": %d, "unitPrice": "%s", "on": "%s"}]}"""
                .formatted(CUSTOMER, product, quantity, price, on)).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.body();
    }

    static RunningApi.Reply get(String tenant, String path) {
        return api.call("GET", base(tenant) + path).token(TestTokens.user("vic", tenant, "viewer")).send();
    }

    static RunningApi.Reply putStock(String tenant, String role, String product, String body) {
        return api.call("PUT", base(tenant) + "/stock-levels/" + product).token(TestTokens.user("ann", tenant, role)).json(body).send();
    }

    @Test
    void the_dashboard_summary_answers_under_its_own_path_not_as_an_order_id() {
        String tenant = "rm-dashboard";
        List<String> breads = breads(tenant);
        place(tenant, breads.get(0), 3, "10.00", today());
        place(tenant, breads.get(1), 1, "5.00", today());

        RunningApi.Reply reply = get(tenant, "/orders/dashboard-summary");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode body = reply.body();
        assertThat(body.path("today").asText()).isIn(today().toString(), today().minusDays(1).toString(), today().plusDays(1).toString());
        assertThat(body.path("ordersByStatus").path("PENDING").asLong()).isEqualTo(2);
        assertThat(body.path("ordersByStatus").path("COMPLETED").asLong()).isZero();
        assertThat(body.path("pendingConfirmations").asLong()).isEqualTo(2);
        assertThat(body.path("blockedOrders").asLong()).isZero();
        assertThat(body.path("revenueLast30Days").get(0).path("amount").asText()).isEqualTo("35.00");
        assertThat(body.path("revenueLast30Days").get(0).path("currency").asText()).isEqualTo("SEK");
        assertThat(body.path("averageOrderValueLast30Days").get(0).path("amount").asText()).isEqualTo("17.50");
        assertThat(body.path("topProducts").get(0).path("productId").asText()).isEqualTo(breads.get(0));
        assertThat(body.path("topProducts").get(0).path("quantity").asLong()).isEqualTo(3);

        problem(api.call("GET", base(tenant) + "/orders/dashboard-summary?limit=5").token(TestTokens.user("vic", tenant, "viewer")).send(),
                400, "request.invalid_parameters");
        problem(api.call("GET", base(tenant) + "/orders/dashboard-summary").token(TestTokens.user("vic", "someone-else", "viewer")).send(),
                404, "tenant.not_found");
    }

    @Test
    void R38_demand_requirements_default_to_the_settings_horizon_and_take_from_and_days() {
        String tenant = "rm-demand";
        List<String> breads = breads(tenant);
        LocalDate day = today().plusDays(2);
        place(tenant, breads.get(0), 4, "30.00", day);
        place(tenant, breads.get(0), 6, "30.00", day);
        place(tenant, breads.get(1), 9, "30.00", today().plusDays(20));

        JsonNode byDefault = get(tenant, "/orders/demand-requirements").body();
        assertThat(byDefault.path("from").asText()).isEqualTo(today().toString());
        assertThat(byDefault.path("days").asInt()).isEqualTo(14);
        assertThat(byDefault.path("to").asText()).isEqualTo(today().plusDays(14).toString());
        assertThat(byDefault.path("requirements")).hasSize(1);
        assertThat(byDefault.path("requirements").get(0).path("productId").asText()).isEqualTo(breads.get(0));
        assertThat(byDefault.path("requirements").get(0).path("date").asText()).isEqualTo(day.toString());
        assertThat(byDefault.path("requirements").get(0).path("quantity").asLong()).isEqualTo(10);

        JsonNode later = get(tenant, "/orders/demand-requirements?from=" + today().plusDays(10) + "&days=30").body();
        assertThat(later.path("requirements")).hasSize(1);
        assertThat(later.path("requirements").get(0).path("productId").asText()).isEqualTo(breads.get(1));
    }

    @Test
    void planning_parameters_that_are_unknown_repeated_malformed_or_out_of_range_are_refused_with_every_one_listed() {
        String tenant = "rm-bad-params";
        for (String path : List.of("/orders/demand-requirements", "/procurement-plans")) {
            JsonNode bad = problem(get(tenant, path + "?from=yesterday&days=two&horizon=3"), 400, "request.invalid_parameters");
            assertThat(fields(bad)).containsExactlyInAnyOrder("from", "days", "horizon");
            assertThat(fields(problem(get(tenant, path + "?days=1&days=2"), 400, "request.invalid_parameters"))).containsExactly("days");
            for (String days : List.of("0", "366", "-3")) {
                assertThat(fields(problem(get(tenant, path + "?days=" + days), 422, "validation.failed"))).containsExactly("days");
            }
            // R1: a first day outside the years 1 to 9999 is refused, not a 500 (its end day would overflow)
            for (String from : List.of("%2B999999999-12-31", "-999999999-01-01", "0000-12-31", "%2B10000-01-01")) {
                assertThat(fields(problem(get(tenant, path + "?from=" + from), 422, "validation.failed"))).containsExactly("from");
            }
        }
    }

    @Test
    void R39_stock_levels_feed_the_procurement_plans() {
        String tenant = "rm-procurement";
        List<String> breads = breads(tenant);
        place(tenant, breads.get(0), 10, "30.00", today().plusDays(5));
        place(tenant, breads.get(0), 10, "30.00", today().plusDays(8));

        RunningApi.Reply set = putStock(tenant, "operator", breads.get(0), "{\"quantity\": 15}");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.body().path("productId").asText()).isEqualTo(breads.get(0));
        assertThat(set.body().path("quantity").asLong()).isEqualTo(15);
        assertThat(set.body().path("updatedBy").asText()).isEqualTo("ann");

        JsonNode plans = get(tenant, "/procurement-plans").body();
        assertThat(plans.path("leadTimeDays").asInt()).isEqualTo(3);
        assertThat(plans.path("safetyStockPercentage").asText()).isEqualTo("20");
        JsonNode rye = plans.path("plans").get(0);
        assertThat(rye.path("productId").asText()).isEqualTo(breads.get(0));
        assertThat(rye.path("demand").asLong()).isEqualTo(20);
        assertThat(rye.path("required").asLong()).isEqualTo(24);
        assertThat(rye.path("available").asLong()).isEqualTo(15);
        assertThat(rye.path("need").asLong()).isEqualTo(9);
        assertThat(rye.path("needDate").asText()).isEqualTo(today().plusDays(8).toString());
        assertThat(rye.path("orderBy").asText()).isEqualTo(today().plusDays(5).toString());
        assertThat(rye.path("late").asBoolean()).isFalse();

        putStock(tenant, "operator", breads.get(0), "{\"quantity\": 100}");
        JsonNode enough = get(tenant, "/procurement-plans").body().path("plans").get(0);
        assertThat(enough.path("need").asLong()).isZero();
        assertThat(enough.path("needDate").isNull() || enough.path("needDate").isMissingNode()).isTrue();
    }

    @Test
    void stock_levels_refuse_bad_bodies_unknown_products_and_viewers() {
        String tenant = "rm-stock";
        String rye = breads(tenant).get(0);

        problem(putStock(tenant, "operator", rye, "{\"quantity\": -1}"), 422, "validation.failed");
        assertThat(fields(problem(putStock(tenant, "operator", rye, "{}"), 422, "validation.failed"))).containsExactly("quantity");
        problem(putStock(tenant, "operator", rye, "{\"quantity\": 1000000000001}"), 422, "validation.failed");
        problem(putStock(tenant, "operator", rye, "{\"quantity\": 1.5}"), 400, "request.wrong_type");
        problem(putStock(tenant, "operator", rye, "{\"quantity\": \"12\"}"), 400, "request.wrong_type");
        problem(putStock(tenant, "operator", rye, "{\"quantity\": 1, \"unit\": \"kg\"}"), 400, "request.unknown_field");
        problem(putStock(tenant, "operator", rye, "{\"quantity\": "), 400, "request.malformed_json");
        problem(putStock(tenant, "operator", UUID.randomUUID().toString(), "{\"quantity\": 1}"), 404, "product.not_found");
        problem(putStock(tenant, "operator", "not-a-uuid", "{\"quantity\": 1}"), 404, "product.not_found");
        problem(putStock("rm-stock-other", "operator", rye, "{\"quantity\": 1}"), 404, "product.not_found");
        problem(putStock(tenant, "viewer", rye, "{\"quantity\": 1}"), 403, "access.forbidden");
    }

    @Test
    void R40_the_business_model_reads_the_30_days_before_today() {
        String tenant = "rm-model";
        place(tenant, breads(tenant).get(0), 1, "30.00", today());

        RunningApi.Reply reply = get(tenant, "/orders/business-model");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.body().path("model").asText()).isEqualTo("INDIVIDUAL");
        assertThat(reply.body().path("to").asText()).isEqualTo(today().toString());
        assertThat(reply.body().path("from").asText()).isEqualTo(today().minusDays(30).toString());
        assertThat(reply.body().path("orders").asLong()).as("today's order is not in the window yet").isZero();
        assertThat(reply.body().path("dailyOrders").asText()).isEqualTo("0.00");
        problem(api.call("GET", base(tenant) + "/orders/business-model?days=7").token(TestTokens.user("vic", tenant, "viewer")).send(),
                400, "request.invalid_parameters");
    }
}
