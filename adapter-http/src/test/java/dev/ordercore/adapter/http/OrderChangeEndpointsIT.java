package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.ordercore.adapter.http.ErrorResponsesIT.fields;
import static dev.ordercore.adapter.http.ErrorResponsesIT.problem;
import static dev.ordercore.adapter.http.RunningApi.BASE;
import static dev.ordercore.adapter.http.RunningApi.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/** Deleting an order, moving a line and adjusting lines: each a versioned state change behind If-Match. */
class OrderChangeEndpointsIT {

    static RunningApi api;
    static String operator;
    static String viewer;
    static String bakeryAdmin;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        operator = TestTokens.user("ann", TENANT, "operator");
        viewer = TestTokens.user("vic", TENANT, "viewer");
        bakeryAdmin = TestTokens.user("olga", "bakery", "admin");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** A placed order: its path, its ETag and its first line's id. */
    record Placed(String path, String etag, String firstLine, JsonNode body) {
        String inBakery() {
            return path.replace("/tenants/" + TENANT + "/", "/tenants/bakery/");
        }
    }

    static Placed placed() {
        RunningApi.Reply reply = api.placeOrder(operator);
        return new Placed(BASE + "/orders/" + reply.body().path("id").asText(), reply.header("ETag").orElseThrow(),
                reply.body().path("lineItems").get(0).path("id").asText(), reply.body());
    }

    static String adjustment(String cancelLine) {
        return """
                {"add": [{"description": "Extra glasses", "quantity": 4, "unitPrice": "25.00", "on": "2026-02-01"}],
                 "cancel": ["%s"], "reason": "customer called"}""".formatted(cancelLine);
    }

    // DELETE /orders/{orderId}

