package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.ordercore.adapter.http.ErrorResponsesIT.fields;
import static dev.ordercore.adapter.http.ErrorResponsesIT.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /alerts} (R37): the alerts orders raise against the tenant's settings, newest first,
 * filtered and paged; operators acknowledge one by closing it. Each test has a tenant of its own.
 */
class AlertEndpointsIT {

    static RunningApi api;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static String alerts(SettingsEndpointsIT.Tenant t) {
        return "/api/v1/tenants/" + t.id() + "/alerts";
    }

    static String created(SettingsEndpointsIT.Tenant t, String collection, String body) {
        RunningApi.Reply reply = api.call("POST", "/api/v1/tenants/" + t.id() + "/" + collection).token(t.admin()).json(body).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.body().path("id").asText();
    }

    /** A sourdough loaf in the tenant's catalog: goods, so its quantities count as units (a line without a product is a charge). */
    static String sourdough(SettingsEndpointsIT.Tenant t) {
        String category = created(t, "categories", "{\"name\": \"Bread\", \"type\": \"SALE\"}");
        String klass = created(t, "klasses", """
                {"name": "Loaf", "categoryId": "%s", "pricing": [{"frequency": null, "price": "20.00", "currency": "SEK"}]}""".formatted(category));
        return created(t, "products", """
                {"klassId": "%s", "sku": "SOURDOUGH", "name": "Sourdough", "attributes": {}}""".formatted(klass));
    }

    /** An order of {@code quantity} loaves at {@code price} on {@code on}: its id. */
    static String order(SettingsEndpointsIT.Tenant t, int quantity, String price, String on) {
        String body = """
                {"currency": "SEK", "customerId": "%s",
                 "lineItems": [{"productId": "%s", "quantity": %d, "unitPrice": "%s", "on": "%s"}]}"""
                .formatted(CalculationEndpointsIT.CUSTOMER, t.product(), quantity, price, on);
        RunningApi.Reply reply = api.call("POST", "/api/v1/tenants/" + t.id() + "/orders").token(t.operator()).json(body).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.body().path("id").asText();
    }

    static SettingsEndpointsIT.Tenant aTenant() {
        SettingsEndpointsIT.Tenant t = SettingsEndpointsIT.aTenant();
        RunningApi.Reply set = api.call("PUT", t.path()).token(t.admin()).header("If-Match", "*")
                .json(SettingsEndpointsIT.defaults().put("highValueOrderThreshold", "1000").put("largeQuantityOrderThreshold", 50).toString())
                .send();
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        return t.withProduct(sourdough(t));
    }

