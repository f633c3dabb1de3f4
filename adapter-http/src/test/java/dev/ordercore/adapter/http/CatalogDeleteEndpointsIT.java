package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.ordercore.adapter.http.ErrorResponsesIT.fields;
import static dev.ordercore.adapter.http.ErrorResponsesIT.problem;
import static dev.ordercore.adapter.http.RunningApi.BASE;
import static dev.ordercore.adapter.http.RunningApi.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code DELETE} on every catalog collection is a soft delete by an admin: the entry stays readable
 * with its {@code deletedAt}, leaves lists unless asked for, refuses new uses (422) and keeps the
 * orders that already use it working.
 */
class CatalogDeleteEndpointsIT {

    static final String BAKERY = "/api/v1/tenants/bakery";
    static final String CUSTOMER = "0190f7a4-5c1e-7c3a-9f00-000000000001";
    static final AtomicInteger UNIQUE = new AtomicInteger();

    static RunningApi api;
    static String admin;
    static String operator;
    static String viewer;
    static String bakeryAdmin;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        admin = TestTokens.user("ada", TENANT, "admin");
        operator = TestTokens.user("ann", TENANT, "operator");
        viewer = TestTokens.user("vic", TENANT, "viewer");
        bakeryAdmin = TestTokens.user("olga", "bakery", "admin");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /**
     * One entry of each collection, each hanging on the one before, keyed by collection. The rule
     * charges SERVICE lines of the klass, which no order here has, so orders hold exactly the lines they ask for.
     */
    static Map<String, String> aCatalog() {
        int n = UNIQUE.incrementAndGet();
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("categories", created("categories", "{\"name\": \"Rental " + n + "\", \"type\": \"RENTAL\"}"));
        ids.put("klasses", created("klasses", """
                {"name": "Excavator", "categoryId": "%s", "pricing": [{"frequency": "DAY", "price": "900.00", "currency": "SEK"}]}"""
                .formatted(ids.get("categories"))));
        ids.put("products", created("products", """
                {"klassId": "%s", "sku": "EXC-%d", "name": "Excavator 3t"}""".formatted(ids.get("klasses"), n)));
        ids.put("assets", created("assets", "{\"productId\": \"" + ids.get("products") + "\", \"serialNumber\": \"EX-1\"}"));
        ids.put("modifiers", created("modifiers", "{\"name\": \"Delivery " + n + "\", \"kind\": \"DELIVERY\"}"));
        ids.put("modifier-rules", created("modifier-rules", """
                {"modifierId": "%s", "condition": {"kinds": ["SERVICE"], "klassId": "%s"}, "effect": {"type": "PERCENT", "percent": "5"}}"""
                .formatted(ids.get("modifiers"), ids.get("klasses"))));
        return ids;
    }

    static String created(String collection, String body) {
        RunningApi.Reply reply = api.call("POST", BASE + "/" + collection).token(admin).json(body).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.body().path("id").asText();
    }

    static RunningApi.Reply delete(String collection, String id, String token) {
        return api.call("DELETE", BASE + "/" + collection + "/" + id).token(token).send();
    }

    static RunningApi.Reply get(String path) {
        return api.call("GET", BASE + path).token(viewer).send();
    }

    static List<String> listed(String collection, boolean includeDeleted) {
        List<String> ids = new ArrayList<>();
        get("/" + collection + "?limit=200" + (includeDeleted ? "&includeDeleted=true" : "")).body().path("items")
                .forEach(i -> ids.add(i.path("id").asText()));
        return ids;
    }

    static RunningApi.Reply order(String line) {
        return api.call("POST", BASE + "/orders").token(operator).json("""
                {"currency": "SEK", "customerId": "%s", "lineItems": [%s]}""".formatted(CUSTOMER, line)).send();
    }

    @Test
    void a_deleted_entry_of_every_collection_stays_readable_with_deleted_at_and_leaves_lists_unless_asked() {
        Map<String, String> catalog = aCatalog();

        for (Map.Entry<String, String> e : catalog.entrySet()) {
            RunningApi.Reply deleted = delete(e.getKey(), e.getValue(), admin);
            assertThat(deleted.status()).as(e.getKey() + ": " + deleted).isEqualTo(200);
            assertThat(deleted.body().path("deletedAt").isTextual()).as(e.getKey()).isTrue();
            RunningApi.Reply read = get("/" + e.getKey() + "/" + e.getValue());
            assertThat(read.status()).as(e.getKey()).isEqualTo(200);
            assertThat(read.body()).as(e.getKey()).isEqualTo(deleted.body());
            assertThat(listed(e.getKey(), false)).as(e.getKey()).doesNotContain(e.getValue());
            assertThat(listed(e.getKey(), true)).as(e.getKey()).contains(e.getValue());
        }
    }

