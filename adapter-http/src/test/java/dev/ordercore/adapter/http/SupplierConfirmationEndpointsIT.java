package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.ordercore.adapter.http.ErrorResponsesIT.fields;
import static dev.ordercore.adapter.http.ErrorResponsesIT.problem;
import static dev.ordercore.adapter.http.RunningApi.BASE;
import static dev.ordercore.adapter.http.RunningApi.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/** POST and GET /orders/{orderId}/supplier-confirmations: seed 001's supplier answer, behind the order's If-Match. */
class SupplierConfirmationEndpointsIT {

    static RunningApi api;
    static String operator;
    static String admin;
    static String viewer;
    static String bakeryAdmin;
    static String inventory;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        operator = TestTokens.user("ann", TENANT, "operator");
        admin = TestTokens.user("ada", TENANT, "admin");
        viewer = TestTokens.user("vic", TENANT, "viewer");
        bakeryAdmin = TestTokens.user("olga", "bakery", "admin");
        inventory = TestTokens.writer("inventory-service", TENANT, "inventory");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** A placed order (a wine tasting and its delivery charge): its path, ETag and line ids. */
    record Placed(String path, String etag, String tasting, String delivery) {
        String confirmations() {
            return path + "/supplier-confirmations";
        }

        String inBakery() {
            return confirmations().replace("/tenants/" + TENANT + "/", "/tenants/bakery/");
        }
    }

    static Placed placed() {
        RunningApi.Reply reply = api.placeOrder(operator);
        JsonNode lines = reply.body().path("lineItems");
        return new Placed(BASE + "/orders/" + reply.body().path("id").asText(), reply.header("ETag").orElseThrow(),
                lines.get(0).path("id").asText(), lines.get(1).path("id").asText());
    }

    static final String CONFIRMED = "{\"outcome\": \"CONFIRMED\", \"method\": \"API\"}";

    RunningApi.Reply post(Placed order, String token, String etag, String body) {
        RunningApi.Call call = api.call("POST", order.confirmations()).token(token).json(body);
        return etag == null ? call.send() : call.header("If-Match", etag).send();
    }

    @Test
    void a_confirmation_confirms_the_order_answers_201_with_the_orders_new_etag_and_is_listed() {
        Placed order = placed();

        RunningApi.Reply reply = post(order, operator, order.etag(), """
                {"outcome": "CONFIRMED", "method": "EMAIL", "supplierReference": "LEV-4711", "message": "Levereras tisdag",
                 "confirmedDelivery": "2099-02-03", "preparationDays": 2, "lines": [{"lineItemId": "%s"}]}""".formatted(order.tasting()));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode body = reply.body();
        assertThat(body.path("outcome").asText()).isEqualTo("CONFIRMED");
        assertThat(body.path("method").asText()).isEqualTo("EMAIL");
        assertThat(body.path("supplierReference").asText()).isEqualTo("LEV-4711");
        assertThat(body.path("confirmedDelivery").asText()).isEqualTo("2099-02-03");
        assertThat(body.path("preparationDays").asInt()).isEqualTo(2);
        assertThat(body.path("receivedBy").asText()).isEqualTo("ann");
        assertThat(body.path("lines").get(0).path("replacedBy").isNull()).isTrue();
        RunningApi.Reply read = api.call("GET", order.path()).token(viewer).send();
        assertThat(read.body().path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(read.body().path("confirmedDelivery").asText()).isEqualTo("2099-02-03");
        assertThat(reply.header("ETag")).isEqualTo(read.header("ETag")).isNotEqualTo(Optional.of(order.etag()));
        RunningApi.Reply listed = api.call("GET", order.confirmations()).token(viewer).send();
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.body().path("items")).hasSize(1);
        assertThat(listed.body().path("items").get(0)).isEqualTo(body);
    }

