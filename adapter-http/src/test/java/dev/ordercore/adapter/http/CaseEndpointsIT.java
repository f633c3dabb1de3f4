package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.ordercore.adapter.http.ErrorResponsesIT.fields;
import static dev.ordercore.adapter.http.ErrorResponsesIT.problem;
import static dev.ordercore.adapter.http.OrderEndpointsIT.ORDER;
import static dev.ordercore.adapter.http.RunningApi.BASE;
import static dev.ordercore.adapter.http.RunningApi.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/** Cases (R29) and seed 000's order-from-case and case-from-order calls (R28). */
class CaseEndpointsIT {

    static final String CASE = "{\"title\": \"Need new server\", \"tags\": [\"hardware\", \"quote_needed\"]}";
    static final String BAKERY = "/api/v1/tenants/bakery";

    static RunningApi api;
    static String operator;
    static String viewer;
    static String admin;
    static String bakeryAdmin;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        operator = TestTokens.user("ann", TENANT, "operator");
        viewer = TestTokens.user("vic", TENANT, "viewer");
        admin = TestTokens.user("ada", TENANT, "admin");
        bakeryAdmin = TestTokens.user("olga", "bakery", "admin");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static RunningApi.Reply open(String token, String body) {
        return api.call("POST", BASE + "/cases").token(token).json(body).send();
    }

    /** The path of a new case with {@link #CASE}'s tags. */
    static String opened() {
        RunningApi.Reply reply = open(operator, CASE);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return BASE + "/cases/" + reply.body().path("id").asText();
    }

    static String inBakery(String path) {
        return path.replace(BASE, BAKERY);
    }

    static RunningApi.Reply closeTag(String aCase, String tag, String ifMatch) {
        RunningApi.Call call = api.call("POST", aCase + "/tags/" + tag + "/close").token(operator);
        return (ifMatch == null ? call : call.header("If-Match", ifMatch)).send();
    }

    // POST /cases, GET /cases/{caseId}

