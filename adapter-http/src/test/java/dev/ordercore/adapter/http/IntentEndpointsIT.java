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

/** Order intents (seed 004): accepted, the same again, a conflicting payload, rejected and refused. */
class IntentEndpointsIT {

    static final String INTENT = """
            {"intentId": "shop-%s", "sourceSystem": "channel.shopify", "contractVersion": 1,
             "externalOrderId": "#1001", "customerRef": "0190f7a4-5c1e-7c3a-9f00-000000000001", "currency": "SEK",
             "lineItems": [{"description": "Chablis 2022", "quantity": 12, "unitPrice": "150.00", "on": "2026-02-01"}],
             "submittedAt": "2026-01-14T10:00:00Z"}""";

    static RunningApi api;
    static String operator;
    static String viewer;
    static String bakeryAdmin;
    static int next;

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

    static synchronized String fresh() {
        return INTENT.formatted(++next);
    }

    static RunningApi.Reply submit(String body) {
        return api.call("POST", BASE + "/intents").token(operator).json(body).send();
    }

    @Test
    void an_accepted_intent_is_201_with_its_order_and_hash() {
        RunningApi.Reply reply = submit(fresh());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode intent = reply.body();
        assertThat(intent.path("outcome").asText()).isEqualTo("ACCEPTED");
        assertThat(intent.path("sourceSystem").asText()).isEqualTo("channel.shopify");
        assertThat(intent.path("payloadHash").asText()).matches("[0-9a-f]{64}");
        assertThat(intent.path("repeated").asBoolean()).isFalse();
        RunningApi.Reply order = api.call("GET", BASE + "/orders/" + intent.path("orderId").asText()).token(viewer).send();
        assertThat(order.status()).as(order.toString()).isEqualTo(200);
        assertThat(order.body().path("number").asText()).isEqualTo(intent.path("orderNumber").asText());
    }

    @Test
    void the_same_intent_again_is_200_with_the_first_outcome_whatever_its_spacing_and_key_order() {
        String body = fresh();
        JsonNode first = submit(body).body();
        String reordered = body.replace("\"currency\": \"SEK\",", "").replace("\"contractVersion\": 1,", "\"contractVersion\": 1.0, \"currency\":\"SEK\",");

        RunningApi.Reply again = submit(reordered);

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.body().path("repeated").asBoolean()).isTrue();
        assertThat(again.body().path("orderId").asText()).isEqualTo(first.path("orderId").asText());
        assertThat(again.body().path("payloadHash").asText()).isEqualTo(first.path("payloadHash").asText());
    }

    @Test
    void the_same_intent_with_another_payload_is_409() {
        String body = fresh();
        submit(body);

        problem(submit(body.replace("\"quantity\": 12", "\"quantity\": 13")), 409, "intent.payload_conflict");
    }

    @Test
    void an_intent_the_contract_rejects_is_stored_and_answered_422_with_every_reason() {
        String body = fresh().replace("\"quantity\": 12", "\"quantity\": \"twelve\"").replace("\"currency\": \"SEK\"", "\"currency\": 752");

        RunningApi.Reply reply = submit(body);

        JsonNode problem = problem(reply, 422, "intent.rejected");
        assertThat(fields(problem)).contains("currency", "lineItems[0].quantity");
        assertThat(problem.path("intent").path("outcome").asText()).isEqualTo("REJECTED");
        RunningApi.Reply stored = api.call("GET", reply.header("Location").orElseThrow()).token(viewer).send();
        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        assertThat(stored.body().path("outcome").asText()).isEqualTo("REJECTED");
        problem(submit(body), 422, "intent.rejected");
    }

    @Test
    void an_intent_without_its_identity_is_refused_with_422_and_not_stored() {
        JsonNode problem = problem(submit(fresh().replaceFirst("\"intentId\": \"shop-\\d+\", ", "")), 422, "intent.refused");

        assertThat(fields(problem)).contains("intentId");
        problem(submit("[1, 2]"), 422, "intent.refused");
    }

    @Test
    void an_intent_that_is_not_one_json_document_is_400() {
        problem(submit("{\"intentId\": "), 400, "request.malformed_json");
        problem(submit(""), 400, "request.malformed_json");
        problem(submit("{\"a\": 1, \"a\": 2}"), 400, "request.malformed_json");
        JsonNode surrogate = problem(submit(fresh().replace("#1001", "\\udc00")), 400, "request.unrepresentable_json");
        assertThat(fields(surrogate)).containsExactly("externalOrderId");
    }

    @Test
    void payload_numbers_are_stored_with_every_digit_they_were_sent_with() {
        RunningApi.Reply reply = submit(fresh().replace("\"unitPrice\": \"150.00\"", "\"unitPrice\": 150.000000000000000001"));
        assertThat(reply.status()).as(reply.toString()).isIn(201, 422);

        RunningApi.Reply read = api.call("GET", reply.header("Location").orElseThrow()).token(viewer).send();

        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.response().body()).contains("150.000000000000000001");
    }

    @Test
    void an_intent_reads_back_with_its_payload_and_outcome() {
        String body = fresh();
        JsonNode submitted = submit(body).body();

        RunningApi.Reply read = api.call("GET", BASE + "/intents/channel.shopify/" + submitted.path("intentId").asText()).token(viewer).send();

        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.body().path("outcome").asText()).isEqualTo("ACCEPTED");
        assertThat(read.body().path("orderId").asText()).isEqualTo(submitted.path("orderId").asText());
        assertThat(read.body().path("payload").path("externalOrderId").asText()).isEqualTo("#1001");
        assertThat(read.body().has("repeated")).isFalse();
    }

    @Test
    void submitting_needs_a_token_and_a_role() {
        problem(api.call("POST", BASE + "/intents").json(fresh()).send(), 401, "auth.missing_token");
        problem(api.call("POST", BASE + "/intents").token(viewer).json(fresh()).send(), 403, "access.forbidden");
        assertThat(api.call("POST", BASE + "/intents").token(TestTokens.writer("shop", TENANT, "shopify")).json(fresh()).send().status())
                .as("module writers submit intents").isEqualTo(201);
    }

    @Test
    void reading_an_intent_needs_a_token_and_finds_only_ones_own_tenants() {
        String id = submit(fresh()).body().path("intentId").asText();

        problem(api.call("GET", BASE + "/intents/channel.shopify/" + id).send(), 401, "auth.missing_token");
        problem(api.call("GET", "/api/v1/tenants/bakery/intents/channel.shopify/" + id).token(bakeryAdmin).send(), 404, "intent.not_found");
        problem(api.call("GET", BASE + "/intents/channel.shopify/no-such-intent").token(viewer).send(), 404, "intent.not_found");
        problem(api.call("GET", BASE + "/intents/Not%20A%20Source/x").token(viewer).send(), 404, "intent.not_found");
    }
}