    @Test
    void a_confirmed_price_replaces_the_line_and_its_delivery_moves_to_the_replacement() {
        Placed order = placed();

        RunningApi.Reply reply = post(order, operator, "*", """
                {"outcome": "CONFIRMED", "method": "MANUAL",
                 "lines": [{"lineItemId": "%s", "quantity": 3, "unitPrice": "400.00"}]}""".formatted(order.tasting()));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String replacement = reply.body().path("lines").get(0).path("replacedBy").asText();
        assertThat(reply.body().path("lines").get(0).path("unitPrice").asText()).isEqualTo("400.00");
        JsonNode lines = api.call("GET", order.path()).token(viewer).send().body().path("lineItems");
        List<String> active = new ArrayList<>();
        for (JsonNode line : lines) {
            if (!line.path("status").asText().equals("CANCELLED")) {
                active.add(line.path("description").asText() + " " + line.path("amount").asText() + " modifies "
                        + line.path("modifies").asText(null));
            }
            if (line.path("id").asText().equals(replacement)) {
                assertThat(line.path("ref").asText()).isEqualTo("confirmed-" + order.tasting());
            }
        }
        assertThat(active).containsExactlyInAnyOrder("Wine tasting 1200.00 modifies null", "Delivery 250.00 modifies " + replacement);
    }

    @Test
    void a_refusal_rejects_the_order_and_a_refusal_without_a_reason_is_422() {
        Placed order = placed();

        JsonNode noReason = problem(post(order, operator, "*", "{\"outcome\": \"REFUSED\", \"method\": \"API\", \"refusalReason\": \" \"}"),
                422, "validation.failed");
        RunningApi.Reply refused = post(order, operator, "*", "{\"outcome\": \"REFUSED\", \"method\": \"API\", \"refusalReason\": \"Slut i lager\"}");

        assertThat(fields(noReason)).containsExactly("refusalReason");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(201);
        assertThat(refused.body().path("refusalReason").asText()).isEqualTo("Slut i lager");
        assertThat(api.call("GET", order.path()).token(viewer).send().body().path("status").asText()).isEqualTo("REJECTED");
    }

    @Test
    void unknown_lines_negative_prices_and_zero_quantities_are_422_each_at_its_field() {
        Placed order = placed();

        JsonNode invalid = problem(post(order, operator, "*", """
                {"outcome": "CONFIRMED", "method": "API", "preparationDays": 400,
                 "lines": [{"lineItemId": "0190f7a4-5c1e-7c3a-9f00-00000000dead"},
                           {"lineItemId": "%s", "quantity": 0, "unitPrice": "-1.00"}]}""".formatted(order.tasting())), 422, "validation.failed");

        assertThat(fields(invalid)).containsExactlyInAnyOrder("preparationDays", "lines[0].lineItemId", "lines[1].quantity",
                "lines[1].unitPrice");
        assertThat(api.call("GET", order.confirmations()).token(viewer).send().body().path("items")).isEmpty();
    }

    @Test
    void R1_R10_a_confirmed_delivery_date_outside_the_years_1_to_9999_is_422_date_out_of_range_not_500() {
        Placed order = placed();

        for (String farOff : List.of("+999999999-12-31", "-999999999-01-01", "0000-01-01", "+10000-01-01")) {
            JsonNode invalid = problem(post(order, operator, "*", """
                    {"outcome": "CONFIRMED", "method": "EMAIL", "confirmedDelivery": "%s"}""".formatted(farOff)), 422, "validation.failed");

            assertThat(invalid.path("errors")).as(farOff).isEqualTo(JsonNodeFactory.instance.arrayNode().add(JsonNodeFactory.instance
                    .objectNode().put("field", "confirmedDelivery").put("message", "confirmedDelivery (" + farOff
                            + ") must lie between 0001-01-01 and 9999-12-31 (R1) [date_out_of_range]")));
        }
        assertThat(api.call("GET", order.confirmations()).token(viewer).send().body().path("items")).isEmpty();
        RunningApi.Reply last = post(order, operator, "*", """
                {"outcome": "CONFIRMED", "method": "EMAIL", "confirmedDelivery": "9999-12-31"}""");
        assertThat(last.status()).as(last.toString()).isEqualTo(201);
        assertThat(last.body().path("confirmedDelivery").asText()).isEqualTo("9999-12-31");
        assertThat(api.call("GET", order.path()).token(viewer).send().body().path("confirmedDelivery").asText()).isEqualTo("9999-12-31");
    }

