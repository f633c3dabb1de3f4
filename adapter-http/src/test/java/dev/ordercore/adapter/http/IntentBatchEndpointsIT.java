package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static dev.ordercore.adapter.http.ErrorResponsesIT.fields;
import static dev.ordercore.adapter.http.ErrorResponsesIT.problem;
import static dev.ordercore.adapter.http.RunningApi.BASE;
import static dev.ordercore.adapter.http.RunningApi.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /intents:batch} (docs/intents-batch.md): one result per intent in request order, each
 * with the status {@code POST /intents} would have answered (R21, R22, R25), its limits and errors,
 * its own body limit, and its route beside {@code /intents/{sourceSystem}/{intentId}}.
 */
class IntentBatchEndpointsIT {

    static RunningApi api;
    static String operator;
    static String viewer;
    static int next;

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

    static synchronized String fresh() {
        return IntentEndpointsIT.INTENT.formatted("batch-" + ++next);
    }

    static String batch(List<String> intents) {
        return "{\"intents\": [" + String.join(",", intents) + "]}";
    }

    static RunningApi.Reply submitBatch(RunningApi on, String body) {
        return on.call("POST", BASE + "/intents:batch").token(operator).json(body).send();
    }

    static RunningApi.Reply submitBatch(String body) {
        return submitBatch(api, body);
    }

    @Test
    void R22_R25_each_result_is_what_post_intents_would_have_answered_in_request_order() {
        String stored = fresh();
        assertThat(api.call("POST", BASE + "/intents").token(operator).json(stored).send().status()).isEqualTo(201);
        String fresh = fresh();
        String conflicting = fresh.replace("\"quantity\": 12", "\"quantity\": 13");
        String rejected = fresh().replace("\"currency\": \"SEK\"", "\"currency\": 752");
        String unidentified = fresh().replaceFirst("\"intentId\": \"shop-batch-\\d+\", ", "");

        RunningApi.Reply reply = submitBatch(batch(List.of(fresh, stored, fresh, conflicting, rejected, unidentified, "[1, 2]",
                stored.replace("\"quantity\": 12", "\"quantity\": 1"))));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode results = reply.body().path("results");
        assertThat(results).hasSize(8);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            assertThat(results.get(i).path("index").asInt()).isEqualTo(i);
            statuses.add(results.get(i).path("status").asInt());
        }
        assertThat(statuses).containsExactly(201, 200, 200, 409, 422, 422, 422, 409);
        JsonNode placed = results.get(0).path("intent");
        assertThat(placed.path("outcome").asText()).isEqualTo("ACCEPTED");
        assertThat(placed.path("repeated").asBoolean()).isFalse();
        assertThat(results.get(2).path("intent").path("orderId").asText()).as("the same intent later in the batch: the first outcome")
                .isEqualTo(placed.path("orderId").asText());
        assertThat(results.get(2).path("intent").path("repeated").asBoolean()).isTrue();
        assertThat(results.get(0).has("problem")).isFalse();
        assertThat(results.get(3).path("problem").path("code").asText()).isEqualTo("intent.payload_conflict");
        assertThat(results.get(4).path("problem").path("code").asText()).isEqualTo("intent.rejected");
        assertThat(results.get(4).path("intent").path("outcome").asText()).isEqualTo("REJECTED");
        assertThat(fields(results.get(4).path("problem"))).contains("currency");
        assertThat(results.get(5).path("problem").path("code").asText()).isEqualTo("intent.refused");
        assertThat(results.get(6).path("problem").path("code").asText()).isEqualTo("intent.refused");
        assertThat(results.get(7).path("problem").path("code").asText()).isEqualTo("intent.payload_conflict");

