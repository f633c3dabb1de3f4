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

/** Relations (seed 000, R26, R27): link, list by entity, delete; malformed references are 400 naming the field, never 500. */
class RelationEndpointsIT {

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

    static String placedOrderId() {
        RunningApi.Reply reply = api.placeOrder(operator);
        return reply.body().path("id").asText();
    }

    static String invoiceLink(String orderId, String invoice) {
        return """
                {"source": {"type": "order", "id": "%s"}, "target": {"type": "invoice", "id": "%s"},
                 "type": "faktura", "metadata": {"amount": "1150.00", "booked": true}}""".formatted(orderId, invoice);
    }

    static RunningApi.Reply create(String token, String body) {
        return api.call("POST", BASE + "/relations").token(token).json(body).send();
    }

    static RunningApi.Reply listFor(String base, String token, String type, String id) {
        return api.call("GET", base + "/relations?entityType=" + type + "&entityId=" + id).token(token).send();
    }

    // POST /relations

    @Test
    void an_order_is_linked_to_an_external_invoice_and_both_ends_list_the_relation() {
        String order = placedOrderId();

        RunningApi.Reply reply = create(operator, invoiceLink(order, "INV-2026-001"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode relation = reply.body();
        assertThat(relation.path("id").asText()).isNotBlank();
        assertThat(relation.path("source").path("type").asText()).isEqualTo("order");
        assertThat(relation.path("source").path("id").asText()).isEqualTo(order);
        assertThat(relation.path("target").path("id").asText()).isEqualTo("INV-2026-001");
        assertThat(relation.path("type").asText()).isEqualTo("faktura");
        assertThat(relation.path("metadata").path("amount").asText()).isEqualTo("1150.00");
        assertThat(relation.path("createdBy").asText()).isEqualTo("ann");
        for (RunningApi.Reply listed : new RunningApi.Reply[] {
                listFor(BASE, viewer, "order", order), listFor(BASE, viewer, "invoice", "INV-2026-001")}) {
            assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
            assertThat(listed.body().path("items")).hasSize(1);
            assertThat(listed.body().path("items").get(0).path("id").asText()).isEqualTo(relation.path("id").asText());
        }
    }

    @Test
    void the_same_link_twice_is_409() {
        String order = placedOrderId();
        create(operator, invoiceLink(order, "INV-2026-002"));

        problem(create(operator, invoiceLink(order, "INV-2026-002")), 409, "relation.already_exists");
    }

    @Test
    void creating_refuses_malformed_json_and_wrong_types_with_400() {
        String order = placedOrderId();

        problem(create(operator, "{\"source\": "), 400, "request.malformed_json");
        JsonNode source = problem(create(operator, invoiceLink(order, "INV-1").replaceFirst("\\{\"type\": \"order\", \"id\": \"[^\"]+\"}", "\"order\"")),
                400, "request.wrong_type");
        assertThat(fields(source)).containsExactly("source");
        JsonNode metadata = problem(create(operator, invoiceLink(order, "INV-1").replaceFirst("\\{\"amount\"[^}]*}", "[1]")), 400,
                "request.wrong_type");
        assertThat(fields(metadata)).containsExactly("metadata");
        JsonNode unknown = problem(create(operator, invoiceLink(order, "INV-1").replace("\"faktura\"", "\"faktura\", \"kind\": 1")), 400,
                "request.unknown_field");
        assertThat(fields(unknown)).containsExactly("kind");
    }

    @Test
    void missing_parts_and_malformed_references_are_400_naming_every_field() {
        JsonNode missing = problem(create(operator, "{\"metadata\": {}}"), 400, "request.validation_failed");
        assertThat(fields(missing)).containsExactly("source", "target", "type");

        JsonNode refs = problem(create(operator, """
                {"source": {"type": "Order", "id": ""}, "target": {"type": "order", "id": "not-a-uuid"}, "type": "faktura"}"""),
                400, "request.validation_failed");
        assertThat(fields(refs)).containsExactly("source.type", "source.id", "target.id");

        JsonNode gaps = problem(create(operator, "{\"source\": {\"type\": \"invoice\"}, \"target\": {\"id\": \"x\"}, \"type\": \"faktura\"}"),
                400, "request.validation_failed");
        assertThat(fields(gaps)).containsExactly("source.id", "target.type");
    }

    @Test
    void what_the_relation_model_refuses_is_422() {
        String order = placedOrderId();

        JsonNode type = problem(create(operator, invoiceLink(order, "INV-1").replace("\"faktura\"", "\"Faktura!\"")), 422,
                "validation.failed");
        assertThat(fields(type)).containsExactly("type");
        JsonNode self = problem(create(operator, """
                {"source": {"type": "order", "id": "%1$s"}, "target": {"type": "order", "id": "%1$s"}, "type": "self"}""".formatted(order)),
                422, "validation.failed");
        assertThat(fields(self)).containsExactly("target");
        JsonNode unknown = problem(create(operator, invoiceLink("0190f7a4-5c1e-7c3a-9f00-00000000dead", "INV-1")), 422,
                "validation.failed");
        assertThat(fields(unknown)).containsExactly("source.id");
    }

    @Test
    void another_tenants_order_cannot_be_linked_and_creating_needs_a_token_and_the_operator_role() {
        String order = placedOrderId();

        JsonNode foreign = problem(api.call("POST", "/api/v1/tenants/bakery/relations").token(bakeryAdmin)
                .json(invoiceLink(order, "INV-1")).send(), 422, "validation.failed");
        assertThat(fields(foreign)).as("R35: another tenant's order reads like an unknown one").containsExactly("source.id");
        problem(api.call("POST", BASE + "/relations").json(invoiceLink(order, "INV-1")).send(), 401, "auth.missing_token");
        problem(create(viewer, invoiceLink(order, "INV-1")), 403, "access.forbidden");
        problem(api.call("POST", "/api/v1/tenants/bakery/relations").token(operator).json(invoiceLink(order, "INV-1")).send(), 404,
                "tenant.not_found");
    }

    // GET /relations

    @Test
    void listing_needs_a_well_formed_entity() {
        JsonNode none = problem(api.call("GET", BASE + "/relations").token(viewer).send(), 400, "request.invalid_parameters");
        assertThat(fields(none)).containsExactlyInAnyOrder("entityType", "entityId");
        JsonNode uuid = problem(listFor(BASE, viewer, "order", "42"), 400, "request.invalid_parameters");
        assertThat(fields(uuid)).containsExactly("entityId");
        JsonNode unknown = problem(api.call("GET", BASE + "/relations?entityType=order&entityId=x&sort=asc").token(viewer).send(), 400,
                "request.invalid_parameters");
        assertThat(fields(unknown)).contains("sort");
    }

    @Test
    void another_tenant_sees_none_of_an_orders_relations_and_listing_needs_a_token() {
        String order = placedOrderId();
        create(operator, invoiceLink(order, "INV-2026-003"));

        RunningApi.Reply foreign = listFor("/api/v1/tenants/bakery", bakeryAdmin, "order", order);
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(200);
        assertThat(foreign.body().path("items")).isEmpty();
        problem(api.call("GET", BASE + "/relations?entityType=order&entityId=" + order).send(), 401, "auth.missing_token");
    }

    // DELETE /relations/{relationId}

    @Test
    void deleting_answers_the_relation_and_it_leaves_the_list() {
        String order = placedOrderId();
        String id = create(operator, invoiceLink(order, "INV-2026-004")).body().path("id").asText();

        RunningApi.Reply deleted = api.call("DELETE", BASE + "/relations/" + id).token(operator).send();

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(deleted.body().path("id").asText()).isEqualTo(id);
        assertThat(listFor(BASE, viewer, "order", order).body().path("items")).isEmpty();
        problem(api.call("DELETE", BASE + "/relations/" + id).token(operator).send(), 404, "relation.not_found");
    }

    @Test
    void deleting_needs_a_token_the_operator_role_and_a_relation_of_ones_own_tenant() {
        String order = placedOrderId();
        String id = create(operator, invoiceLink(order, "INV-2026-005")).body().path("id").asText();

        problem(api.call("DELETE", BASE + "/relations/" + id).send(), 401, "auth.missing_token");
        problem(api.call("DELETE", BASE + "/relations/" + id).token(viewer).send(), 403, "access.forbidden");
        problem(api.call("DELETE", "/api/v1/tenants/bakery/relations/" + id).token(bakeryAdmin).send(), 404, "relation.not_found");
        problem(api.call("DELETE", BASE + "/relations/not-a-uuid").token(operator).send(), 404, "relation.not_found");
        assertThat(listFor(BASE, viewer, "order", order).body().path("items")).hasSize(1);
    }
}
