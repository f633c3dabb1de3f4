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

/**
 * Order modifiers and their rules (seed 003) over HTTP: created by admins, read back by id and in
 * lists, every bad input refused with the field it concerns, and order lines that charge a modifier.
 * Every rule stored here is conditioned on the rental klass, which no order here uses, so orders
 * hold exactly the lines they ask for whatever rules apply.
 */
class ModifierEndpointsIT {

    static final String BAKERY = "/api/v1/tenants/bakery";
    static final String MISSING = "0190f7a4-5c1e-7c3a-9f00-00000000dead";
    /** Names are unique per tenant, so every fixture gets its own. */
    static final AtomicInteger UNIQUE = new AtomicInteger();

    static RunningApi api;
    static String admin;
    static String operator;
    static String viewer;
    static String bakeryAdmin;
    static String klass;
    static String category;

    @BeforeAll
    static void start() {
        api = RunningApi.start();
        admin = TestTokens.user("ada", TENANT, "admin");
        operator = TestTokens.user("ann", TENANT, "operator");
        viewer = TestTokens.user("vic", TENANT, "viewer");
        bakeryAdmin = TestTokens.user("olga", "bakery", "admin");
        category = created("categories", "{\"name\": \"Rental equipment\", \"type\": \"RENTAL\"}").path("id").asText();
        klass = created("klasses", """
                {"name": "Excavator 3t", "categoryId": "%s",
                 "pricing": [{"frequency": "DAY", "price": "900.00", "currency": "SEK"}]}""".formatted(category)).path("id").asText();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static RunningApi.Reply post(String collection, String token, String body) {
        return api.call("POST", BASE + "/" + collection).token(token).json(body).send();
    }

    static JsonNode created(String collection, String body) {
        RunningApi.Reply reply = post(collection, admin, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.body();
    }

    static String modifier() {
        return created("modifiers", "{\"name\": \"Delivery " + UNIQUE.incrementAndGet() + "\", \"kind\": \"DELIVERY\"}").path("id").asText();
    }

    static String rule(String modifier, String condition, String effect) {
        return """
                {"modifierId": "%s", "condition": %s, "effect": %s}""".formatted(modifier, condition, effect);
    }

    static final String FIXED = "{\"type\": \"FIXED\", \"amount\": \"250.00\", \"currency\": \"SEK\"}";

    static String onRentalsOf(String klassId) {
        return """
                {"kinds": ["RENTAL"], "categoryId": null, "klassId": "%s", "minLineAmount": {"amount": "100.00", "currency": "SEK"}}"""
                .formatted(klassId);
    }

    static RunningApi.Reply get(String path, String token) {
        return api.call("GET", BASE + path).token(token).send();
    }

    // success paths

    @Test
    void an_admin_creates_a_modifier_and_it_reads_back_by_its_location_and_in_the_list() {
        RunningApi.Reply reply = post("modifiers", admin, "{\"name\": \"Damage waiver\", \"kind\": \"DAMAGE_WAIVER\", \"description\": \"Covers scratches\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode m = reply.body();
        assertThat(reply.header("Location")).contains(BASE + "/modifiers/" + m.path("id").asText());
        assertThat(m.path("name").asText()).isEqualTo("Damage waiver");
        assertThat(m.path("kind").asText()).isEqualTo("DAMAGE_WAIVER");
        assertThat(m.path("description").asText()).isEqualTo("Covers scratches");
        assertThat(m.path("deletedAt").isNull()).isTrue();
        RunningApi.Reply read = api.call("GET", reply.header("Location").orElseThrow()).token(viewer).send();
        assertThat(read.body()).isEqualTo(m);
        List<String> listed = new ArrayList<>();
        get("/modifiers?limit=200", viewer).body().path("items").forEach(i -> listed.add(i.path("id").asText()));
        assertThat(listed).contains(m.path("id").asText());
    }

    @Test
    void an_admin_creates_rules_of_every_effect_and_each_reads_back_in_the_shape_it_was_sent() {
        String delivery = modifier();

        JsonNode fixed = created("modifier-rules", rule(delivery, onRentalsOf(klass), FIXED));
        JsonNode percent = created("modifier-rules", rule(delivery, "{\"categoryId\": \"" + category + "\"}",
                "{\"type\": \"PERCENT\", \"percent\": \"12.5\"}"));
        JsonNode perUnit = created("modifier-rules", """
                {"modifierId": "%s", "condition": {"klassId": "%s"}, "effect": {"type": "PER_UNIT", "amount": 5, "currency": "SEK"}}"""
                .formatted(delivery, klass));

        assertThat(fixed.path("modifierId").asText()).isEqualTo(delivery);
        assertThat(fixed.at("/condition/kinds").toString()).isEqualTo("[\"RENTAL\"]");
        assertThat(fixed.at("/condition/klassId").asText()).isEqualTo(klass);
        assertThat(fixed.at("/condition/categoryId").isNull()).isTrue();
        assertThat(fixed.at("/condition/minLineAmount/amount").asText()).isEqualTo("100.00");
        assertThat(fixed.at("/effect/type").asText()).isEqualTo("FIXED");
        assertThat(fixed.at("/effect/amount").asText()).isEqualTo("250.00");
        assertThat(fixed.at("/effect/percent").isNull()).isTrue();
        assertThat(percent.at("/effect/percent").asText()).isEqualTo("12.5");
        assertThat(percent.at("/effect/amount").isNull()).isTrue();
        assertThat(percent.at("/condition/kinds").size()).as("no kinds is any kind").isZero();
        assertThat(perUnit.at("/effect/amount").asText()).as("in SEK minor units").isEqualTo("5.00");
        assertThat(perUnit.at("/condition/minLineAmount").isNull()).isTrue();
        for (JsonNode r : List.of(fixed, percent, perUnit)) {
            assertThat(get("/modifier-rules/" + r.path("id").asText(), viewer).body()).isEqualTo(r);
        }
        assertThat(get("/modifier-rules?limit=200", viewer).body().path("items").findValuesAsText("id"))
                .contains(fixed.path("id").asText(), percent.path("id").asText(), perUnit.path("id").asText());
    }

    // bad inputs

    @Test
    void a_modifier_with_missing_or_unknown_fields_is_400_and_one_the_model_refuses_is_422_or_409() {
        assertThat(fields(problem(post("modifiers", admin, "{}"), 400, "request.validation_failed"))).containsExactly("kind", "name");
        assertThat(fields(problem(post("modifiers", admin, "{\"name\": \"VAT\", \"kind\": \"TAX\"}"), 400, "request.wrong_type")))
                .containsExactly("kind");
        assertThat(fields(problem(post("modifiers", admin, "{\"name\": \" \", \"kind\": \"FEE\", \"description\": \" \"}"), 422,
                "validation.failed"))).containsExactlyInAnyOrder("name", "description");
        String name = "Handling " + UNIQUE.incrementAndGet();
        created("modifiers", "{\"name\": \"" + name + "\", \"kind\": \"FEE\"}");
        problem(post("modifiers", admin, "{\"name\": \"" + name + "\", \"kind\": \"OTHER\"}"), 409, "modifier.already_exists");
    }

    @Test
    void a_rule_referencing_a_missing_klass_or_modifier_is_422_naming_each_with_the_rules_own_violations() {
        String delivery = modifier();

        JsonNode missingKlass = problem(post("modifier-rules", admin, rule(delivery, onRentalsOf(MISSING), FIXED)), 422, "validation.failed");
        JsonNode everything = problem(post("modifier-rules", admin, rule(MISSING,
                "{\"categoryId\": \"" + MISSING + "\", \"klassId\": \"" + MISSING + "\"}",
                "{\"type\": \"FIXED\", \"amount\": \"-1\", \"currency\": \"SEK\"}")), 422, "validation.failed");

        assertThat(fields(missingKlass)).containsExactly("condition.klassId");
        assertThat(missingKlass.path("errors").get(0).path("message").asText()).contains("unknown_klass");
        assertThat(fields(everything)).containsExactlyInAnyOrder("modifierId", "condition.categoryId", "condition.klassId", "effect.amount");
    }

    @Test
    void negative_amounts_a_percent_out_of_range_and_a_percent_with_an_amount_are_422() {
        String delivery = modifier();

        assertThat(fields(problem(post("modifier-rules", admin, rule(delivery,
                "{\"minLineAmount\": {\"amount\": \"-100\", \"currency\": \"SEK\"}}",
                "{\"type\": \"PER_UNIT\", \"amount\": \"-0.01\", \"currency\": \"SEK\"}")), 422, "validation.failed")))
                .containsExactlyInAnyOrder("condition.minLineAmount.amount", "effect.amount");
        for (String percent : List.of("0", "-5", "1000.5", "12.12345")) {
            assertThat(fields(problem(post("modifier-rules", admin, rule(delivery, "null",
                    "{\"type\": \"PERCENT\", \"percent\": \"" + percent + "\"}")), 422, "validation.failed")))
                    .as("percent %s", percent).containsExactly("effect.percent");
        }
        assertThat(fields(problem(post("modifier-rules", admin, rule(delivery, "null",
                "{\"type\": \"PERCENT\", \"percent\": \"10\", \"amount\": \"5.00\", \"currency\": \"SEK\"}")), 422, "validation.failed")))
                .containsExactlyInAnyOrder("effect.amount", "effect.currency");
        assertThat(fields(problem(post("modifier-rules", admin, rule(delivery, "null",
                "{\"type\": \"FIXED\", \"amount\": \"5.001\", \"currency\": \"SEK\", \"percent\": \"3\"}")), 422, "validation.failed")))
                .containsExactlyInAnyOrder("effect.amount", "effect.percent");
        assertThat(fields(problem(post("modifier-rules", admin, rule(delivery, "null", "{\"type\": \"FIXED\"}")), 422,
                "validation.failed"))).containsExactlyInAnyOrder("effect.amount", "effect.currency");
    }

    @Test
    void an_unknown_currency_an_unknown_kind_and_missing_fields_are_400_naming_each() {
        String delivery = modifier();

        assertThat(fields(problem(post("modifier-rules", admin, rule(delivery,
                "{\"minLineAmount\": {\"amount\": \"100\", \"currency\": \"ZZZ\"}}",
                "{\"type\": \"FIXED\", \"amount\": \"5.00\", \"currency\": \"XAU\"}")), 400, "request.validation_failed")))
                .containsExactlyInAnyOrder("condition.minLineAmount.currency", "effect.currency");
        assertThat(fields(problem(post("modifier-rules", admin, rule(delivery, "null",
                "{\"type\": \"FIXED\", \"amount\": \"5.00\", \"currency\": \"sek\"}")), 400, "request.validation_failed")))
                .containsExactly("effect.currency");
        assertThat(fields(problem(post("modifier-rules", admin, rule(delivery, "{\"kinds\": [\"RENTAL\", \"RENTALS\"]}", FIXED)), 400,
                "request.wrong_type"))).containsExactly("condition.kinds[1]");
        assertThat(fields(problem(post("modifier-rules", admin, rule(delivery, "null", "{\"type\": \"DISCOUNT\"}")), 400,
                "request.wrong_type"))).containsExactly("effect.type");
        assertThat(fields(problem(post("modifier-rules", admin, "{\"condition\": {\"kinds\": [null]}}"), 400,
                "request.validation_failed"))).containsExactlyInAnyOrder("condition.kinds[0]", "effect", "modifierId");
        assertThat(fields(problem(post("modifier-rules", admin, rule(delivery, "null", "{}")), 400, "request.validation_failed")))
                .containsExactly("effect.type");
        assertThat(fields(problem(post("modifier-rules", admin, rule(delivery, "null", FIXED).replace("}}", "}, \"priority\": 1}")),
                400, "request.unknown_field"))).containsExactly("priority");
    }

    @Test
    void a_rule_on_a_deleted_modifier_is_422() {
        String retired = modifier();
        assertThat(api.call("DELETE", BASE + "/modifiers/" + retired).token(admin).send().status()).isEqualTo(200);

        JsonNode refused = problem(post("modifier-rules", admin, rule(retired, "null", FIXED)), 422, "validation.failed");

        assertThat(fields(refused)).containsExactly("modifierId");
        assertThat(refused.path("errors").get(0).path("message").asText()).contains("modifier_deleted");
    }

    @Test
    void a_frequency_on_a_klass_of_a_sale_category_is_422_and_a_negative_price_too() {
        String wines = created("categories", "{\"name\": \"Wines " + UNIQUE.incrementAndGet() + "\", \"type\": \"SALE\"}").path("id").asText();

        JsonNode refused = problem(post("klasses", admin, """
                {"name": "Chablis", "categoryId": "%s",
                 "pricing": [{"frequency": null, "price": "150.00", "currency": "SEK"},
                             {"frequency": "DAY", "price": "-15.00", "currency": "SEK"}]}""".formatted(wines)), 422, "validation.failed");

        assertThat(fields(refused)).containsExactlyInAnyOrder("pricing[1].frequency", "pricing[1].price");
        assertThat(refused.path("errors").findValuesAsText("message")).anySatisfy(m -> assertThat(m).contains("frequency_not_allowed"));
        created("klasses", """
                {"name": "Chablis", "categoryId": "%s", "pricing": [{"frequency": null, "price": "150.00", "currency": "SEK"}]}"""
                .formatted(wines));
    }

    @Test
    void R36_only_admins_create_and_R35_another_tenants_modifiers_and_rules_are_unknown() {
        String delivery = modifier();
        String ruleId = created("modifier-rules", rule(delivery, onRentalsOf(klass), FIXED)).path("id").asText();

        problem(post("modifiers", operator, "{\"name\": \"Fee\", \"kind\": \"FEE\"}"), 403, "access.forbidden");
        problem(post("modifier-rules", viewer, rule(delivery, "null", FIXED)), 403, "access.forbidden");
        problem(api.call("GET", BAKERY + "/modifiers/" + delivery).token(bakeryAdmin).send(), 404, "modifier.not_found");
        problem(api.call("GET", BAKERY + "/modifier-rules/" + ruleId).token(bakeryAdmin).send(), 404, "modifier_rule.not_found");
        problem(get("/modifiers/not-a-uuid", viewer), 404, "modifier.not_found");
        problem(get("/modifier-rules/" + MISSING, viewer), 404, "modifier_rule.not_found");
        assertThat(fields(problem(api.call("POST", BAKERY + "/modifier-rules").token(bakeryAdmin)
                .json(rule(delivery, onRentalsOf(klass), FIXED)).send(), 422, "validation.failed")))
                .as("R35: our modifier and klass read like unknown ones to the bakery").containsExactlyInAnyOrder("modifierId", "condition.klassId");
        problem(api.call("GET", BASE + "/modifiers").send(), 401, "auth.missing_token");
    }

    @Test
    void list_parameters_are_checked_like_every_catalog_list() {
        for (String collection : List.of("modifiers", "modifier-rules")) {
            assertThat(fields(problem(get("/" + collection + "?includeDeleted=yes", viewer), 400, "request.invalid_parameters")))
                    .containsExactly("includeDeleted");
            assertThat(fields(problem(get("/" + collection + "?limit=0", viewer), 422, "validation.failed"))).containsExactly("limit");
            problem(get("/" + collection + "?cursor=not-ours", viewer), 422, "validation.failed");
        }
    }

    // charge lines

    @Test
    void an_order_line_naming_a_modifier_is_a_charge_of_it_and_round_trips_with_its_charge() {
        String delivery = modifier();
        String order = """
                {"currency": "SEK", "customerId": "0190f7a4-5c1e-7c3a-9f00-000000000001",
                 "lineItems": [
                   {"ref": "tasting", "description": "Wine tasting", "quantity": 2, "unitPrice": "450.00", "on": "2026-02-01"},
                   {"modifies": "tasting", "modifierId": "%s", "description": "Delivery", "quantity": 1, "unitPrice": "250.00",
                    "on": "2026-02-01"}]}""".formatted(delivery);

        RunningApi.Reply placed = api.call("POST", BASE + "/orders").token(operator).json(order).send();

        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        JsonNode charge = placed.body().at("/lineItems/1");
        assertThat(charge.path("kind").asText()).isEqualTo("CHARGE");
        assertThat(charge.at("/charge/modifierId").asText()).isEqualTo(delivery);
        assertThat(charge.at("/charge/kind").asText()).isEqualTo("DELIVERY");
        assertThat(charge.at("/charge/ruleId").isNull()).as("the request named the modifier; no rule added it").isTrue();
        assertThat(placed.body().at("/lineItems/0/charge").isNull()).isTrue();
        RunningApi.Reply read = api.call("GET", placed.header("Location").orElseThrow()).token(viewer).send();
        assertThat(read.body().path("lineItems")).isEqualTo(placed.body().path("lineItems"));

        RunningApi.Reply adjusted = api.call("POST", placed.header("Location").orElseThrow() + "/adjustments").token(operator)
                .header("If-Match", placed.header("ETag").orElseThrow()).json("""
                        {"reason": "pick-up booked", "add": [{"modifiesLineItemId": "%s", "modifierId": "%s", "description": "Pick-up",
                          "quantity": 1, "unitPrice": "250.00", "on": "2026-02-02"}]}"""
                        .formatted(placed.body().at("/lineItems/0/id").asText(), delivery)).send();
        assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(200);
        assertThat(adjusted.body().path("lineItems").findValues("charge").stream().filter(c -> !c.isNull()).count()).isEqualTo(2);
    }

    @Test
    void an_order_line_charging_an_unknown_modifier_or_one_with_a_product_is_422() {
        RunningApi.Reply refused = api.call("POST", BASE + "/orders").token(operator).json("""
                {"currency": "SEK", "customerId": "0190f7a4-5c1e-7c3a-9f00-000000000001",
                 "lineItems": [{"modifierId": "%s", "description": "Delivery", "quantity": 1, "unitPrice": "250.00", "on": "2026-02-01"},
                               {"modifierId": "not-a-uuid", "quantity": 1, "unitPrice": "1.00", "on": "2026-02-01"}]}"""
                .formatted(MISSING)).send();
        assertThat(fields(problem(refused, 400, "request.wrong_type"))).containsExactly("lineItems[1].modifierId");

        RunningApi.Reply unknown = api.call("POST", BASE + "/orders").token(operator).json("""
                {"currency": "SEK", "customerId": "0190f7a4-5c1e-7c3a-9f00-000000000001",
                 "lineItems": [{"modifierId": "%s", "klassId": "%s", "quantity": 1, "unitPrice": "250.00", "on": "2026-02-01"}]}"""
                .formatted(MISSING, klass)).send();
        assertThat(problem(unknown, 422, "validation.failed").path("errors").findValuesAsText("message"))
                .anySatisfy(m -> assertThat(m).contains("unknown_modifier"))
                .anySatisfy(m -> assertThat(m).contains("modifier_needs_charge"));
    }

    @Test
    void an_intent_line_naming_a_modifier_becomes_a_charge_of_it() {
        String delivery = modifier();
        RunningApi.Reply accepted = api.call("POST", BASE + "/intents").token(operator).json("""
                {"intentId": "shop-%d", "sourceSystem": "channel.shopify", "contractVersion": 1, "currency": "SEK",
                 "customerRef": "0190f7a4-5c1e-7c3a-9f00-000000000001", "submittedAt": "2026-01-14T10:00:00Z",
                 "lineItems": [{"ref": "wine", "description": "Chablis", "quantity": 6, "unitPrice": "150.00", "on": "2026-02-01"},
                               {"modifies": "wine", "modifierId": "%s", "description": "Shipping", "quantity": 1, "unitPrice": "49.00",
                                "on": "2026-02-01"}]}""".formatted(UNIQUE.incrementAndGet(), delivery)).send();

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        JsonNode order = get("/orders/" + accepted.body().path("orderId").asText(), viewer).body();
        assertThat(order.at("/lineItems/1/charge/modifierId").asText()).isEqualTo(delivery);
    }
}