    @Test
    void a_case_opens_with_open_tags_and_reads_back_with_its_etag() {
        RunningApi.Reply reply = open(operator, CASE);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.header("ETag")).contains("\"1\"");
        JsonNode c = reply.body();
        assertThat(reply.header("Location")).contains(BASE + "/cases/" + c.path("id").asText());
        assertThat(c.path("title").asText()).isEqualTo("Need new server");
        assertThat(c.path("status").asText()).isEqualTo("OPEN");
        assertThat(c.path("tags").findValuesAsText("name")).containsExactly("hardware", "quote_needed");
        assertThat(c.path("tags").get(0).path("open").asBoolean()).isTrue();
        RunningApi.Reply read = api.call("GET", reply.header("Location").orElseThrow()).token(viewer).send();
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.header("ETag")).contains("\"1\"");
        assertThat(read.body()).isEqualTo(c);
    }

    @Test
    void opening_refuses_bad_bodies() {
        problem(open(operator, "{\"title\": "), 400, "request.malformed_json");
        assertThat(fields(problem(open(operator, "{\"title\": 5}"), 400, "request.wrong_type"))).containsExactly("title");
        assertThat(fields(problem(open(operator, "{\"title\": \"x\", \"tags\": \"ship\"}"), 400, "request.wrong_type")))
                .containsExactly("tags");
        assertThat(fields(problem(open(operator, "{\"tags\": [\"ship\"]}"), 400, "request.validation_failed"))).containsExactly("title");
        JsonNode tags = problem(open(operator, "{\"title\": \"x\", \"tags\": [\"Quote Needed\", \"ship\", \"ship\"]}"), 422,
                "validation.failed");
        assertThat(fields(tags)).containsExactly("tags[0]", "tags[2]");
    }

    @Test
    void opening_and_reading_need_a_token_a_role_and_a_case_of_ones_own_tenant() {
        String aCase = opened();

        problem(api.call("POST", BASE + "/cases").json(CASE).send(), 401, "auth.missing_token");
        problem(open(viewer, CASE), 403, "access.forbidden");
        problem(api.call("GET", aCase).send(), 401, "auth.missing_token");
        problem(api.call("GET", inBakery(aCase)).token(bakeryAdmin).send(), 404, "case.not_found");
        problem(api.call("GET", BASE + "/cases/42").token(viewer).send(), 404, "case.not_found");
    }

    // POST /cases/{caseId}/tags/{tag}/close

    @Test
    void closing_a_tag_takes_if_match_and_answers_the_case_at_its_next_version() {
        String aCase = opened();

        RunningApi.Reply closed = closeTag(aCase, "quote_needed", "\"1\"");

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.header("ETag")).contains("\"2\"");
        JsonNode tag = closed.body().path("tags").get(1);
        assertThat(tag.path("open").asBoolean()).isFalse();
        assertThat(tag.path("closedBy").asText()).isEqualTo("ann");
        problem(closeTag(aCase, "quote_needed", "*"), 409, "case.tag_already_closed");
    }

    @Test
    void closing_a_tag_refuses_missing_stale_and_unmatchable_if_match() {
        String aCase = opened();

        problem(closeTag(aCase, "hardware", null), 428, "concurrency.if_match_required");
        problem(closeTag(aCase, "hardware", "W/\"1\""), 412, "concurrency.precondition_failed");
        closeTag(aCase, "quote_needed", "\"1\"");
        problem(closeTag(aCase, "hardware", "\"1\""), 412, "concurrency.stale_version");
    }

    @Test
    void closing_a_tag_needs_a_known_tag_a_token_and_a_case_of_ones_own_tenant() {
        String aCase = opened();

        problem(closeTag(aCase, "install", "*"), 404, "case_tag.not_found");
        problem(api.call("POST", aCase + "/tags/hardware/close").header("If-Match", "*").send(), 401, "auth.missing_token");
        problem(api.call("POST", inBakery(aCase) + "/tags/hardware/close").token(bakeryAdmin).header("If-Match", "*").send(), 404,
                "case.not_found");
    }

    // POST /cases/{caseId}/close

    @Test
    void a_case_with_every_tag_closed_closes_without_a_body() {
        String aCase = opened();
        closeTag(aCase, "hardware", "\"1\"");
        closeTag(aCase, "quote_needed", "\"2\"");

        RunningApi.Reply closed = api.call("POST", aCase + "/close").token(operator).header("If-Match", "\"3\"").send();

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.header("ETag")).contains("\"4\"");
        assertThat(closed.body().path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.body().path("forced").asBoolean()).isFalse();
        problem(api.call("POST", aCase + "/close").token(operator).header("If-Match", "*").send(), 409, "case.closed");
    }

    @Test
    void open_tags_keep_a_case_open_unless_an_admin_forces_it_with_a_reason() {
        String aCase = opened();

        problem(api.call("POST", aCase + "/close").token(operator).header("If-Match", "\"1\"").send(), 409, "case.tags_open");
        problem(api.call("POST", aCase + "/close").token(operator).header("If-Match", "\"1\"").json("{\"force\": true, \"reason\": \"x\"}")
                .send(), 403, "access.forbidden");
        JsonNode reason = problem(api.call("POST", aCase + "/close").token(admin).header("If-Match", "\"1\"").json("{\"force\": true}")
                .send(), 422, "validation.failed");
        assertThat(fields(reason)).containsExactly("reason");

        RunningApi.Reply forced = api.call("POST", aCase + "/close").token(admin).header("If-Match", "\"1\"")
                .json("{\"force\": true, \"reason\": \"customer cancelled\"}").send();

        assertThat(forced.status()).as(forced.toString()).isEqualTo(200);
        assertThat(forced.body().path("forced").asBoolean()).isTrue();
        assertThat(forced.body().path("closeReason").asText()).isEqualTo("customer cancelled");
    }

    @Test
    void closing_a_case_refuses_bad_bodies_bad_if_match_no_token_and_other_tenants() {
        String aCase = opened();

        problem(api.call("POST", aCase + "/close").token(admin).header("If-Match", "*").json("{\"force\": ").send(), 400,
                "request.malformed_json");
        assertThat(fields(problem(api.call("POST", aCase + "/close").token(admin).header("If-Match", "*").json("{\"force\": \"yes\"}")
                .send(), 400, "request.wrong_type"))).containsExactly("force");
        problem(api.call("POST", aCase + "/close").token(admin).send(), 428, "concurrency.if_match_required");
        problem(api.call("POST", aCase + "/close").token(admin).header("If-Match", "\"7\"").send(), 412, "concurrency.stale_version");
        problem(api.call("POST", aCase + "/close").header("If-Match", "*").send(), 401, "auth.missing_token");
        problem(api.call("POST", inBakery(aCase) + "/close").token(bakeryAdmin).header("If-Match", "*").send(), 404, "case.not_found");
    }

    // POST, GET /cases/{caseId}/orders

    static String withClosesTag(String tag) {
        return ORDER.replaceFirst("\\{", "{\"closesTag\": \"" + tag + "\", ");
    }

    @Test
    void an_order_placed_for_a_case_closes_the_tag_it_answers_and_is_listed_with_the_case() {
        String aCase = opened();

        RunningApi.Reply reply = api.call("POST", aCase + "/orders").token(operator).json(withClosesTag("quote_needed")).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String orderId = reply.body().path("orderId").asText();
        assertThat(reply.body().path("orderNumber").asText()).isNotBlank();
        assertThat(reply.body().path("relationId").asText()).isNotBlank();
        assertThat(reply.header("Location")).contains(BASE + "/orders/" + orderId);
        assertThat(api.call("GET", BASE + "/orders/" + orderId).token(viewer).send().status()).isEqualTo(200);
        JsonNode tag = api.call("GET", aCase).token(viewer).send().body().path("tags").get(1);
        assertThat(tag.path("open").asBoolean()).isFalse();

        RunningApi.Reply listed = api.call("GET", aCase + "/orders").token(viewer).send();

        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.body().path("items")).hasSize(1);
        JsonNode item = listed.body().path("items").get(0);
        assertThat(item.path("orderId").asText()).isEqualTo(orderId);
        assertThat(item.path("orderNumber").asText()).isEqualTo(reply.body().path("orderNumber").asText());
        assertThat(item.path("status").asText()).isEqualTo("PENDING");
        assertThat(item.path("relationId").asText()).isEqualTo(reply.body().path("relationId").asText());
    }

    @Test
    void an_order_for_a_case_refuses_bad_bodies_and_unknown_tags() {
        String aCase = opened();
        RunningApi.Call call = api.call("POST", aCase + "/orders").token(operator);

        problem(api.call("POST", aCase + "/orders").token(operator).json("{\"currency\": ").send(), 400, "request.malformed_json");
        assertThat(fields(problem(api.call("POST", aCase + "/orders").token(operator).json(ORDER.replaceFirst("\\{", "{\"closesTag\": 5, "))
                .send(), 400, "request.wrong_type"))).containsExactly("closesTag");
        assertThat(fields(problem(api.call("POST", aCase + "/orders").token(operator).json("{\"currency\": \"SEK\"}").send(), 400,
                "request.validation_failed"))).containsExactly("lineItems");
        JsonNode tag = problem(call.json(withClosesTag("install")).send(), 422, "validation.failed");
        assertThat(fields(tag)).containsExactly("closesTag");
        assertThat(api.call("GET", aCase + "/orders").token(viewer).send().body().path("items")).as("nothing stored on refusal").isEmpty();
    }

    @Test
    void orders_of_a_case_need_a_token_and_a_case_of_ones_own_tenant() {
        String aCase = opened();

        problem(api.call("POST", aCase + "/orders").json(ORDER).send(), 401, "auth.missing_token");
        problem(api.call("GET", aCase + "/orders").send(), 401, "auth.missing_token");
        problem(api.call("POST", inBakery(aCase) + "/orders").token(bakeryAdmin).json(ORDER).send(), 404, "case.not_found");
        problem(api.call("GET", inBakery(aCase) + "/orders").token(bakeryAdmin).send(), 404, "case.not_found");
    }

    // POST /orders/{orderId}/cases

    static String placedOrder() {
        RunningApi.Reply reply = api.placeOrder(operator);
        return BASE + "/orders/" + reply.body().path("id").asText();
    }

    @Test
    void a_case_opened_for_an_order_is_linked_to_it() {
        String order = placedOrder();

        RunningApi.Reply reply = api.call("POST", order + "/cases").token(operator)
                .json("{\"title\": \"Deliver the order\", \"tags\": [\"pick_items\", \"ship\", \"install\"]}").send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String caseId = reply.body().path("caseId").asText();
        assertThat(reply.header("Location")).contains(BASE + "/cases/" + caseId);
        JsonNode c = api.call("GET", BASE + "/cases/" + caseId).token(viewer).send().body();
        assertThat(c.path("tags").findValuesAsText("name")).containsExactly("pick_items", "ship", "install");
        JsonNode relations = api.call("GET", BASE + "/relations?entityType=case&entityId=" + caseId).token(viewer).send().body();
        assertThat(relations.path("items").get(0).path("id").asText()).isEqualTo(reply.body().path("relationId").asText());
    }

    @Test
    void a_case_for_an_order_refuses_bad_bodies_no_token_and_other_tenants_orders() {
        String order = placedOrder();

        problem(api.call("POST", order + "/cases").token(operator).json("{\"title\"").send(), 400, "request.malformed_json");
        assertThat(fields(problem(api.call("POST", order + "/cases").token(operator).json("{\"title\": [\"x\"]}").send(), 400,
                "request.wrong_type"))).containsExactly("title");
        assertThat(fields(problem(api.call("POST", order + "/cases").token(operator).json("{}").send(), 400,
                "request.validation_failed"))).containsExactly("title");
        problem(api.call("POST", order + "/cases").json("{\"title\": \"x\"}").send(), 401, "auth.missing_token");
        problem(api.call("POST", inBakery(order) + "/cases").token(bakeryAdmin).json("{\"title\": \"x\"}").send(), 404, "order.not_found");
    }
}
