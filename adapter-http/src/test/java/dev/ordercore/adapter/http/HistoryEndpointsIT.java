package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.ordercore.adapter.http.ErrorResponsesIT.fields;
import static dev.ordercore.adapter.http.ErrorResponsesIT.problem;
import static dev.ordercore.adapter.http.RunningApi.BASE;
import static dev.ordercore.adapter.http.RunningApi.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/** An order's history: module writers append and close entries; the timeline and the projections read them. */
class HistoryEndpointsIT {

    static final String BACKORDERED = """
            {"code": "inventory:reservation_backordered", "severity": "BLOCKING", "category": "fulfillment",
             "payload": {"sku": "WINE-CHABLIS-2022", "missing": 12, "price": 149.990000000000000001}, "dedupeKey": "res-42"}""";

    static RunningApi api;
    static String operator;
    static String viewer;
    static String inventory;
    static String bakeryAdmin;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        operator = TestTokens.user("ann", TENANT, "operator");
        viewer = TestTokens.user("vic", TENANT, "viewer");
        inventory = TestTokens.writer("inventory-service", TENANT, "inventory");
        bakeryAdmin = TestTokens.user("olga", "bakery", "admin");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static String placed() {
        RunningApi.Reply reply = api.placeOrder(operator);
        return BASE + "/orders/" + reply.body().path("id").asText();
    }

    static String inBakery(String path) {
        return path.replace("/tenants/" + TENANT + "/", "/tenants/bakery/");
    }

    static RunningApi.Reply append(String order, String token, String body) {
        return api.call("POST", order + "/history").token(token).json(body).send();
    }

    // POST /orders/{orderId}/history

    @Test
    void a_module_writer_appends_an_entry_and_gets_it_back_with_its_payload_exact() {
        String order = placed();

        RunningApi.Reply reply = append(order, inventory, BACKORDERED);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode entry = reply.body();
        assertThat(entry.path("id").asText()).isNotBlank();
        assertThat(entry.path("code").asText()).isEqualTo("inventory:reservation_backordered");
        assertThat(entry.path("module").asText()).isEqualTo("inventory");
        assertThat(entry.path("severity").asText()).isEqualTo("BLOCKING");
        assertThat(entry.path("category").asText()).isEqualTo("fulfillment");
        assertThat(entry.path("dedupeKey").asText()).isEqualTo("res-42");
        assertThat(entry.path("writtenBy").asText()).isEqualTo("inventory-service");
        assertThat(entry.path("payload").path("sku").asText()).isEqualTo("WINE-CHABLIS-2022");
        assertThat(reply.response().body()).as("no digit of a payload number is lost").contains("149.990000000000000001");
    }

