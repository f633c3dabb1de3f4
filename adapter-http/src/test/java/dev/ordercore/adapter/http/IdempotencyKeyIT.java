package dev.ordercore.adapter.http;

import dev.ordercore.domain.shared.TenantId;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static dev.ordercore.adapter.http.OrderEndpointsIT.ORDER;
import static dev.ordercore.adapter.http.RunningApi.BASE;
import static dev.ordercore.adapter.http.RunningApi.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code Idempotency-Key} on {@code POST /orders}, as draft-ietf-httpapi-idempotency-key-header describes it. */
class IdempotencyKeyIT {

    static final InMemoryIdempotencyStore KEYS = InMemoryIdempotencyStore.defaults();
    static RunningApi api;
    static String ann;
    static String bob;

    @BeforeAll
    static void start() {
        api = RunningApi.start(new HttpServices(KEYS, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)));
        ann = TestTokens.user("ann", TENANT, "operator");
        bob = TestTokens.user("bob", TENANT, "operator");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static RunningApi.Reply place(String token, String key, String body) {
        RunningApi.Call call = api.call("POST", BASE + "/orders").token(token).json(body);
        return key == null ? call.send() : call.header("Idempotency-Key", key).send();
    }

    static String newKey() {
        return "\"" + UUID.randomUUID() + "\"";
    }

    @Test
    void the_same_key_and_body_answer_the_first_response_again_without_a_second_order() {
        String key = newKey();
        RunningApi.Reply first = place(ann, key, ORDER);
        RunningApi.Reply again = place(ann, key, ORDER);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.response().body()).isEqualTo(first.response().body());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again.contentType()).startsWith("application/json");
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(first.header("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void member_order_and_whitespace_do_not_make_another_request() {
        String key = newKey();
        String reordered = "{\"lineItems\":[{\"on\":\"2026-02-01\",\"unitPrice\":\"10.00\",\"quantity\":1,\"description\":\"Glass\"}],"
                + "\"customerId\":\"0190f7a4-5c1e-7c3a-9f00-000000000001\",\"currency\":\"SEK\"}";
        String original = "{ \"currency\": \"SEK\", \"customerId\": \"0190f7a4-5c1e-7c3a-9f00-000000000001\",\n \"lineItems\": [ {\"description\": \"Glass\", \"quantity\": 1, "
                + "\"unitPrice\": \"10.00\", \"on\": \"2026-02-01\"} ] }";

        RunningApi.Reply first = place(ann, key, original);
        RunningApi.Reply again = place(ann, key, reordered);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.body().path("id")).isEqualTo(first.body().path("id"));
    }

    @Test
    void the_same_key_with_another_body_is_422() {
        String key = newKey();
        assertThat(place(ann, key, ORDER).status()).isEqualTo(201);

        RunningApi.Reply other = place(ann, key, ORDER.replace("\"quantity\": 2", "\"quantity\": 3"));

        assertThat(other.status()).as(other.toString()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.body().path("code").asText()).isEqualTo("idempotency.key_reused");
    }

    @Test
    void the_same_key_while_its_first_request_is_still_running_is_409() {
        String key = UUID.randomUUID().toString();
        String fingerprint = new IdempotentRequests(KEYS, Json.mapper())
                .fingerprint("POST", BASE + "/orders", ORDER.getBytes(StandardCharsets.UTF_8));
        // the first request has claimed the key and not answered yet
        KEYS.claim(new IdempotencyStore.Key(TenantId.of(TENANT), "ann", key), fingerprint);

        RunningApi.Reply second = place(ann, key, ORDER);

        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.body().path("code").asText()).isEqualTo("idempotency.request_in_flight");
        assertThat(second.header("Retry-After")).contains("1");
    }

    @Test
    void keys_belong_to_the_subject_so_another_caller_with_the_same_key_places_its_own_order() {
        String key = newKey();
        RunningApi.Reply annsOrder = place(ann, key, ORDER);
        RunningApi.Reply bobsOrder = place(bob, key, ORDER);

        assertThat(bobsOrder.status()).as(bobsOrder.toString()).isEqualTo(201);
        assertThat(bobsOrder.header("Idempotent-Replayed")).isEmpty();
        assertThat(bobsOrder.body().path("id")).isNotEqualTo(annsOrder.body().path("id"));
    }

    @Test
    void a_request_that_fails_frees_its_key_for_the_corrected_retry() {
        String key = newKey();
        RunningApi.Reply invalid = place(ann, key, "{\"currency\": \"SEK\"}");
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);

        RunningApi.Reply corrected = place(ann, key, ORDER);

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
        assertThat(corrected.header("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void without_a_key_every_post_places_an_order() {
        RunningApi.Reply first = place(ann, null, ORDER);
        RunningApi.Reply second = place(ann, null, ORDER);

        assertThat(second.body().path("id")).isNotEqualTo(first.body().path("id"));
    }

    @Test
    void a_key_that_is_not_a_structured_field_string_or_a_plain_token_is_400() {
        for (String bad : new String[] {"\"unterminated", "has space", "\"\"", "\"" + "k".repeat(256) + "\"", "\"a\"b\""}) {
            RunningApi.Reply reply = place(ann, bad, ORDER);

            assertThat(reply.status()).as(bad + " -> " + reply).isEqualTo(400);
            assertThat(reply.body().path("code").asText()).isEqualTo("idempotency.invalid_key");
        }
    }

    @Test
    void a_quoted_key_and_the_same_key_bare_are_one_key() {
        String key = UUID.randomUUID().toString();
        RunningApi.Reply quoted = place(ann, "\"" + key + "\"", ORDER);
        RunningApi.Reply bare = place(ann, key, ORDER);

        assertThat(bare.header("Idempotent-Replayed")).contains("true");
        assertThat(bare.body().path("id")).isEqualTo(quoted.body().path("id"));
    }
}