    @Test
    void deleting_an_order_answers_it_with_deleted_at_and_it_stays_readable_by_id() {
        Placed order = placed();

        RunningApi.Reply deleted = api.call("DELETE", order.path() + "?reason=duplicate").token(operator).header("If-Match", order.etag()).send();

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(deleted.body().path("deletedAt").isTextual()).isTrue();
        assertThat(deleted.header("ETag")).contains("\"" + deleted.body().path("version").asLong() + "\"");
        RunningApi.Reply read = api.call("GET", order.path()).token(viewer).send();
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.body().path("deletedAt").asText()).isEqualTo(deleted.body().path("deletedAt").asText());
    }

    @Test
    void a_deleted_order_cannot_change_any_more() {
        Placed order = placed();
        String etag = api.call("DELETE", order.path()).token(operator).header("If-Match", order.etag()).send().header("ETag").orElseThrow();

        problem(api.call("PUT", order.path() + "/status").token(operator).header("If-Match", etag).json("{\"status\": \"CONFIRMED\"}").send(),
                409, "order.deleted");
    }

    @Test
    void deleting_without_if_match_is_428_and_with_a_stale_one_412() {
        Placed order = placed();

        problem(api.call("DELETE", order.path()).token(operator).send(), 428, "concurrency.if_match_required");
        problem(api.call("DELETE", order.path()).token(operator).header("If-Match", "\"999\"").send(), 412, "concurrency.stale_version");
    }

    @Test
    void deleting_with_an_unknown_parameter_is_400() {
        Placed order = placed();

        JsonNode problem = problem(api.call("DELETE", order.path() + "?reasn=typo").token(operator).header("If-Match", order.etag()).send(),
                400, "request.invalid_parameters");
        assertThat(fields(problem)).containsExactly("reasn");
    }

    @Test
    void deleting_needs_a_token_a_role_and_an_order_of_ones_own_tenant() {
        Placed order = placed();

        problem(api.call("DELETE", order.path()).header("If-Match", "*").send(), 401, "auth.missing_token");
        problem(api.call("DELETE", order.path()).token(viewer).header("If-Match", "*").send(), 403, "access.forbidden");
        problem(api.call("DELETE", order.inBakery()).token(bakeryAdmin).header("If-Match", "*").send(), 404, "order.not_found");
    }

    // PUT/PATCH /orders/{orderId}/line-items/{lineItemId}/status

    @Test
    void a_line_moves_along_its_lifecycle_and_answers_the_order_with_its_new_etag() {
        Placed order = placed();

        RunningApi.Reply reply = api.call("PUT", order.path() + "/line-items/" + order.firstLine() + "/status").token(operator)
                .header("If-Match", order.etag()).json("{\"status\": \"CONFIRMED\", \"reason\": \"in stock\"}").send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.body().path("lineItems").get(0).path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(reply.header("ETag")).contains("\"" + reply.body().path("version").asLong() + "\"");
        assertThat(reply.header("ETag")).isNotEqualTo(java.util.Optional.of(order.etag()));
    }

    @Test
    void patch_moves_a_line_too() {
        Placed order = placed();

        RunningApi.Reply reply = api.call("PATCH", order.path() + "/line-items/" + order.firstLine() + "/status").token(operator)
                .header("If-Match", "*").json("{\"status\": \"CANCELLED\", \"reason\": \"out of stock\"}").send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.body().path("lineItems").get(0).path("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void a_line_status_change_refuses_bad_bodies_with_400() {
        Placed order = placed();
        String path = order.path() + "/line-items/" + order.firstLine() + "/status";

        problem(api.call("PUT", path).token(operator).header("If-Match", "*").json("{\"status\": ").send(), 400, "request.malformed_json");
        JsonNode wrong = problem(api.call("PUT", path).token(operator).header("If-Match", "*").json("{\"status\": 3}").send(), 400,
                "request.wrong_type");
        assertThat(fields(wrong)).containsExactly("status");
        JsonNode missing = problem(api.call("PUT", path).token(operator).header("If-Match", "*").json("{\"reason\": \"why\"}").send(), 400,
                "request.validation_failed");
        assertThat(fields(missing)).containsExactly("status");
    }

    @Test
    void a_line_status_change_without_if_match_is_428_and_with_a_stale_one_412() {
        Placed order = placed();
        String path = order.path() + "/line-items/" + order.firstLine() + "/status";

        problem(api.call("PUT", path).token(operator).json("{\"status\": \"CONFIRMED\"}").send(), 428, "concurrency.if_match_required");
        problem(api.call("PUT", path).token(operator).header("If-Match", "\"999\"").json("{\"status\": \"CONFIRMED\"}").send(), 412,
                "concurrency.stale_version");
    }

    @Test
    void a_line_transition_outside_its_lifecycle_is_409() {
        Placed order = placed();

        problem(api.call("PUT", order.path() + "/line-items/" + order.firstLine() + "/status").token(operator).header("If-Match", "*")
                .json("{\"status\": \"DELIVERED\"}").send(), 409, "order.transition_not_allowed");
    }

    @Test
    void an_unknown_or_impossible_line_id_is_404() {
        Placed order = placed();

        problem(api.call("PUT", order.path() + "/line-items/0190f7a4-5c1e-7c3a-9f00-00000000dead/status").token(operator)
                .header("If-Match", "*").json("{\"status\": \"CONFIRMED\"}").send(), 404, "line_item.not_found");
        problem(api.call("PUT", order.path() + "/line-items/line-1/status").token(operator)
                .header("If-Match", "*").json("{\"status\": \"CONFIRMED\"}").send(), 404, "line_item.not_found");
    }

    @Test
    void a_line_status_change_needs_a_token_and_an_order_of_ones_own_tenant() {
        Placed order = placed();
        String line = "/line-items/" + order.firstLine() + "/status";

        problem(api.call("PUT", order.path() + line).header("If-Match", "*").json("{\"status\": \"CONFIRMED\"}").send(), 401,
                "auth.missing_token");
        problem(api.call("PUT", order.inBakery() + line).token(bakeryAdmin).header("If-Match", "*").json("{\"status\": \"CONFIRMED\"}")
                .send(), 404, "order.not_found");
    }

    // POST /orders/{orderId}/adjustments

    @Test
    void an_adjustment_adds_and_cancels_lines_and_answers_the_order_with_its_new_etag() {
        Placed order = placed();

        RunningApi.Reply reply = api.call("POST", order.path() + "/adjustments").token(operator).header("If-Match", order.etag())
                .json(adjustment(order.firstLine())).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode lines = reply.body().path("lineItems");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).path("status").asText()).isEqualTo("CANCELLED");
        assertThat(lines.get(2).path("description").asText()).isEqualTo("Extra glasses");
        assertThat(lines.get(2).path("amount").asText()).isEqualTo("100.00");
        assertThat(reply.header("ETag")).contains("\"" + reply.body().path("version").asLong() + "\"");
    }

    @Test
    void an_added_line_modifies_an_existing_line_by_its_id() {
        Placed order = placed();
        String body = """
                {"add": [{"description": "Gift wrap", "quantity": 1, "unitPrice": "30.00", "on": "2026-02-01",
                          "modifiesLineItemId": "%s"}], "reason": "customer asked"}""".formatted(order.firstLine());

        RunningApi.Reply reply = api.call("POST", order.path() + "/adjustments").token(operator).header("If-Match", "*").json(body).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.body().path("lineItems").get(2).path("modifies").asText()).isEqualTo(order.firstLine());
    }

    @Test
    void an_adjustment_refuses_bad_bodies_with_400() {
        Placed order = placed();
        String path = order.path() + "/adjustments";

        problem(api.call("POST", path).token(operator).header("If-Match", "*").json("{\"add\": [").send(), 400, "request.malformed_json");
        JsonNode wrong = problem(api.call("POST", path).token(operator).header("If-Match", "*")
                .json(adjustment(order.firstLine()).replace("\"quantity\": 4", "\"quantity\": \"4\"")).send(), 400, "request.wrong_type");
        assertThat(fields(wrong)).containsExactly("add[0].quantity");
        JsonNode notAnId = problem(api.call("POST", path).token(operator).header("If-Match", "*").json(adjustment("line-1")).send(), 400,
                "request.wrong_type");
        assertThat(fields(notAnId)).containsExactly("cancel[0]");
        JsonNode missing = problem(api.call("POST", path).token(operator).header("If-Match", "*")
                .json("{\"add\": [{\"description\": \"x\", \"unitPrice\": \"1.00\"}]}").send(), 400, "request.validation_failed");
        assertThat(fields(missing)).containsExactly("add[0].quantity", "reason");
        problem(api.call("POST", path).token(operator).header("If-Match", "*").json("{\"reason\": \"x\", \"reprice\": []}").send(), 400,
                "request.unknown_field");
    }

    @Test
    void what_the_order_model_refuses_in_an_adjustment_is_422() {
        Placed order = placed();

        JsonNode problem = problem(api.call("POST", order.path() + "/adjustments").token(operator).header("If-Match", "*")
                .json("{\"cancel\": [\"0190f7a4-5c1e-7c3a-9f00-00000000dead\"], \"reason\": \" \"}").send(), 422, "validation.failed");
        assertThat(fields(problem)).contains("cancel[0]", "reason");
    }

    @Test
    void an_adjustment_without_if_match_is_428_and_with_a_stale_one_412() {
        Placed order = placed();
        String path = order.path() + "/adjustments";

        problem(api.call("POST", path).token(operator).json(adjustment(order.firstLine())).send(), 428, "concurrency.if_match_required");
        problem(api.call("POST", path).token(operator).header("If-Match", "\"999\"").json(adjustment(order.firstLine())).send(), 412,
                "concurrency.stale_version");
    }

    @Test
    void an_adjustment_needs_a_token_a_role_and_an_order_of_ones_own_tenant() {
        Placed order = placed();

        problem(api.call("POST", order.path() + "/adjustments").header("If-Match", "*").json(adjustment(order.firstLine())).send(), 401,
                "auth.missing_token");
        problem(api.call("POST", order.path() + "/adjustments").token(viewer).header("If-Match", "*").json(adjustment(order.firstLine()))
                .send(), 403, "access.forbidden");
        problem(api.call("POST", order.inBakery() + "/adjustments").token(bakeryAdmin).header("If-Match", "*")
                .json(adjustment(order.firstLine())).send(), 404, "order.not_found");
    }
}