    @Test
    void appending_with_a_used_dedupe_key_answers_the_first_entry() {
        String order = placed();
        String first = append(order, inventory, BACKORDERED).body().path("id").asText();

        RunningApi.Reply again = append(order, inventory, BACKORDERED.replace("\"missing\": 12", "\"missing\": 11"));

        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.body().path("id").asText()).isEqualTo(first);
    }

    @Test
    void appending_needs_no_if_match_because_writers_do_not_read_the_order_first() {
        String order = placed();

        assertThat(append(order, inventory, BACKORDERED.replace("res-42", "res-43")).status()).isEqualTo(201);
    }

    @Test
    void appending_refuses_bad_bodies_with_400() {
        String order = placed();

        problem(append(order, inventory, "{\"code\": "), 400, "request.malformed_json");
        JsonNode wrong = problem(append(order, inventory, BACKORDERED.replace("BLOCKING", "URGENT")), 400, "request.wrong_type");
        assertThat(fields(wrong)).containsExactly("severity");
        JsonNode payload = problem(append(order, inventory, BACKORDERED.replaceFirst("\\{\"sku\"[^}]*}", "[1, 2]")), 400,
                "request.wrong_type");
        assertThat(fields(payload)).containsExactly("payload");
        JsonNode missing = problem(append(order, inventory, "{\"category\": \"fulfillment\"}"), 400, "request.validation_failed");
        assertThat(fields(missing)).containsExactly("code", "payload", "severity");
        JsonNode surrogate = problem(append(order, inventory, BACKORDERED.replace("WINE-CHABLIS-2022", "\\ud800")), 400,
                "request.unrepresentable_json");
        assertThat(fields(surrogate)).containsExactly("payload.sku");
    }

    @Test
    void what_the_history_rules_refuse_is_422_403_or_409() {
        String order = placed();

        JsonNode code = problem(append(order, inventory, BACKORDERED.replace("inventory:reservation_backordered", "Inventory/Backordered")),
                422, "validation.failed");
        assertThat(fields(code)).containsExactly("code");
        problem(append(order, inventory, BACKORDERED.replace("inventory:", "billing:")), 403, "history.namespace_not_owned");
        problem(append(order, inventory, BACKORDERED.replace("inventory:", "order:")), 409, "history.reserved_namespace");
    }

    @Test
    void appending_needs_a_token_and_an_order_of_ones_own_tenant() {
        String order = placed();

        problem(api.call("POST", order + "/history").json(BACKORDERED).send(), 401, "auth.missing_token");
        problem(append(order, viewer, BACKORDERED), 403, "access.forbidden");
        problem(append(inBakery(order), bakeryAdmin, BACKORDERED.replace("inventory:", "manual:")), 404, "order.not_found");
        problem(append(BASE + "/orders/0190f7a4-5c1e-7c3a-9f00-00000000dead", inventory, BACKORDERED), 404, "order.not_found");
    }

    // POST /orders/{orderId}/history/{entryId}/close

    @Test
    void closing_an_entry_appends_the_closing_entry_and_lifts_the_block() {
        String order = placed();
        String entry = append(order, inventory, BACKORDERED).body().path("id").asText();
        assertThat(api.call("GET", order + "/statuses").token(viewer).send().body().path("blocked").asBoolean()).isTrue();

        RunningApi.Reply closed = api.call("POST", order + "/history/" + entry + "/close").token(inventory)
                .json("{\"reason\": \"restocked\", \"dedupeKey\": \"res-42-closed\"}").send();

        assertThat(closed.status()).as(closed.toString()).isEqualTo(201);
        assertThat(closed.body().path("code").asText()).isEqualTo("inventory:closed");
        assertThat(closed.body().path("closes").asText()).isEqualTo(entry);
        assertThat(closed.body().path("payload").path("reason").asText()).isEqualTo("restocked");
        assertThat(api.call("GET", order + "/statuses").token(viewer).send().body().path("blocked").asBoolean()).isFalse();
    }

    @Test
    void closing_takes_no_body_at_all_too() {
        String order = placed();
        String entry = append(order, inventory, BACKORDERED).body().path("id").asText();

        RunningApi.Reply closed = api.call("POST", order + "/history/" + entry + "/close").token(inventory).send();

        assertThat(closed.status()).as(closed.toString()).isEqualTo(201);
    }

    @Test
    void closing_refuses_bad_bodies_with_400_and_a_second_close_with_409() {
        String order = placed();
        String close = order + "/history/" + append(order, inventory, BACKORDERED).body().path("id").asText() + "/close";

        problem(api.call("POST", close).token(inventory).json("{\"reason\": ").send(), 400, "request.malformed_json");
        JsonNode wrong = problem(api.call("POST", close).token(inventory).json("{\"reason\": 42}").send(), 400, "request.wrong_type");
        assertThat(fields(wrong)).containsExactly("reason");
        problem(api.call("POST", close).token(inventory).json("{\"because\": \"x\"}").send(), 400, "request.unknown_field");
        assertThat(api.call("POST", close).token(inventory).send().status()).isEqualTo(201);
        problem(api.call("POST", close).token(inventory).send(), 409, "history.entry_already_closed");
    }

    @Test
    void closing_an_unknown_entry_or_another_namespaces_entry_is_refused() {
        String order = placed();
        String entry = append(order, inventory, BACKORDERED).body().path("id").asText();

        problem(api.call("POST", order + "/history/0190f7a4-5c1e-7c3a-9f00-00000000dead/close").token(inventory).send(), 404,
                "status_entry.not_found");
        problem(api.call("POST", order + "/history/entry-1/close").token(inventory).send(), 404, "status_entry.not_found");
        problem(api.call("POST", order + "/history/" + entry + "/close").token(TestTokens.writer("billing-service", TENANT, "billing"))
                .send(), 403, "history.namespace_not_owned");
    }

    @Test
    void closing_needs_a_token_and_an_order_of_ones_own_tenant() {
        String order = placed();
        String entry = append(order, inventory, BACKORDERED).body().path("id").asText();

        problem(api.call("POST", order + "/history/" + entry + "/close").send(), 401, "auth.missing_token");
        problem(api.call("POST", inBakery(order) + "/history/" + entry + "/close").token(bakeryAdmin).send(), 404, "order.not_found");
    }

    // GET /orders/{orderId}/timeline and /statuses

    @Test
    void the_timeline_lists_every_entry_oldest_first() {
        String order = placed();
        append(order, inventory, BACKORDERED.replace("\"dedupeKey\": \"res-42\"", "\"dedupeKey\": \"res-42\", \"recordedAt\": \"2026-01-01T00:00:00Z\""));
        append(order, inventory, BACKORDERED.replace("res-42", "res-44").replace("BLOCKING", "INFO"));

        RunningApi.Reply reply = api.call("GET", order + "/timeline").token(viewer).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> recorded = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        reply.body().path("entries").forEach(e -> {
            recorded.add(e.path("recordedAt").asText());
            codes.add(e.path("code").asText());
        });
        assertThat(codes).contains("order:submitted", "inventory:reservation_backordered");
        assertThat(codes.get(0)).as("backfilled to before the order was placed").isEqualTo("inventory:reservation_backordered");
        assertThat(recorded).isSortedAccordingTo(java.util.Comparator.comparing(java.time.Instant::parse));
    }

    @Test
    void the_statuses_show_the_latest_entry_per_module_and_the_open_blocking_ones() {
        String order = placed();
        String blocking = append(order, inventory, BACKORDERED).body().path("id").asText();

        RunningApi.Reply reply = api.call("GET", order + "/statuses").token(viewer).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.body().path("status").asText()).isEqualTo("PENDING");
        assertThat(reply.body().path("blocked").asBoolean()).isTrue();
        assertThat(reply.body().path("latestPerModule").path("inventory").path("id").asText()).isEqualTo(blocking);
        assertThat(reply.body().path("openBlocking").get(0).path("id").asText()).isEqualTo(blocking);
    }

    @Test
    void reading_history_needs_a_token_and_an_order_of_ones_own_tenant() {
        String order = placed();
        for (String read : List.of("/timeline", "/statuses")) {
            problem(api.call("GET", order + read).send(), 401, "auth.missing_token");
            problem(api.call("GET", inBakery(order) + read).token(bakeryAdmin).send(), 404, "order.not_found");
            problem(api.call("GET", BASE + "/orders/not-a-uuid" + read).token(viewer).send(), 404, "order.not_found");
        }
    }
}
