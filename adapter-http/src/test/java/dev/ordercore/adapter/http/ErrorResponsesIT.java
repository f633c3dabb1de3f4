package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.ordercore.adapter.http.OrderEndpointsIT.ORDER;
import static dev.ordercore.adapter.http.RunningApi.BASE;
import static dev.ordercore.adapter.http.RunningApi.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/** Every error leaves as application/problem+json with its status and a stable code. */
class ErrorResponsesIT {

    static final int LIMIT = 64 * 1024;

    static RunningApi api;
    static String operator;

    @BeforeAll
    static void start() {
        api = RunningApi.start(HttpSettings.defaults().withMaxBodyBytes(LIMIT));
        operator = TestTokens.user("ann", TENANT, "operator");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static JsonNode problem(RunningApi.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode body = reply.body();
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("code").asText()).isEqualTo(code);
        assertThat(body.path("type").asText()).isEqualTo(Problem.TYPE_BASE + code);
        assertThat(body.path("title").asText()).isNotBlank();
        assertThat(body.path("detail").asText()).isNotBlank();
        return body;
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    static RunningApi.Reply post(String body) {
        return api.call("POST", BASE + "/orders").token(operator).json(body).send();
    }

    @Test
    void malformed_json_is_400() {
        problem(post("{\"currency\": \"SEK\", "), 400, "request.malformed_json");
        problem(post(""), 400, "request.malformed_json");
        problem(post("null"), 400, "request.malformed_json");
        problem(post("{} {}"), 400, "request.malformed_json");
    }

    @Test
    void a_number_whose_exponent_is_out_of_range_is_400_not_500() {
        problem(post(ORDER.replace("\"quantity\": 2", "\"quantity\": 1e-2147483648")), 400, "request.unrepresentable_json");
        problem(api.call("POST", BASE + "/orders").token(operator).header("Idempotency-Key", "\"exp-1\"")
                .json("{\"expectedTotal\": 2e-2147483648}").send(), 400, "request.unrepresentable_json");
    }

    @Test
    void a_lone_surrogate_in_any_string_or_member_name_is_400_naming_its_path_not_500() {
        // found by RandomRequestsIT: "\ud800" is valid JSON, but no UTF-8 store or canonical hash can carry it
        JsonNode inNotes = problem(post("{\"internalNotes\": \"\\ud800\", " + ORDER.substring(ORDER.indexOf('{') + 1)), 400,
                "request.unrepresentable_json");
        assertThat(fields(inNotes)).containsExactly("internalNotes");
        RunningApi.Reply inKey = post("{\"a\": [{\"b\\udc00\": 1}]}"); // Jackson's parser already refuses it in a member name
        assertThat(inKey.status()).isEqualTo(400);
        assertThat(inKey.contentType()).startsWith("application/problem+json");
        assertThat(post("{\"internalNotes\": \"\\ud83d\\ude00 is fine\", " + ORDER.substring(ORDER.indexOf('{') + 1)).status())
                .as("a surrogate pair is fine").isEqualTo(201);
    }

    @Test
    void a_path_jetty_refuses_before_routing_is_a_400_problem_too() {
        problem(api.call("POST", BASE.replace(TENANT, "%00") + "/orders").token(operator).json(ORDER).send(), 400, "http.bad_request");
    }

    @Test
    void a_wrong_type_is_400_naming_the_json_path() {
        JsonNode quantity = problem(post(ORDER.replace("\"quantity\": 2", "\"quantity\": \"two\"")), 400, "request.wrong_type");
        assertThat(fields(quantity)).containsExactly("lineItems[0].quantity");

        JsonNode text = problem(post(ORDER.replace("\"quantity\": 2", "\"quantity\": \"2\"")), 400, "request.wrong_type");
        assertThat(fields(text)).as("no silent string-to-number coercion").containsExactly("lineItems[0].quantity");

        JsonNode date = problem(post(ORDER.replace("\"on\": \"2026-02-01\"", "\"on\": \"first of February\"")), 400,
                "request.wrong_type");
        assertThat(fields(date)).containsExactly("lineItems[0].on");

        JsonNode direction = problem(post(ORDER.replace("OUTBOUND", "SIDEWAYS")), 400, "request.wrong_type");
        assertThat(fields(direction)).containsExactly("lineItems[1].deliveries[0].direction");

        problem(post("[1, 2, 3]"), 400, "request.wrong_type");
    }

    @Test
    void missing_fields_are_400_listing_every_one() {
        String noCurrencyNoQuantities = ORDER.replace("\"currency\": \"SEK\", ", "")
                .replace("\"quantity\": 2, ", "").replace("\"quantity\": 1, ", "");

        JsonNode problem = problem(post(noCurrencyNoQuantities), 400, "request.validation_failed");

        assertThat(fields(problem)).containsExactly("currency", "lineItems[0].quantity", "lineItems[1].quantity");
    }

    @Test
    void nested_missing_fields_and_null_lines_are_reported_at_their_json_paths() {
        String body = ORDER.replace("\"date\": \"2026-02-01\",", "").replace("\"city\": \"Stockholm\", ", "")
                .replace("\"lineItems\": [", "\"lineItems\": [null, ");

        JsonNode problem = problem(post(body), 400, "request.validation_failed");

        assertThat(fields(problem)).containsExactly("lineItems[0]", "lineItems[2].deliveries[0].date",
                "lineItems[2].deliveries[0].to.city");
    }

    @Test
    void an_unknown_field_is_400_not_silently_dropped() {
        JsonNode problem = problem(post(ORDER.replace("\"notes\":", "\"notez\":")), 400, "request.unknown_field");

        assertThat(fields(problem)).containsExactly("notez");
    }

    @Test
    void what_the_order_model_refuses_is_422_with_every_violation() {
        String twoBadLines = ORDER.replace("\"quantity\": 2", "\"quantity\": 0").replace("\"modifies\": \"tasting\"", "\"modifies\": \"nothing\"");

        JsonNode problem = problem(post(twoBadLines), 422, "validation.failed");

        assertThat(fields(problem)).hasSizeGreaterThanOrEqualTo(2).anyMatch(f -> f.startsWith("lineItems[0]"))
                .anyMatch(f -> f.startsWith("lineItems[1]"));
    }

    @Test
    void an_address_the_domain_cannot_hold_is_400_at_its_path() {
        JsonNode problem = problem(post(ORDER.replace("\"countryCode\": \"SE\"", "\"countryCode\": \"XX\"")), 400,
                "request.validation_failed");

        assertThat(fields(problem)).containsExactly("lineItems[1].deliveries[0].to.countryCode");
    }

    @Test
    void a_body_over_the_limit_is_413() {
        byte[] big = new byte[LIMIT + 1];
        Arrays.fill(big, (byte) ' ');

        problem(api.call("POST", BASE + "/orders").token(operator).bytes(big).send(), 413, "request.body_too_large");
    }

    @Test
    void a_chunked_body_over_the_limit_is_413_too() {
        byte[] big = new byte[LIMIT * 2];
        Arrays.fill(big, (byte) ' ');

        problem(api.call("POST", BASE + "/orders").token(operator).chunked(big).send(), 413, "request.body_too_large");
    }

    @Test
    void a_body_at_the_limit_is_read() {
        byte[] body = Arrays.copyOf(ORDER.getBytes(java.nio.charset.StandardCharsets.UTF_8), LIMIT);
        Arrays.fill(body, ORDER.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, LIMIT, (byte) ' ');

        assertThat(api.call("POST", BASE + "/orders").token(operator).bytes(body).send().status()).isEqualTo(201);
    }

    @Test
    void a_known_path_with_another_method_is_a_405_problem() {
        problem(api.call("DELETE", BASE + "/orders").token(operator).send(), 405, "route.method_not_allowed");
    }

    @Test
    void an_unexpected_failure_is_a_500_problem_without_its_message_or_stack_trace() {
        TokenVerifier broken = token -> {
            throw new IllegalStateException("secret internals: connection to 10.0.0.7 refused");
        };
        try (RunningApi failing = RunningApi.start(broken)) {
            RunningApi.Reply reply = failing.call("GET", BASE + "/orders").token("anything").send();

            problem(reply, 500, "server.internal_error");
            assertThat(reply.response().body()).doesNotContain("secret internals", "IllegalStateException", "at dev.ordercore");
        }
    }

    @Test
    void the_default_body_limit_is_one_mebibyte() {
        assertThat(HttpSettings.defaults().maxBodyBytes()).isEqualTo(1024 * 1024);
    }

    @Test
    void an_unknown_route_is_a_404_problem() {
        problem(api.call("GET", BASE + "/no-such-thing").token(operator).send(), 404, "route.not_found");
        problem(api.call("GET", "/nowhere").send(), 404, "route.not_found");
    }

    @Test
    void an_unknown_or_impossible_order_id_is_404() {
        problem(api.call("GET", BASE + "/orders/0190f7a4-5c1e-7c3a-9f00-00000000dead").token(operator).send(), 404,
                "order.not_found");
        problem(api.call("GET", BASE + "/orders/not-a-uuid").token(operator).send(), 404, "order.not_found");
    }

    @Test
    void bad_list_parameters_are_400_listing_every_one() {
        JsonNode problem = problem(api.call("GET", BASE + "/orders?limit=many&blocked=maybe&createdFrom=yesterday&stauts=PAID")
                .token(operator).send(), 400, "request.invalid_parameters");

        assertThat(fields(problem)).containsExactlyInAnyOrder("limit", "blocked", "createdFrom", "stauts");
    }

    @Test
    void a_limit_out_of_range_or_a_foreign_cursor_is_refused_by_the_use_case_with_422() {
        JsonNode limit = problem(api.call("GET", BASE + "/orders?limit=0").token(operator).send(), 422, "validation.failed");
        assertThat(fields(limit)).containsExactly("limit");

        JsonNode cursor = problem(api.call("GET", BASE + "/orders?cursor=bm9wZQ").token(operator).send(), 422, "validation.failed");
        assertThat(fields(cursor)).containsExactly("cursor");
    }

    @Test
    void a_status_change_without_if_match_is_428_and_with_a_stale_one_412() {
        RunningApi.Reply placed = post(ORDER);
        String path = BASE + "/orders/" + placed.body().path("id").asText() + "/status";
        String confirm = "{\"status\": \"CONFIRMED\"}";

        problem(api.call("PUT", path).token(operator).json(confirm).send(), 428, "concurrency.if_match_required");
        problem(api.call("PUT", path).token(operator).header("If-Match", "\"999\"").json(confirm).send(), 412,
                "concurrency.stale_version");
        problem(api.call("PUT", path).token(operator).header("If-Match", "W/\"1\"").json(confirm).send(), 412,
                "concurrency.precondition_failed");
    }

    @Test
    void a_transition_outside_the_lifecycle_is_409() {
        RunningApi.Reply placed = post(ORDER);
        String path = BASE + "/orders/" + placed.body().path("id").asText() + "/status";

        problem(api.call("PUT", path).token(operator).header("If-Match", placed.header("ETag").orElseThrow())
                .json("{\"status\": \"SHIPPED\"}").send(), 409, "order.transition_not_allowed");
    }

    @Test
    void a_status_change_without_a_status_is_400() {
        RunningApi.Reply placed = post(ORDER);
        String path = BASE + "/orders/" + placed.body().path("id").asText() + "/status";

        JsonNode problem = problem(api.call("PUT", path).token(operator).header("If-Match", "*").json("{\"force\": true}").send(),
                400, "request.validation_failed");
        assertThat(fields(problem)).containsExactly("status");
    }
}