        String id = placed.path("intentId").asText();
        RunningApi.Reply read = api.call("GET", BASE + "/intents/channel.shopify/" + id).token(viewer).send();
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.body().path("orderId").asText()).isEqualTo(placed.path("orderId").asText());
        RunningApi.Reply single = api.call("POST", BASE + "/intents").token(operator).json(fresh).send();
        assertThat(single.status()).as("the batch's intent sent alone afterwards").isEqualTo(200);
    }

    @Test
    void an_element_the_domain_cannot_hold_is_400_on_its_own_and_the_others_go_through() {
        String ok = fresh();
        RunningApi.Reply reply = submitBatch(batch(List.of(fresh().replace("\"quantity\": 12", "\"quantity\": 1e999999999"), ok)));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode results = reply.body().path("results");
        assertThat(results.get(0).path("status").asInt()).isEqualTo(400);
        assertThat(results.get(0).path("problem").path("code").asText()).isEqualTo("request.unrepresentable_json");
        assertThat(results.get(1).path("status").asInt()).isEqualTo(201);
    }

    @Test
    void text_that_is_not_well_formed_unicode_makes_the_whole_body_400_naming_the_element() {
        JsonNode problem = problem(submitBatch(batch(List.of(fresh(), fresh().replace("#1001", "\\udc00")))), 400,
                "request.unrepresentable_json");
        assertThat(fields(problem)).containsExactly("intents[1].externalOrderId");
    }

    @Test
    void the_literal_colon_route_is_its_own_and_leaves_reading_an_intent_alone() {
        problem(api.call("GET", BASE + "/intents:batch").token(viewer).send(), 405, "route.method_not_allowed");
        problem(api.call("GET", BASE + "/intents/channel.shopify/no-such").token(viewer).send(), 404, "intent.not_found");
        problem(api.call("POST", BASE + "/intents:batchX").token(operator).json(batch(List.of(fresh()))).send(), 404, "route.not_found");
        assertThat(submitBatch(batch(List.of(fresh()))).status()).isEqualTo(200);
    }

    @Test
    void a_body_that_is_not_a_batch_of_1_to_1000_intents_is_400_with_a_clear_code() {
        problem(submitBatch("{\"intents\": []}"), 400, "request.batch_empty");
        problem(submitBatch(batch(Collections.nCopies(1001, "{}"))), 400, "request.batch_too_large");
        problem(submitBatch("{\"intents\": {}}"), 400, "request.batch_not_an_array");
        problem(submitBatch("{}"), 400, "request.batch_not_an_array");
        JsonNode unknown = problem(submitBatch("{\"intents\": [], \"dryRun\": true}"), 400, "request.unknown_field");
        assertThat(fields(unknown)).containsExactly("dryRun");
        problem(submitBatch("[" + fresh() + "]"), 400, "request.wrong_type");
        problem(submitBatch("{\"intents\": ["), 400, "request.malformed_json");
        problem(submitBatch(""), 400, "request.malformed_json");
    }

    @Test
    void a_thousand_intents_are_taken_in_one_request() {
        List<String> intents = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            intents.add(fresh());
        }
        RunningApi.Reply reply = api.call("POST", BASE + "/intents:batch").token(operator).json(batch(intents))
                .timeout(java.time.Duration.ofMinutes(2)).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.body().path("results")).hasSize(1000).allMatch(r -> r.path("status").asInt() == 201);
    }

    @Test
    void the_batch_has_its_own_body_limit_beside_the_global_one() {
        try (RunningApi small = RunningApi.start(HttpSettings.defaults().withMaxBodyBytes(16 * 1024).withMaxBatchBodyBytes(64 * 1024))) {
            List<String> intents = new ArrayList<>();
            while (batch(intents).length() < 32 * 1024) {
                intents.add(fresh());
            }
            assertThat(batch(intents).length()).as("over the global limit, under the batch limit").isBetween(16 * 1024, 64 * 1024);
            RunningApi.Reply taken = submitBatch(small, batch(intents));
            assertThat(taken.status()).as(taken.toString()).isEqualTo(200);

            problem(small.call("POST", BASE + "/intents").token(operator)
                    .json(fresh().replace("#1001", "#" + "1".repeat(20 * 1024))).send(), 413, "request.body_too_large");
            while (batch(intents).length() <= 64 * 1024) {
                intents.add(fresh());
            }
            problem(submitBatch(small, batch(intents)), 413, "request.body_too_large");
        }
    }

    @Test
    void submitting_a_batch_needs_a_token_a_role_and_ones_own_tenant() {
        String body = batch(List.of(fresh()));
        problem(api.call("POST", BASE + "/intents:batch").json(body).send(), 401, "auth.missing_token");
        problem(api.call("POST", BASE + "/intents:batch").token(viewer).json(body).send(), 403, "access.forbidden");
        RunningApi.Reply foreign = api.call("POST", "/api/v1/tenants/bakery/intents:batch").token(operator).json(body).send();
        RunningApi.Reply foreignSingle = api.call("POST", "/api/v1/tenants/bakery/intents").token(operator).json(fresh()).send();
        assertThat(foreign.status()).as("another tenant's path: as POST /intents answers").isEqualTo(foreignSingle.status()).isIn(403, 404);
        RunningApi.Reply writer = api.call("POST", BASE + "/intents:batch").token(TestTokens.writer("shop", TENANT, "shopify")).json(body).send();
        assertThat(writer.status()).as("module writers submit intents").isEqualTo(200);
    }
}
