package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordercore.application.port.out.TenantPolicy;
import dev.ordercore.domain.pricing.TaxPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.ordercore.adapter.http.ErrorResponsesIT.fields;
import static dev.ordercore.adapter.http.ErrorResponsesIT.problem;
import static dev.ordercore.adapter.http.RunningApi.BASE;
import static dev.ordercore.adapter.http.RunningApi.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET} and {@code PUT /orders/{orderId}/calculation} (R31) and {@code GET
 * /orders/{orderId}/billing-schedule} (R34), on an API whose tenants tax wine with an illustrative
 * excise of 55.00 SEK per litre of pure alcohol, and on one whose tenants have no excise rate.
 */
class CalculationEndpointsIT {

    static final String CUSTOMER = "0190f7a4-5c1e-7c3a-9f00-000000000001";
    static final AtomicInteger UNIQUE = new AtomicInteger();

    static RunningApi api;
    static RunningApi noExcise;
    static String admin;
    static String operator;
    static String viewer;
    static String bakeryAdmin;

    @BeforeAll
    static void start() {
        api = RunningApi.start(TenantPolicy.DEFAULT.withTax(TaxPolicy.DEFAULT.withExcisePerLitre(Currency.getInstance("SEK"),
                new BigDecimal("55.00"))));
        noExcise = RunningApi.start();
        admin = TestTokens.user("ada", TENANT, "admin");
        operator = TestTokens.user("ann", TENANT, "operator");
        viewer = TestTokens.user("vic", TENANT, "viewer");
        bakeryAdmin = TestTokens.user("olga", "bakery", "admin");
    }

    @AfterAll
    static void stop() {
        api.close();
        noExcise.close();
    }

    /** A wine klass and a Chablis (750 ml, 12.5 %) in {@code on}'s catalog; answers the product's id. */
    static String chablis(RunningApi on) {
        int n = UNIQUE.incrementAndGet();
        String category = created(on, "categories", "{\"name\": \"Wines " + n + "\", \"type\": \"SALE\"}");
        String klass = created(on, "klasses", """
                {"name": "White wine", "categoryId": "%s", "pricing": [{"frequency": null, "price": "150.00", "currency": "SEK"}]}"""
                .formatted(category));
        return created(on, "products", """
                {"klassId": "%s", "sku": "WINE-CHABLIS-%d", "name": "Chablis 2022",
                 "attributes": {"producer": "Domaine X", "vintage": 2022, "alcoholPercentage": "12.5", "bottleSizeMl": 750}}"""
                .formatted(klass, n));
    }

    /** A rental klass in {@code on}'s catalog. */
    static String excavator(RunningApi on) {
        int n = UNIQUE.incrementAndGet();
        String category = created(on, "categories", "{\"name\": \"Rental equipment " + n + "\", \"type\": \"RENTAL\"}");
        return created(on, "klasses", """
                {"name": "Excavator 3t", "categoryId": "%s", "pricing": [{"frequency": "DAY", "price": "900.00", "currency": "SEK"}]}"""
                .formatted(category));
    }

    static String created(RunningApi on, String collection, String body) {
        RunningApi.Reply reply = on.call("POST", BASE + "/" + collection).token(admin).json(body).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.body().path("id").asText();
    }

    /** A placed order of twelve bottles of Chablis at 150.00: its path and ETag. */
    record Placed(String path, String etag, JsonNode body) {
        String inBakery() {
            return path.replace("/tenants/" + TENANT + "/", "/tenants/bakery/");
        }
    }

    static Placed wineOrder(RunningApi on) {
        String body = """
                {"currency": "SEK", "customerId": "%s",
                 "lineItems": [{"productId": "%s", "quantity": 12, "unitPrice": "150.00", "on": "2026-02-01"}]}"""
                .formatted(CUSTOMER, chablis(on));
        RunningApi.Reply reply = on.call("POST", BASE + "/orders").token(operator).json(body).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return new Placed(BASE + "/orders/" + reply.body().path("id").asText(), reply.header("ETag").orElseThrow(), reply.body());
    }