    @Test
    void an_order_answered_already_is_409() {
        Placed order = placed();
        assertThat(post(order, operator, "*", CONFIRMED).status()).isEqualTo(201);

        problem(post(order, operator, "*", CONFIRMED), 409, "order.transition_not_allowed");
        problem(post(order, operator, "*", "{\"outcome\": \"REFUSED\", \"method\": \"API\", \"refusalReason\": \"too late\"}"), 409,
                "order.transition_not_allowed");
        assertThat(api.call("GET", order.confirmations()).token(viewer).send().body().path("items")).hasSize(1);
    }

    @Test
    void an_order_held_by_a_blocking_entry_is_409_unless_an_admin_forces_it() {
        Placed order = placed();
        RunningApi.Reply held = api.call("POST", order.path() + "/history").token(inventory)
                .json("{\"code\": \"inventory:reservation_backordered\", \"severity\": \"BLOCKING\", \"payload\": {}}").send();
        assertThat(held.status()).as(held.toString()).isEqualTo(201);

        problem(post(order, operator, "*", CONFIRMED), 409, "order.blocked");
        problem(post(order, operator, "*", "{\"outcome\": \"CONFIRMED\", \"method\": \"API\", \"force\": true}"), 403, "access.forbidden");
        assertThat(post(order, admin, "*", "{\"outcome\": \"CONFIRMED\", \"method\": \"API\", \"force\": true}").status()).isEqualTo(201);
    }

    @Test
    void without_if_match_is_428_and_with_a_stale_one_412() {
        Placed order = placed();

        problem(post(order, operator, null, CONFIRMED), 428, "concurrency.if_match_required");
        problem(post(order, operator, "\"999\"", CONFIRMED), 412, "concurrency.stale_version");
        problem(post(order, operator, "W/\"1\"", CONFIRMED), 412, "concurrency.precondition_failed");
    }

    @Test
    void malformed_bodies_wrong_types_and_missing_fields_are_400() {
        Placed order = placed();

        problem(post(order, operator, "*", "{\"outcome\": "), 400, "request.malformed_json");
        JsonNode wrong = problem(post(order, operator, "*", "{\"outcome\": \"MAYBE\", \"method\": \"API\"}"), 400, "request.wrong_type");
        assertThat(fields(wrong)).containsExactly("outcome");
        JsonNode missing = problem(post(order, operator, "*", "{\"lines\": [{\"quantity\": 2}]}"), 400, "request.validation_failed");
        assertThat(fields(missing)).containsExactlyInAnyOrder("outcome", "method", "lines[0].lineItemId");
        JsonNode unknown = problem(post(order, operator, "*", "{\"outcome\": \"CONFIRMED\", \"method\": \"API\", \"price\": \"1\"}"), 400,
                "request.unknown_field");
        assertThat(fields(unknown)).containsExactly("price");
    }

    @Test
    void viewers_and_module_writers_may_not_confirm_and_viewers_may_list() {
        Placed order = placed();

        problem(post(order, viewer, "*", CONFIRMED), 403, "access.forbidden");
        problem(post(order, inventory, "*", CONFIRMED), 403, "access.forbidden");
        assertThat(api.call("GET", order.confirmations()).token(viewer).send().status()).isEqualTo(200);
    }

    @Test
    void another_tenants_or_an_unknown_order_is_404_and_a_token_is_needed() {
        Placed order = placed();

        problem(api.call("POST", order.inBakery()).token(bakeryAdmin).header("If-Match", "*").json(CONFIRMED).send(), 404, "order.not_found");
        problem(api.call("GET", order.inBakery()).token(bakeryAdmin).send(), 404, "order.not_found");
        problem(api.call("GET", BASE + "/orders/not-a-uuid/supplier-confirmations").token(viewer).send(), 404, "order.not_found");
        problem(api.call("GET", order.confirmations()).send(), 401, "auth.missing_token");
        problem(api.call("POST", order.confirmations()).header("If-Match", "*").json(CONFIRMED).send(), 401, "auth.missing_token");
    }
}
