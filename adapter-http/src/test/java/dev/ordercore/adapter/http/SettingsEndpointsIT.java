package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static dev.ordercore.adapter.http.ErrorResponsesIT.fields;
import static dev.ordercore.adapter.http.ErrorResponsesIT.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET} and {@code PUT /settings}: seed 002's defaults at ETag "0", replaced by admins
 * behind If-Match with every violation listed, and used at once by the rules (here: placing an
 * order with more lines than maxOrderItems). Each test has a tenant of its own.
 */
class SettingsEndpointsIT {

    static final AtomicInteger UNIQUE = new AtomicInteger();
    static final String DEFAULTS = """
            {"maxOrderItems": 50, "minOrderValue": "0.00", "maxOrderValue": "100000.00", "autoApproveOrders": false,
             "creditCheckEnabled": false, "highValueOrderThreshold": "5000.00", "largeQuantityOrderThreshold": 100,
             "rushOrderHoursThreshold": 24, "procurementShortageThreshold": "90", "maxDiscountPercentage": "50",
             "procurementLeadTimeDays": 3, "safetyStockPercentage": "20", "demandForecastDays": 14,
             "centralBakeryOrderThreshold": 20, "individualBakeryOrderThreshold": 5}""";

    static RunningApi api;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** A tenant no other test uses, with its admin, operator and viewer tokens. */
    record Tenant(String id, String admin, String operator, String viewer, String product) {
        String path() {
            return "/api/v1/tenants/" + id + "/settings";
        }

        Tenant withProduct(String productId) {
            return new Tenant(id, admin, operator, viewer, productId);
        }
    }

    static Tenant aTenant() {
        String id = "settings-" + UNIQUE.incrementAndGet();
        return new Tenant(id, TestTokens.user("ada", id, "admin"), TestTokens.user("ann", id, "operator"), TestTokens.user("vic", id, "viewer"),
                null);
    }

