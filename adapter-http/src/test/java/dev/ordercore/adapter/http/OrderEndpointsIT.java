package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.ordercore.adapter.http.RunningApi.BASE;
import static dev.ordercore.adapter.http.RunningApi.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/** The order endpoints' success paths, over a real server and a real HTTP client. */
class OrderEndpointsIT {

    static final String ORDER = """
            {"currency": "SEK", "customerId": "0190f7a4-5c1e-7c3a-9f00-000000000001", "vendorId": null,
             "notes": "Leverera till bakre entrén",
             "lineItems": [
               {"ref": "tasting", "description": "Wine tasting", "quantity": 2, "unitPrice": "450.00", "on": "2026-02-01"},
               {"modifies": "tasting", "description": "Delivery", "quantity": 1, "unitPrice": "250.00", "on": "2026-02-01",
                "deliveries": [{"direction": "OUTBOUND", "date": "2026-02-01",
                  "to": {"line1": "Kungsgatan 1", "postalCode": "111 43", "city": "Stockholm", "countryCode": "SE"}}]}]}
            """;

    static RunningApi api;
    static String operator;
    static String viewer;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        operator = TestTokens.user("ann", TENANT, "operator");
        viewer = TestTokens.user("vic", TENANT, "viewer");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static RunningApi.Reply place(String body) {
        return api.call("POST", BASE + "/orders").token(operator).json(body).send();
    }