    @Test
    void deleting_a_deleted_entry_answers_it_unchanged() {
        String modifier = aCatalog().get("modifiers");
        JsonNode first = delete("modifiers", modifier, admin).body();

        RunningApi.Reply again = delete("modifiers", modifier, admin);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first);
    }

    @Test
    void R36_only_admins_delete_and_R35_another_tenants_or_an_unknown_id_is_404() {
        Map<String, String> catalog = aCatalog();
        Map<String, String> codes = Map.of("categories", "category", "klasses", "klass", "products", "product", "assets", "asset",
                "modifiers", "modifier", "modifier-rules", "modifier_rule");

        for (Map.Entry<String, String> e : catalog.entrySet()) {
            problem(delete(e.getKey(), e.getValue(), operator), 403, "access.forbidden");
            problem(delete(e.getKey(), e.getValue(), viewer), 403, "access.forbidden");
            problem(api.call("DELETE", BAKERY + "/" + e.getKey() + "/" + e.getValue()).token(bakeryAdmin).send(), 404,
                    codes.get(e.getKey()) + ".not_found");
            problem(delete(e.getKey(), "not-a-uuid", admin), 404, codes.get(e.getKey()) + ".not_found");
            problem(api.call("DELETE", BASE + "/" + e.getKey() + "/" + e.getValue()).send(), 401, "auth.missing_token");
            assertThat(get("/" + e.getKey() + "/" + e.getValue()).body().path("deletedAt").isNull()).as(e.getKey()).isTrue();
        }
    }

    @Test
    void a_deleted_product_asset_klass_or_modifier_is_refused_on_a_new_line_with_422() {
        Map<String, String> catalog = aCatalog();
        delete("assets", catalog.get("assets"), admin);
        delete("modifiers", catalog.get("modifiers"), admin);

        JsonNode refused = problem(order("""
                {"assetId": "%s", "quantity": 1, "unitPrice": "900.00", "from": "2026-02-01", "to": "2026-02-05",
                 "billing": {"timing": "IN_ARREARS", "cycle": "DAY", "termsDays": 30, "payer": "CUSTOMER"}},
                {"modifierId": "%s", "description": "Delivery", "quantity": 1, "unitPrice": "250.00", "on": "2026-02-01"}"""
                .formatted(catalog.get("assets"), catalog.get("modifiers"))), 422, "validation.failed");
        assertThat(fields(refused)).containsExactly("lineItems[0].assetId", "lineItems[1].modifierId");
        assertThat(refused.path("errors").findValuesAsText("message"))
                .anySatisfy(m -> assertThat(m).contains("asset_deleted"))
                .anySatisfy(m -> assertThat(m).contains("modifier_deleted"));

        delete("products", catalog.get("products"), admin);
        assertThat(fields(problem(order("""
                {"productId": "%s", "quantity": 1, "unitPrice": "900.00", "on": "2026-02-01"}""".formatted(catalog.get("products"))),
                422, "validation.failed"))).containsExactly("lineItems[0].productId");
        delete("klasses", catalog.get("klasses"), admin);
        JsonNode klassGone = problem(order("""
                {"klassId": "%s", "quantity": 1, "unitPrice": "900.00", "on": "2026-02-01"}""".formatted(catalog.get("klasses"))),
                422, "validation.failed");
        assertThat(klassGone.path("errors").findValuesAsText("message")).singleElement()
                .satisfies(m -> assertThat(m).contains("klass_deleted"));
        assertThat(fields(problem(api.call("POST", BASE + "/products").token(admin).json("""
                {"klassId": "%s", "sku": "EXC-NEW-%d", "name": "Excavator 5t"}""".formatted(catalog.get("klasses"), UNIQUE.incrementAndGet()))
                .send(), 422, "validation.failed"))).as("nothing new hangs on a deleted klass").containsExactly("klassId");
    }

    @Test
    void an_order_placed_before_its_klass_product_and_asset_were_deleted_keeps_working() {
        Map<String, String> catalog = aCatalog();
        RunningApi.Reply placed = order("""
                {"ref": "dig", "assetId": "%s", "quantity": 1, "unitPrice": "900.00", "from": "2026-02-01", "to": "2026-02-05",
                 "billing": {"timing": "IN_ARREARS", "cycle": "DAY", "termsDays": 30, "payer": "CUSTOMER"}},
                {"modifies": "dig", "modifierId": "%s", "description": "Delivery", "quantity": 1, "unitPrice": "250.00", "on": "2026-02-01"}"""
                .formatted(catalog.get("assets"), catalog.get("modifiers")));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        for (String collection : List.of("modifier-rules", "modifiers", "assets", "products", "klasses", "categories")) {
            assertThat(delete(collection, catalog.get(collection), admin).status()).isEqualTo(200);
        }
        String location = placed.header("Location").orElseThrow();

        RunningApi.Reply read = api.call("GET", location).token(viewer).send();
        RunningApi.Reply confirmed = api.call("PUT", location + "/status").token(operator)
                .header("If-Match", placed.header("ETag").orElseThrow())
                .json("{\"status\": \"CONFIRMED\", \"reason\": \"supplier confirmed\", \"force\": false}").send();

        assertThat(read.body().path("lineItems")).isEqualTo(placed.body().path("lineItems"));
        assertThat(read.body().at("/lineItems/0/assetId").asText()).isEqualTo(catalog.get("assets"));
        assertThat(read.body().at("/lineItems/1/charge/modifierId").asText()).isEqualTo(catalog.get("modifiers"));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.body().path("status").asText()).isEqualTo("CONFIRMED");
    }
}