    static ObjectNode defaults() {
        try {
            return (ObjectNode) Json.mapper().readTree(DEFAULTS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static RunningApi.Reply put(Tenant t, String token, String ifMatch, JsonNode body) {
        RunningApi.Call call = api.call("PUT", t.path()).token(token).json(body.toString());
        if (ifMatch != null) {
            call.header("If-Match", ifMatch);
        }
        return call.send();
    }

    @Test
    void a_new_tenant_reads_seed_002s_defaults_at_etag_0() {
        Tenant t = aTenant();

        RunningApi.Reply reply = api.call("GET", t.path()).token(t.viewer()).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("ETag")).contains("\"0\"");
        assertThat(reply.body()).isEqualTo(defaults());
    }

    @Test
    void an_admin_replaces_the_settings_behind_if_match_and_reads_them_back_with_the_new_etag() {
        Tenant t = aTenant();
        ObjectNode changed = defaults().put("maxOrderItems", 10).put("highValueOrderThreshold", "2500.50").put("autoApproveOrders", true);

        RunningApi.Reply reply = put(t, t.admin(), "\"0\"", changed);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("ETag")).contains("\"1\"");
        assertThat(reply.body().path("maxOrderItems").asInt()).isEqualTo(10);
        assertThat(reply.body().path("highValueOrderThreshold").asText()).isEqualTo("2500.50");
        RunningApi.Reply read = api.call("GET", t.path()).token(t.viewer()).send();
        assertThat(read.header("ETag")).contains("\"1\"");
        assertThat(read.body()).isEqualTo(reply.body());
        assertThat(put(t, t.admin(), "*", read.body()).header("ETag")).as("what is read can be sent back as it is").contains("\"1\"");
    }

    @Test
    void without_if_match_the_change_is_refused_with_428_and_with_a_stale_one_412() {
        Tenant t = aTenant();
        assertThat(put(t, t.admin(), "\"0\"", defaults().put("maxOrderItems", 10)).status()).isEqualTo(200);

        problem(put(t, t.admin(), null, defaults()), 428, "concurrency.if_match_required");
        problem(put(t, t.admin(), "\"0\"", defaults().put("maxOrderItems", 20)), 412, "concurrency.stale_version");
        assertThat(api.call("GET", t.path()).token(t.viewer()).send().body().path("maxOrderItems").asInt()).isEqualTo(10);
    }

    @Test
    void R36_viewers_and_operators_may_read_but_not_change_settings_and_another_tenants_are_not_found() {
        Tenant t = aTenant();
        Tenant other = aTenant();

        assertThat(api.call("GET", t.path()).token(t.operator()).send().status()).isEqualTo(200);
        problem(put(t, t.viewer(), "*", defaults()), 403, "access.forbidden");
        problem(put(t, t.operator(), "*", defaults()), 403, "access.forbidden");
        problem(api.call("GET", t.path()).token(other.admin()).send(), 404, "tenant.not_found");
        problem(put(t, other.admin(), "*", defaults()), 404, "tenant.not_found");
    }

    @Test
    void settings_out_of_range_min_above_max_and_individual_not_below_central_are_refused_with_every_violation_listed() {
        Tenant t = aTenant();
        ObjectNode bad = defaults()
                .put("maxOrderItems", 0)
                .put("minOrderValue", "500.00")
                .put("maxOrderValue", "100.00")
                .put("highValueOrderThreshold", "0")
                .put("largeQuantityOrderThreshold", 0)
                .put("rushOrderHoursThreshold", 10_000)
                .put("maxDiscountPercentage", "150")
                .put("procurementLeadTimeDays", -1)
                .put("safetyStockPercentage", "20.123456")
                .put("demandForecastDays", 0)
                .put("centralBakeryOrderThreshold", 5)
                .put("individualBakeryOrderThreshold", 5);

        JsonNode body = problem(put(t, t.admin(), "\"0\"", bad), 422, "validation.failed");

        assertThat(fields(body)).containsExactlyInAnyOrder("maxOrderItems", "minOrderValue", "highValueOrderThreshold",
                "largeQuantityOrderThreshold", "rushOrderHoursThreshold", "maxDiscountPercentage", "procurementLeadTimeDays",
                "safetyStockPercentage", "demandForecastDays", "individualBakeryOrderThreshold");
        assertThat(body.path("errors").toString()).contains("min_above_max").contains("not_below_central");
        assertThat(api.call("GET", t.path()).token(t.viewer()).send().header("ETag")).contains("\"0\"");
    }

    @Test
    void every_missing_setting_is_listed_with_the_invalid_ones_in_one_answer() {
        Tenant t = aTenant();
        ObjectNode partial = defaults();
        partial.remove("autoApproveOrders");
        partial.remove("demandForecastDays");
        partial.put("maxOrderItems", 5000);

        JsonNode body = problem(put(t, t.admin(), "\"0\"", partial), 422, "validation.failed");

        assertThat(fields(body)).containsExactlyInAnyOrder("autoApproveOrders", "demandForecastDays", "maxOrderItems");
        assertThat(body.path("errors").toString()).contains("[required]").contains("[out_of_range]");
    }

    @Test
    void wrong_types_unknown_fields_and_malformed_json_are_400() {
        Tenant t = aTenant();

        problem(put(t, t.admin(), "\"0\"", defaults().put("maxOrderItems", "50")), 400, "request.wrong_type");
        problem(put(t, t.admin(), "\"0\"", defaults().put("autoApproveOrders", "yes")), 400, "request.wrong_type");
        problem(put(t, t.admin(), "\"0\"", defaults().put("maxOrderItems", 1.5)), 400, "request.wrong_type");
        problem(put(t, t.admin(), "\"0\"", defaults().put("maxOrderValue", "a lot")), 400, "request.wrong_type");
        problem(put(t, t.admin(), "\"0\"", defaults().put("maxOrderItem", 50)), 400, "request.unknown_field");
        problem(api.call("PUT", t.path()).token(t.admin()).header("If-Match", "\"0\"").json("{\"maxOrderItems\": ").send(), 400,
                "request.malformed_json");
    }

    @Test
    void a_stored_max_order_items_refuses_an_order_with_more_lines_at_once() {
        Tenant t = aTenant();
        assertThat(put(t, t.admin(), "\"0\"", defaults().put("maxOrderItems", 1)).status()).isEqualTo(200);
        String line = "{\"description\": \"Bread\", \"quantity\": 1, \"unitPrice\": \"10.00\", \"on\": \"2026-02-01\"}";
        String order = "{\"currency\": \"SEK\", \"customerId\": \"%s\", \"lineItems\": [%s, %s]}"
                .formatted(CalculationEndpointsIT.CUSTOMER, line, line);

        JsonNode body = problem(api.call("POST", "/api/v1/tenants/" + t.id() + "/orders").token(t.operator()).json(order).send(), 422,
                "validation.failed");

        assertThat(body.path("errors").toString()).contains("lineItems").contains("settings.maxOrderItems").contains("too_many_lines");
    }
}