    @Test
    void placing_an_order_answers_201_with_location_etag_and_the_order() {
        RunningApi.Reply reply = place(ORDER);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode order = reply.body();
        String id = order.path("id").asText();
        assertThat(reply.header("Location")).contains(BASE + "/orders/" + id);
        assertThat(reply.header("ETag")).contains("\"" + order.path("version").asLong() + "\"");
        assertThat(order.path("number").asText()).matches("[A-Z][A-Z0-9]*-\\d{4}-\\d{5}");
        assertThat(order.path("status").asText()).isEqualTo("PENDING");
        assertThat(order.path("currency").asText()).isEqualTo("SEK");
        assertThat(order.path("customerId").asText()).isEqualTo("0190f7a4-5c1e-7c3a-9f00-000000000001");
        assertThat(order.path("createdAt").isTextual()).isTrue();
        JsonNode lines = order.path("lineItems");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).path("unitPrice").isTextual()).as("money is a decimal string").isTrue();
        assertThat(lines.get(0).path("amount").asText()).isEqualTo("900.00");
        assertThat(lines.get(0).path("kind").asText()).as("R2: no klass, no product").isEqualTo("CHARGE");
        assertThat(lines.get(1).path("modifies").asText()).isEqualTo(lines.get(0).path("id").asText());
        assertThat(lines.get(1).path("deliveries").get(0).path("to").path("city").asText()).isEqualTo("Stockholm");
    }

    @Test
    void a_price_sent_as_a_json_number_is_read_exactly_and_answered_as_a_string() {
        RunningApi.Reply reply = place(ORDER.replace("\"unitPrice\": \"450.00\"", "\"unitPrice\": 0.1"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.body().path("lineItems").get(0).path("unitPrice").asText()).isEqualTo("0.10");
        assertThat(reply.body().path("lineItems").get(0).path("amount").asText()).isEqualTo("0.20");
    }

    @Test
    void a_price_with_a_huge_exponent_is_refused_with_422_not_500() {
        for (String huge : new String[] {"1E+2147483647", "\"1E+2147483647\"", "-1E+2147483647", "1E-2147483647"}) {
            RunningApi.Reply reply = place(ORDER.replace("\"unitPrice\": \"450.00\"", "\"unitPrice\": " + huge));

            assertThat(reply.status()).as(reply.toString()).isIn(400, 422);
            assertThat(reply.toString()).hasSizeLessThan(10_000);
        }
    }

    @Test
    void R1_an_estimated_delivery_or_line_date_outside_the_years_1_to_9999_is_422_date_out_of_range_not_500() {
        for (String farOff : List.of("+999999999-12-31", "-999999999-01-01", "0000-12-31", "+10000-01-01")) {
            RunningApi.Reply reply = place(ORDER.replace("\"notes\"", "\"estimatedDelivery\": \"" + farOff + "\", \"notes\"")
                    .replace("\"on\": \"2026-02-01\"},", "\"on\": \"" + farOff + "\"},"));

            assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.body().path("code").asText()).isEqualTo("validation.failed");
            List<String> errors = new ArrayList<>();
            reply.body().path("errors").forEach(e -> errors.add(e.path("field").asText() + " " + e.path("message").asText()));
            assertThat(errors).as(reply.toString()).containsExactly(
                    "estimatedDelivery the estimated delivery date (" + farOff + ") must lie between 0001-01-01 and 9999-12-31 (R1) [date_out_of_range]",
                    "lineItems[0].on on (" + farOff + ") must lie between 0001-01-01 and 9999-12-31 (R1) [date_out_of_range]");
        }
        RunningApi.Reply latest = place(ORDER.replace("\"notes\"", "\"estimatedDelivery\": \"9999-12-31\", \"notes\""));
        assertThat(latest.status()).as(latest.toString()).isEqualTo(201);
        assertThat(latest.body().path("estimatedDelivery").asText()).isEqualTo("9999-12-31");
    }

    @Test
    void an_order_reads_back_by_id_with_its_etag() {
        JsonNode placed = place(ORDER).body();

        RunningApi.Reply reply = api.call("GET", BASE + "/orders/" + placed.path("id").asText()).token(viewer).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("ETag")).contains("\"" + placed.path("version").asLong() + "\"");
        JsonNode read = reply.body().deepCopy();
        assertThat(((com.fasterxml.jackson.databind.node.ObjectNode) read).remove("calculation")).as("reading adds the calculation (R31)")
                .isNotNull();
        assertThat(read).isEqualTo(placed);
    }

    @Test
    void orders_list_a_page_at_a_time_with_a_cursor_and_filters() {
        String customer = "0190f7a4-5c1e-7c3a-9f00-0000000000c7";
        List<String> placed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            placed.add(place(ORDER.replace("0190f7a4-5c1e-7c3a-9f00-000000000001", customer)).body().path("id").asText());
        }

        RunningApi.Reply first = api.call("GET", BASE + "/orders?customerId=" + customer + "&limit=2&status=PENDING&blocked=false")
                .token(viewer).send();
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.body().path("items")).hasSize(2);
        String cursor = first.body().path("nextCursor").asText();
        assertThat(cursor).isNotBlank();

        RunningApi.Reply second = api.call("GET", BASE + "/orders?customerId=" + customer + "&limit=2&cursor=" + cursor)
                .token(viewer).send();
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.body().path("items")).hasSize(1);
        assertThat(second.body().path("nextCursor").isNull()).isTrue();

        List<String> listed = new ArrayList<>();
        first.body().path("items").forEach(o -> listed.add(o.path("id").asText()));
        second.body().path("items").forEach(o -> listed.add(o.path("id").asText()));
        java.util.Collections.reverse(placed);
        assertThat(listed).as("newest first").containsExactlyElementsOf(placed);
    }

    @Test
    void orders_filter_by_creation_time() {
        place(ORDER);

        RunningApi.Reply none = api.call("GET", BASE + "/orders?createdFrom=2000-01-01T00:00:00Z&createdTo=2000-01-02T00:00:00Z")
                .token(viewer).send();

        assertThat(none.status()).as(none.toString()).isEqualTo(200);
        assertThat(none.body().path("items")).isEmpty();
    }

    @Test
    void a_status_change_with_the_current_etag_moves_the_order_and_answers_the_new_etag() {
        RunningApi.Reply placed = place(ORDER);
        String id = placed.body().path("id").asText();

        RunningApi.Reply reply = api.call("PUT", BASE + "/orders/" + id + "/status").token(operator)
                .header("If-Match", placed.header("ETag").orElseThrow())
                .json("{\"status\": \"CONFIRMED\", \"reason\": \"supplier confirmed\", \"force\": false}").send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.body().path("status").asText()).isEqualTo("CONFIRMED");
        long version = reply.body().path("version").asLong();
        assertThat(version).isGreaterThan(placed.body().path("version").asLong());
        assertThat(reply.header("ETag")).contains("\"" + version + "\"");
    }

    @Test
    void patch_changes_the_status_too() {
        RunningApi.Reply placed = place(ORDER);
        String id = placed.body().path("id").asText();

        RunningApi.Reply reply = api.call("PATCH", BASE + "/orders/" + id + "/status").token(operator)
                .header("If-Match", placed.header("ETag").orElseThrow())
                .json("{\"status\": \"REJECTED\"}").send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.body().path("status").asText()).isEqualTo("REJECTED");
    }
}