    static String manual(String total) {
        return """
                {"currency": "SEK", "subtotalExclVat": "1800.00", "vat": [{"rate": "25", "amount": "450.00"}], "excise": "0.00",
                 "shippingExclVat": "0.00", "shippingVat": "0.00", "total": "%s", "reason": "the importer pays the excise"}""".formatted(total);
    }

    // GET /orders/{orderId}/calculation

    @Test
    void R31_a_wine_order_is_calculated_with_vat_on_the_subtotal_plus_excise() {
        Placed order = wineOrder(api);

        RunningApi.Reply reply = api.call("GET", order.path() + "/calculation").token(viewer).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("ETag")).contains(order.etag());
        JsonNode c = reply.body();
        assertThat(c.path("method").asText()).isEqualTo("AUTO");
        assertThat(c.path("currency").asText()).isEqualTo("SEK");
        assertThat(c.path("subtotalExclVat").asText()).isEqualTo("1800.00");
        assertThat(c.at("/excise/alcoholLitres").asText()).isEqualTo("1.125");
        assertThat(c.at("/excise/ratePerLitre").asText()).isEqualTo("55.00");
        assertThat(c.at("/excise/amount").asText()).isEqualTo("61.88");
        assertThat(c.at("/vat/0/rate").asText()).isEqualTo("25.00");
        assertThat(c.at("/vat/0/taxable").asText()).isEqualTo("1861.88");
        assertThat(c.at("/vat/0/amount").asText()).isEqualTo("465.47");
        assertThat(c.path("vatTotal").asText()).isEqualTo("465.47");
        assertThat(c.at("/shipping/inclVat").asText()).isEqualTo("0.00");
        assertThat(c.path("total").asText()).isEqualTo("2327.35");
        assertThat(c.path("manual").isNull()).isTrue();
    }

    @Test
    void R31_reading_an_order_shows_its_calculation() {
        Placed order = wineOrder(api);

        RunningApi.Reply reply = api.call("GET", order.path()).token(viewer).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.body().at("/calculation/total").asText()).isEqualTo("2327.35");
        assertThat(reply.body().has("calculationRefused")).isFalse();
        assertThat(order.body().has("calculation")).as("only reading one order adds its calculation").isFalse();
    }

    @Test
    void R31_without_an_excise_rate_the_calculation_is_refused_naming_the_line_and_the_order_still_reads() {
        Placed order = wineOrder(noExcise);

        JsonNode refused = problem(noExcise.call("GET", order.path() + "/calculation").token(viewer).send(), 409, "calculation.refused");
        RunningApi.Reply read = noExcise.call("GET", order.path()).token(viewer).send();

        assertThat(fields(refused)).containsExactly("lineItems[0].snapshot.attributes");
        assertThat(refused.path("detail").asText()).contains("no excise rate per litre for SEK");
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.body().has("calculation")).isFalse();
        assertThat(read.body().at("/calculationRefused/code").asText()).isEqualTo("calculation.refused");
        assertThat(read.body().at("/calculationRefused/errors/0/field").asText()).isEqualTo("lineItems[0].snapshot.attributes");
    }

    // PUT /orders/{orderId}/calculation

    @Test
    void R31_an_admin_states_the_calculation_by_hand_and_it_stands_with_who_and_why() {
        Placed order = wineOrder(noExcise);

        RunningApi.Reply put = noExcise.call("PUT", order.path() + "/calculation").token(admin).header("If-Match", order.etag())
                .json(manual("2250.00")).send();

        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.body().path("method").asText()).isEqualTo("MANUAL");
        assertThat(put.body().at("/manual/by").asText()).isEqualTo("ada");
        assertThat(put.body().at("/manual/reason").asText()).isEqualTo("the importer pays the excise");
        assertThat(put.body().at("/vat/0/rate").asText()).isEqualTo("25.00");
        assertThat(put.body().at("/vat/0/taxable").isNull()).isTrue();
        long version = order.body().path("version").asLong() + 1;
        assertThat(put.header("ETag")).contains("\"" + version + "\"");
        RunningApi.Reply read = noExcise.call("GET", order.path()).token(viewer).send();
        assertThat(read.body().path("version").asLong()).isEqualTo(version);
        assertThat(read.body().at("/calculation/method").asText()).isEqualTo("MANUAL");
        assertThat(read.body().at("/calculation/total").asText()).isEqualTo("2250.00");
        JsonNode timeline = noExcise.call("GET", order.path() + "/timeline").token(viewer).send().body();
        List<String> codes = new ArrayList<>();
        timeline.path("entries").forEach(e -> codes.add(e.path("code").asText()));
        assertThat(codes).as(timeline.toString()).endsWith("order:manually_adjusted");
    }

    @Test
    void R31_a_later_change_of_the_lines_supersedes_the_manual_calculation() {
        Placed order = wineOrder(api);
        String etag = api.call("PUT", order.path() + "/calculation").token(admin).header("If-Match", order.etag())
                .json(manual("2250.00")).send().header("ETag").orElseThrow();

        RunningApi.Reply adjusted = api.call("POST", order.path() + "/adjustments").token(operator).header("If-Match", etag).json("""
                {"add": [{"description": "Gift wrapping", "quantity": 1, "unitPrice": "20.00", "on": "2026-02-01"}],
                 "reason": "customer asked"}""").send();
        RunningApi.Reply read = api.call("GET", order.path() + "/calculation").token(viewer).send();

        assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(200);
        assertThat(read.body().path("method").asText()).isEqualTo("AUTO");
        assertThat(read.body().path("subtotalExclVat").asText()).isEqualTo("1820.00");
        assertThat(read.body().at("/supersededManual/total").asText()).isEqualTo("2250.00");
        assertThat(read.body().at("/supersededManual/by").asText()).isEqualTo("ada");
    }

    @Test
    void R31_bad_manual_calculations_are_422_with_every_violation() {
        Placed order = wineOrder(api);

        JsonNode negative = problem(api.call("PUT", order.path() + "/calculation").token(admin).header("If-Match", "*").json("""
                {"currency": "XYZ", "subtotalExclVat": "-1800.00", "vat": [{"rate": "25", "amount": "-450.00"}, {"rate": "125", "amount": "1"}],
                 "excise": "0.001", "shippingExclVat": "0", "shippingVat": "0", "total": "-2250.00", "reason": " "}""").send(),
                422, "validation.failed");
        JsonNode notTheSum = problem(api.call("PUT", order.path() + "/calculation").token(admin).header("If-Match", "*")
                .json(manual("2250.01")).send(), 422, "validation.failed");
        JsonNode otherCurrency = problem(api.call("PUT", order.path() + "/calculation").token(admin).header("If-Match", "*")
                .json(manual("2250.00").replace("\"SEK\"", "\"EUR\"")).send(), 422, "validation.failed");

        assertThat(fields(negative)).containsExactlyInAnyOrder("currency", "subtotalExclVat", "vat[0].amount", "vat[1].rate", "excise", "total",
                "reason");
        assertThat(fields(notTheSum)).containsExactly("total");
        assertThat(notTheSum.at("/errors/0/message").asText()).contains("2250.00", "total_mismatch");
        assertThat(fields(otherCurrency)).containsExactly("currency");
        assertThat(api.call("GET", order.path() + "/calculation").token(viewer).send().body().path("method").asText()).isEqualTo("AUTO");
    }

    @Test
    void R31_a_manual_calculation_without_a_reason_or_an_amount_is_a_400() {
        Placed order = wineOrder(api);

        JsonNode missing = problem(api.call("PUT", order.path() + "/calculation").token(admin).header("If-Match", "*").json("""
                {"currency": "SEK", "subtotalExclVat": "1800.00", "vat": [], "shippingExclVat": "0", "shippingVat": "0", "total": "1800.00"}""")
                .send(), 400, "request.validation_failed");
        JsonNode typo = problem(api.call("PUT", order.path() + "/calculation").token(admin).header("If-Match", "*")
                .json(manual("2250.00").replace("\"excise\"", "\"exsise\"")).send(), 400, "request.unknown_field");

        assertThat(fields(missing)).containsExactlyInAnyOrder("excise", "reason");
        assertThat(typo.path("detail").asText()).contains("exsise");
    }

    @Test
    void R31_R36_stating_a_calculation_takes_if_match_a_fresh_version_and_an_admin() {
        Placed order = wineOrder(api);

        problem(api.call("PUT", order.path() + "/calculation").token(admin).json(manual("2250.00")).send(), 428, "concurrency.if_match_required");
        problem(api.call("PUT", order.path() + "/calculation").token(admin).header("If-Match", "\"99\"").json(manual("2250.00")).send(),
                412, "concurrency.stale_version");
        problem(api.call("PUT", order.path() + "/calculation").token(operator).header("If-Match", order.etag()).json(manual("2250.00")).send(),
                403, "access.forbidden");
        problem(api.call("PUT", order.path() + "/calculation").token(viewer).header("If-Match", order.etag()).json(manual("2250.00")).send(),
                403, "access.forbidden");
    }

    @Test
    void R35_another_tenants_order_has_neither_calculation_nor_schedule() {
        Placed order = wineOrder(api);

        problem(api.call("GET", order.inBakery() + "/calculation").token(bakeryAdmin).send(), 404, "order.not_found");
        problem(api.call("GET", order.inBakery() + "/billing-schedule").token(bakeryAdmin).send(), 404, "order.not_found");
        problem(api.call("PUT", order.inBakery() + "/calculation").token(bakeryAdmin).header("If-Match", "*").json(manual("2250.00")).send(),
                404, "order.not_found");
        problem(api.call("GET", order.path() + "/calculation").token(bakeryAdmin).send(), 404, "tenant.not_found");
    }

    // GET /orders/{orderId}/billing-schedule

    @Test
    void R34_the_billing_schedule_groups_charges_by_payer_with_due_dates_after_the_terms() {
        String rental = """
                {"currency": "SEK", "customerId": "%s", "lineItems": [
                  {"klassId": "%s", "quantity": 1, "unitPrice": "4500.00", "from": "2026-01-10", "to": "2026-02-24",
                   "billing": {"timing": "IN_ARREARS", "cycle": "MONTH", "termsDays": 30, "payer": "CUSTOMER"}},
                  {"description": "Repair under warranty", "quantity": 1, "unitPrice": "300.00", "on": "2026-01-12",
                   "billing": {"termsDays": 0, "payer": "WARRANTY", "warrantyId": "W-17"}},
                  {"description": "Cleaning", "quantity": 1, "unitPrice": "150.00", "on": "2026-01-10"}]}""".formatted(CUSTOMER, excavator(api));
        RunningApi.Reply placed = api.call("POST", BASE + "/orders").token(operator).json(rental).send();
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String path = BASE + "/orders/" + placed.body().path("id").asText();

        RunningApi.Reply reply = api.call("GET", path + "/billing-schedule").token(viewer).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("ETag")).contains(placed.header("ETag").orElseThrow());
        JsonNode s = reply.body();
        assertThat(s.path("currency").asText()).isEqualTo("SEK");
        assertThat(s.at("/payers/0/payer").asText()).isEqualTo("CUSTOMER");
        assertThat(s.at("/payers/0/customerId").asText()).isEqualTo(CUSTOMER);
        assertThat(s.at("/payers/0/total").asText()).isEqualTo("4500.00");
        JsonNode first = s.at("/payers/0/charges/0");
        JsonNode second = s.at("/payers/0/charges/1");
        assertThat(List.of(first.path("from").asText(), first.path("to").asText(), first.path("chargeDate").asText(),
                first.path("dueDate").asText(), first.path("amount").asText(), first.path("partial").asText()))
                .containsExactly("2026-01-10", "2026-02-10", "2026-02-09", "2026-03-11", "3000.00", "false");
        assertThat(List.of(second.path("from").asText(), second.path("to").asText(), second.path("chargeDate").asText(),
                second.path("dueDate").asText(), second.path("amount").asText(), second.path("partial").asText()))
                .containsExactly("2026-02-10", "2026-02-24", "2026-02-23", "2026-03-25", "1500.00", "true");
        assertThat(s.at("/payers/1/payer").asText()).isEqualTo("WARRANTY");
        assertThat(s.at("/payers/1/warrantyId").asText()).isEqualTo("W-17");
        assertThat(s.at("/payers/1/charges/0/dueDate").asText()).isEqualTo("2026-01-12");
        assertThat(s.path("unscheduled")).hasSize(1);
        assertThat(s.at("/unscheduled/0/lineItemId").asText()).isEqualTo(placed.body().at("/lineItems/2/id").asText());
    }
}