    static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.path("items").forEach(a -> codes.add(a.path("code").asText()));
        return codes;
    }

    @Test
    void R37_orders_above_the_tenants_thresholds_are_listed_as_open_warnings_with_threshold_and_actual_value() {
        SettingsEndpointsIT.Tenant t = aTenant();
        String quiet = order(t, 10, "10.00", "2030-01-01");
        String loud = order(t, 60, "20.00", "2030-01-01");

        RunningApi.Reply reply = api.call("GET", alerts(t)).token(t.viewer()).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(codes(reply.body())).containsExactly("alerts:large_quantity", "alerts:high_value");
        JsonNode highValue = reply.body().path("items").get(1);
        assertThat(highValue.path("orderId").asText()).isEqualTo(loud).isNotEqualTo(quiet);
        assertThat(highValue.path("severity").asText()).isEqualTo("WARNING");
        assertThat(highValue.path("open").asBoolean()).isTrue();
        assertThat(highValue.path("writtenBy").asText()).isEqualTo("system");
        assertThat(highValue.path("payload").path("threshold").asText()).isEqualTo("1000");
        assertThat(highValue.path("payload").path("actual").asText()).isEqualTo("1200.00");
        assertThat(reply.body().path("nextCursor").isNull()).isTrue();
    }

    @Test
    void R37_an_alert_an_operator_closes_is_listed_as_closed_and_filters_pick_by_code_order_openness_and_severity() {
        SettingsEndpointsIT.Tenant t = aTenant();
        String first = order(t, 60, "20.00", "2030-01-01");
        String second = order(t, 1, "2000.00", "2030-01-01");
        JsonNode all = api.call("GET", alerts(t)).token(t.viewer()).send().body();
        String firstHighValue = null;
        for (JsonNode a : all.path("items")) {
            if (a.path("orderId").asText().equals(first) && a.path("code").asText().equals("alerts:high_value")) {
                firstHighValue = a.path("id").asText();
            }
        }

        RunningApi.Reply closed = api.call("POST", "/api/v1/tenants/" + t.id() + "/orders/" + first + "/history/" + firstHighValue + "/close")
                .token(t.operator()).json("{\"reason\": \"called the bakery\"}").send();
        assertThat(closed.status()).as(closed.toString()).isEqualTo(201);

        assertThat(codes(api.call("GET", alerts(t) + "?open=false").token(t.viewer()).send().body())).containsExactly("alerts:high_value");
        assertThat(api.call("GET", alerts(t) + "?open=true").token(t.viewer()).send().body().path("items")).hasSize(2);
        assertThat(codes(api.call("GET", alerts(t) + "?code=alerts:high_value&orderId=" + second).token(t.viewer()).send().body()))
                .containsExactly("alerts:high_value");
        assertThat(api.call("GET", alerts(t) + "?severity=BLOCKING").token(t.viewer()).send().body().path("items")).isEmpty();
        assertThat(api.call("GET", alerts(t) + "?from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z").token(t.viewer()).send().body()
                .path("items")).isEmpty();
    }

    @Test
    void alerts_come_page_by_page_newest_first() {
        SettingsEndpointsIT.Tenant t = aTenant();
        order(t, 60, "20.00", "2030-01-01");
        order(t, 60, "20.00", "2030-01-01");

        JsonNode page1 = api.call("GET", alerts(t) + "?limit=3").token(t.viewer()).send().body();
        JsonNode page2 = api.call("GET", alerts(t) + "?limit=3&cursor=" + page1.path("nextCursor").asText()).token(t.viewer()).send().body();

        assertThat(page1.path("items")).hasSize(3);
        assertThat(page2.path("items")).hasSize(1);
        assertThat(page2.path("nextCursor").isNull()).isTrue();
        assertThat(page1.path("items").get(0).path("sequence").asLong()).isGreaterThan(page2.path("items").get(0).path("sequence").asLong());
    }

    @Test
    void R18_no_one_writes_an_alert_by_hand() {
        SettingsEndpointsIT.Tenant t = aTenant();
        String id = order(t, 1, "10.00", "2030-01-01");
        String writer = TestTokens.writer("rogue", t.id(), "alerts");

        problem(api.call("POST", "/api/v1/tenants/" + t.id() + "/orders/" + id + "/history").token(writer)
                .json("{\"code\": \"alerts:high_value\", \"severity\": \"WARNING\", \"payload\": {}}").send(), 409, "history.reserved_namespace");
    }

    @Test
    void bad_parameters_are_400_and_values_the_model_refuses_are_422_each_listed() {
        SettingsEndpointsIT.Tenant t = aTenant();

        JsonNode unreadable = problem(api.call("GET", alerts(t) + "?severity=LOUD&open=maybe&orderId=nope&from=yesterday&limit=x&colour=red")
                .token(t.viewer()).send(), 400, "request.invalid_parameters");
        assertThat(fields(unreadable)).containsExactlyInAnyOrder("severity", "open", "orderId", "from", "limit", "colour");

        JsonNode refused = problem(api.call("GET", alerts(t) + "?code=inventory:reserved&from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z"
                + "&limit=500&cursor=garbage").token(t.viewer()).send(), 422, "validation.failed");
        assertThat(fields(refused)).containsExactlyInAnyOrder("code", "to", "limit", "cursor");
    }

    @Test
    void R35_another_tenants_alerts_are_not_found() {
        SettingsEndpointsIT.Tenant t = aTenant();
        SettingsEndpointsIT.Tenant other = SettingsEndpointsIT.aTenant();

        problem(api.call("GET", alerts(t)).token(other.viewer()).send(), 404, "tenant.not_found");
    }
}
