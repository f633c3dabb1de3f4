package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.ordercore.adapter.http.ErrorResponsesIT.fields;
import static dev.ordercore.adapter.http.ErrorResponsesIT.problem;
import static dev.ordercore.adapter.http.RunningApi.BASE;
import static dev.ordercore.adapter.http.RunningApi.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/** The catalog (seed 003): categories, klasses, products and assets are created by admins, listed a page at a time and read by id. */
class CatalogEndpointsIT {

    static final String BAKERY = "/api/v1/tenants/bakery";
    /** Names, SKUs and serial numbers are unique per tenant (or product), so every fixture gets its own. */
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

    static RunningApi.Reply post(String collection, String token, String body) {
        return api.call("POST", BASE + "/" + collection).token(token).json(body).send();
    }

    static String created(String collection, String body) {
        RunningApi.Reply reply = post(collection, admin, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.body().path("id").asText();
    }

    static String category() {
        return created("categories", "{\"name\": \"Rental equipment " + UNIQUE.incrementAndGet() + "\", \"type\": \"RENTAL\"}");
    }

    static String klassBody(String category) {
        return """
                {"name": "Excavator 3t %s", "categoryId": "%s",
                 "pricing": [{"frequency": null, "price": "250000.00", "currency": "SEK"},
                             {"frequency": "DAY", "price": "900.00", "currency": "SEK"}, {"frequency": "WEEK", "price": 4000, "currency": "SEK"}]}"""
                .formatted(UNIQUE.incrementAndGet(), category);
    }

    static String productBody(String klass, String sku) {
        return """
                {"klassId": "%s", "sku": "%s", "name": "Chablis 2022",
                 "attributes": {"producer": "Domaine X", "vintage": 2022, "alcoholPercentage": "12.5", "bottleSizeMl": 750}}"""
                .formatted(klass, sku);
    }

    /** Created answers 201 with Location, and reading the Location answers the same entry. */
    static JsonNode createdAndReadBack(String collection, String body) {
        RunningApi.Reply reply = post(collection, admin, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String location = reply.header("Location").orElseThrow();
        assertThat(location).isEqualTo(BASE + "/" + collection + "/" + reply.body().path("id").asText());
        RunningApi.Reply read = api.call("GET", location).token(viewer).send();
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(reply.body());
        return reply.body();
    }

    // success paths

    @Test
    void an_admin_builds_a_category_a_klass_a_product_and_an_asset_and_each_reads_back_by_id() {
        JsonNode category = createdAndReadBack("categories", "{\"name\": \"Rental equipment\", \"type\": \"RENTAL\"}");
        assertThat(category.path("type").asText()).isEqualTo("RENTAL");

        JsonNode klass = createdAndReadBack("klasses", klassBody(category.path("id").asText()));
        assertThat(klass.path("categoryId").asText()).isEqualTo(category.path("id").asText());
        assertThat(klass.path("pricing").findValuesAsText("price")).containsExactly("250000.00", "900.00", "4000.00"); // a JSON number is accepted too, in SEK minor units
        assertThat(klass.path("pricing").get(0).path("frequency").isNull()).as("the sale price has no frequency").isTrue();
        assertThat(klass.path("pricing").get(1).path("currency").asText()).isEqualTo("SEK");

        JsonNode product = createdAndReadBack("products", productBody(klass.path("id").asText(), "WINE-CHABLIS-2022"));
        assertThat(product.path("sku").asText()).isEqualTo("WINE-CHABLIS-2022");
        assertThat(product.path("attributes").path("vintage").asInt()).isEqualTo(2022);

        JsonNode asset = createdAndReadBack("assets", "{\"productId\": \"" + product.path("id").asText() + "\", \"serialNumber\": \"EX-7\"}");
        assertThat(asset.path("serialNumber").asText()).isEqualTo("EX-7");
    }

    @Test
    void lists_page_through_every_entry_in_creation_order() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            made.add(category());
        }
        List<String> seen = new ArrayList<>();
        String next = "";
        int pages = 0;
        do {
            RunningApi.Reply page = api.call("GET", BASE + "/categories?limit=2" + (next.isEmpty() ? "" : "&cursor=" + next))
                    .token(viewer).send();
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.body().path("items").size()).isLessThanOrEqualTo(2);
            page.body().path("items").forEach(c -> seen.add(c.path("id").asText()));
            next = page.body().path("nextCursor").isNull() ? "" : page.body().path("nextCursor").asText();
            pages++;
        } while (!next.isEmpty() && pages < 50);
        assertThat(seen).containsSubsequence(made).doesNotHaveDuplicates();
        for (String collection : List.of("klasses", "products", "assets")) {
            RunningApi.Reply list = api.call("GET", BASE + "/" + collection).token(viewer).send();
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            assertThat(list.body().has("items")).isTrue();
        }
    }

    @Test
    void list_parameters_the_adapter_can_read_are_400_and_out_of_range_ones_422() {
        for (String collection : List.of("categories", "klasses", "products", "assets")) {
            assertThat(fields(problem(api.call("GET", BASE + "/" + collection + "?limit=many").token(viewer).send(), 400,
                    "request.invalid_parameters"))).containsExactly("limit");
            assertThat(fields(problem(api.call("GET", BASE + "/" + collection + "?sort=name").token(viewer).send(), 400,
                    "request.invalid_parameters"))).containsExactly("sort");
            assertThat(fields(problem(api.call("GET", BASE + "/" + collection + "?limit=0").token(viewer).send(), 422,
                    "validation.failed"))).containsExactly("limit");
            problem(api.call("GET", BASE + "/" + collection + "?cursor=not-ours").token(viewer).send(), 422, "validation.failed");
        }
    }

    // refusals, per collection

    @Test
    void malformed_json_is_400_everywhere() {
        for (String collection : List.of("categories", "klasses", "products", "assets")) {
            problem(post(collection, admin, "{\"name\": "), 400, "request.malformed_json");
        }
    }

    @Test
    void wrong_types_are_400_naming_the_field() {
        String category = category();
        String klass = created("klasses", klassBody(category));

        assertThat(fields(problem(post("categories", admin, "{\"name\": \"Boats\", \"type\": \"BOAT\"}"), 400, "request.wrong_type")))
                .containsExactly("type");
        assertThat(fields(problem(post("klasses", admin, klassBody(category).replace("\"900.00\"", "\"nine hundred\"")), 400,
                "request.wrong_type"))).containsExactly("pricing[1].price");
        assertThat(fields(problem(post("klasses", admin, klassBody(category).replace("\"DAY\"", "\"HOUR\"")), 400,
                "request.wrong_type"))).containsExactly("pricing[1].frequency");
        assertThat(fields(problem(post("products", admin, productBody(klass, "SKU-1").replaceFirst("\\{\"producer\"[^}]*}", "[]")), 400,
                "request.wrong_type"))).containsExactly("attributes");
        assertThat(fields(problem(post("assets", admin, "{\"productId\": \"" + klass + "\", \"serialNumber\": 7}"), 400,
                "request.wrong_type"))).containsExactly("serialNumber");
    }

    @Test
    void missing_fields_are_400_listing_every_one() {
        assertThat(fields(problem(post("categories", admin, "{}"), 400, "request.validation_failed"))).containsExactly("name", "type");
        assertThat(fields(problem(post("klasses", admin, "{\"pricing\": [{\"frequency\": \"DAY\"}]}"), 400, "request.validation_failed")))
                .containsExactly("categoryId", "name", "pricing[0].currency", "pricing[0].price");
        assertThat(fields(problem(post("products", admin, "{\"attributes\": {}}"), 400, "request.validation_failed")))
                .containsExactly("klassId", "name", "sku");
        assertThat(fields(problem(post("assets", admin, "{}"), 400, "request.validation_failed"))).containsExactly("productId", "serialNumber");
        assertThat(fields(problem(post("klasses", admin, klassBody(category()).replace("\"SEK\"}]", "\"ZZZ\"}]")), 400,
                "request.validation_failed"))).containsExactly("pricing[2].currency");
    }

    @Test
    void what_the_catalog_model_refuses_is_422_or_409() {
        String klass = created("klasses", klassBody(category()));

        assertThat(fields(problem(post("categories", admin, "{\"name\": \" \", \"type\": \"SALE\"}"), 422, "validation.failed")))
                .containsExactly("name");
        assertThat(fields(problem(post("klasses", admin, klassBody("0190f7a4-5c1e-7c3a-9f00-00000000dead").replace("\"900.00\"", "\"-1\"")),
                422, "validation.failed"))).containsExactlyInAnyOrder("pricing[1].price", "categoryId");
        assertThat(fields(problem(post("products", admin, productBody(klass, "not a sku")), 422, "validation.failed")))
                .containsExactly("sku");
        created("products", productBody(klass, "SKU-TAKEN"));
        problem(post("products", admin, productBody(klass, "SKU-TAKEN")), 409, "product.already_exists");
        assertThat(fields(problem(post("assets", admin, "{\"productId\": \"" + klass + "\", \"serialNumber\": \"EX-1\"}"), 422,
                "validation.failed"))).containsExactly("productId");
    }

    @Test
    void creating_needs_a_token_and_the_admin_role() {
        for (String collection : List.of("categories", "klasses", "products", "assets")) {
            problem(api.call("POST", BASE + "/" + collection).json("{}").send(), 401, "auth.missing_token");
        }
        problem(post("categories", operator, "{\"name\": \"Wines\", \"type\": \"SALE\"}"), 403, "access.forbidden");
    }

    @Test
    void another_tenants_entries_are_not_found_and_reading_needs_a_token() {
        String category = category();
        String klass = created("klasses", klassBody(category));
        String product = created("products", productBody(klass, "SKU-FOREIGN"));
        String asset = created("assets", "{\"productId\": \"" + product + "\", \"serialNumber\": \"EX-9\"}");
        List<String[]> entries = List.of(new String[] {"categories", category, "category"}, new String[] {"klasses", klass, "klass"},
                new String[] {"products", product, "product"}, new String[] {"assets", asset, "asset"});

        for (String[] e : entries) {
            problem(api.call("GET", BAKERY + "/" + e[0] + "/" + e[1]).token(bakeryAdmin).send(), 404, e[2] + ".not_found");
            problem(api.call("GET", BASE + "/" + e[0] + "/not-a-uuid").token(viewer).send(), 404, e[2] + ".not_found");
            problem(api.call("GET", BASE + "/" + e[0] + "/" + e[1]).send(), 401, "auth.missing_token");
            problem(api.call("GET", BASE + "/" + e[0]).send(), 401, "auth.missing_token");
        }
        assertThat(fields(problem(api.call("POST", BAKERY + "/klasses").token(bakeryAdmin).json(klassBody(category)).send(), 422,
                "validation.failed"))).as("R35: another tenant's category reads like an unknown one").containsExactly("categoryId");
    }
}
