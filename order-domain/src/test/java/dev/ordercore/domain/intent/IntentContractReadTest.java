package dev.ordercore.domain.intent;

import dev.ordercore.domain.catalog.AssetId;
import dev.ordercore.domain.catalog.Frequency;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.order.BillingDraft;
import dev.ordercore.domain.order.BillingTiming;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.DeliveryDirection;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.OrderDelivery;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.order.Payer;
import dev.ordercore.domain.order.VendorId;
import dev.ordercore.domain.order.WarrantyId;
import dev.ordercore.domain.shared.Address;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.ordercore.domain.intent.IntentPayloads.complete;
import static dev.ordercore.domain.intent.IntentPayloads.minimal;
import static dev.ordercore.domain.intent.IntentPayloads.read;
import static dev.ordercore.domain.intent.IntentPayloads.with;
import static dev.ordercore.domain.intent.IntentPayloads.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Reading contract version 1 (seed 004's {@code order.orderIntent}) from the JSON a channel sent:
 * what a complete intent reads as, and the reason given for each kind of field that is wrong
 * (R23: the reasons are stored and returned again).
 */
class IntentContractReadTest {

    private static final LocalDate FEB_1 = LocalDate.parse("2026-02-01");
    private static final LocalDate FEB_11 = LocalDate.parse("2026-02-11");
    private static final Address SITE = new Address("Kungsgatan 1", Optional.of("c/o Ann"), "111 43", "Stockholm", "SE");
    private static final Address DEPOT = Address.of("Depavägen 7", "120 30", "Stockholm", "SE");

    private static List<Violation> reasons(JsonObject payload) {
        Result<OrderIntent, List<Violation>> read = read(payload);
        assertThat(read.isErr()).as("reading should reject the intent").isTrue();
        return read.error();
    }

    private static Violation onlyReason(JsonObject payload) {
        List<Violation> reasons = reasons(payload);
        assertThat(reasons).hasSize(1);
        return reasons.get(0);
    }

    @Test
    @DisplayName("R23 a complete v1 intent reads into the order it asks for with every field in place")
    void r23_a_complete_v1_intent_reads_into_the_order_it_asks_for_with_every_field_in_place() {
        IntentContract.Admission admitted = IntentContract.admit(complete(), IntentLimits.DEFAULT).value();
        CustomerId customer = new CustomerId(UUID.fromString(IntentPayloads.CUSTOMER));
        LineItemDraft wine = LineItemDraft.builder().ref("wine")
                .klass(new KlassId(UUID.fromString(IntentPayloads.KLASS)))
                .product(new ProductId(UUID.fromString(IntentPayloads.PRODUCT)))
                .description("Chablis 2022").quantity(12).unitPrice(new BigDecimal("150.00")).on(FEB_1)
                .customer(new CustomerId(UUID.fromString(IntentPayloads.LINE_CUSTOMER)))
                .vendor(new VendorId(UUID.fromString(IntentPayloads.LINE_VENDOR)))
                .delivery(OrderDelivery.outbound(FEB_1, SITE))
                .billing(new BillingDraft(Optional.empty(), Optional.empty(), Optional.of(30), Optional.of(Payer.WARRANTY),
                        Optional.of(new WarrantyId("W-77"))))
                .build();
        LineItemDraft digger = LineItemDraft.builder().ref("digger")
                .asset(new AssetId(UUID.fromString(IntentPayloads.ASSET)))
                .quantity(1).unitPrice(new BigDecimal("12.5")).from(FEB_1).to(FEB_11)
                .delivery(new OrderDelivery(DeliveryDirection.OUTBOUND, Optional.of(DEPOT), Optional.of(SITE), FEB_1))
                .delivery(new OrderDelivery(DeliveryDirection.INBOUND, Optional.of(SITE), Optional.of(DEPOT), FEB_11))
                .billing(BillingDraft.recurring(BillingTiming.IN_ARREARS, Frequency.WEEK, 14, Payer.CUSTOMER))
                .build();
        LineItemDraft delivery = LineItemDraft.builder().description("Delivery").quantity(1).unitPrice(new BigDecimal("250"))
                .on(FEB_1).modifies("wine").build();
        OrderDraft order = OrderDraft.builder(Currency.getInstance("SEK"))
                .customer(customer)
                .vendor(new VendorId(UUID.fromString(IntentPayloads.VENDOR)))
                .notes("Leave it at the back door")
                .line(wine).line(digger).line(delivery)
                .build();

        OrderIntent intent = IntentContract.read(admitted).value();

        assertThat(intent).isEqualTo(new OrderIntent(new IntentKey("channel.shopify", "shop-1001"), 1, Optional.of("#1001"),
                Optional.of(customer), order,
                Optional.of(new OrderIntent.Totals(Optional.of(new BigDecimal("2175.00")), Optional.of(new BigDecimal("543.75")),
                        Optional.of(new BigDecimal("49.5")), Optional.of(new BigDecimal("-10")))),
                Instant.parse("2026-01-14T10:00:00Z"), admitted.payloadHash()));
    }

    @Test
    @DisplayName("R23 an intent with only the required fields reads with everything else absent")
    void r23_an_intent_with_only_the_required_fields_reads_with_everything_else_absent() {
        OrderIntent intent = read(minimal()).value();

        assertThat(intent.externalOrderId()).isEmpty();
        assertThat(intent.customerRef()).isEmpty();
        assertThat(intent.totals()).isEmpty();
        assertThat(intent.order()).isEqualTo(OrderDraft.builder(Currency.getInstance("SEK"))
                .line(LineItemDraft.builder().quantity(2).unitPrice(new BigDecimal("35.50")).build()).build());
    }

    @Test
    @DisplayName("R23 json null counts as absent for optional fields and as missing for required ones")
    void r23_json_null_counts_as_absent_for_optional_fields_and_as_missing_for_required_ones() {
        JsonObject nulls = with(with(with(with(minimal(), "notes", "null"), "totals", "null"), "lineItems[0].on", "null"),
                "lineItems[0].billing", "null");

        assertThat(read(nulls).value().order()).isEqualTo(read(minimal()).value().order());
        assertThat(reasons(with(with(minimal(), "currency", "null"), "lineItems[0].quantity", "null")))
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("currency", "required"), tuple("lineItems[0].quantity", "required"));
    }

    @Test
    @DisplayName("R23 every missing required field is named at once with its path")
    void r23_every_missing_required_field_is_named_at_once_with_its_path() {
        JsonObject payload = without(without(without(without(without(without(complete(), "currency"), "submittedAt"),
                "lineItems[0].quantity"), "lineItems[1].unitPrice"), "lineItems[1].deliveries[1].direction"),
                "lineItems[1].deliveries[1].date");

        assertThat(reasons(payload)).extracting(Violation::path, Violation::code, Violation::message).containsExactly(
                tuple("currency", "required", "currency is required"),
                tuple("submittedAt", "required", "submittedAt is required"),
                tuple("lineItems[0].quantity", "required", "quantity is required"),
                tuple("lineItems[1].unitPrice", "required", "unitPrice is required"),
                tuple("lineItems[1].deliveries[1].direction", "required", "direction is required"),
                tuple("lineItems[1].deliveries[1].date", "required", "date is required"));
        assertThat(onlyReason(without(minimal(), "lineItems"))).isEqualTo(new Violation("lineItems", "required", "lineItems is required"));
    }

    @ParameterizedTest(name = "{0} = {1} is refused as {3}")
    @DisplayName("R23 a field of the wrong kind or shape is refused with a reason naming it")
    @CsvSource(delimiter = '|', textBlock = """
            externalOrderId                       | 1001                          | externalOrderId                       | not_a_string   | externalOrderId is a string
            externalOrderId                       | '"   "'                       | externalOrderId                       | blank          | externalOrderId must not be blank
            customerRef                           | '"0190d2a4"'                  | customerRef                           | invalid_id     | customerRef is a UUID such as 0190f7a4-5c1e-7c3a-9f00-1a2b3c4d5e6f
            customerRef                           | '"1-2-3-4-5"'                 | customerRef                           | invalid_id     | customerRef is a UUID
            lineItems[0].klassId                  | '"0190d2a4-7c2e-7d3b-9c1f-1a2b3c4d5e6g"' | lineItems[0].klassId       | invalid_id     | klassId is a UUID
            lineItems[0].on                       | '"2026-02-30"'                | lineItems[0].on                       | invalid_date   | on is an ISO-8601 date such as 2026-02-01
            lineItems[1].to                       | '"11/02/2026"'                | lineItems[1].to                       | invalid_date   | to is an ISO-8601 date
            lineItems[1].from                     | '"2026-02-01T08:00"'          | lineItems[1].from                     | too_long       | from has at most 10 characters
            submittedAt                           | '"2026-01-14 10:00:00"'       | submittedAt                           | invalid_timestamp | submittedAt is an ISO-8601 UTC timestamp such as 2026-01-14T10:00:00Z
            lineItems[0].unitPrice                | '"150,00"'                    | lineItems[0].unitPrice                | not_a_decimal  | unitPrice is a decimal string such as "150.00"
            lineItems[0].unitPrice                | '"1e3"'                       | lineItems[0].unitPrice                | not_a_decimal  | unitPrice is a decimal string
            lineItems[0].unitPrice                | true                          | lineItems[0].unitPrice                | not_a_decimal  | unitPrice is a decimal string
            totals.tax                            | '"1234567890123456789"'       | totals.tax                            | not_a_decimal  | tax is a decimal string
            lineItems[0].quantity                 | 1.5                           | lineItems[0].quantity                 | not_an_integer | quantity is a whole number
            lineItems[0].quantity                 | '"12"'                        | lineItems[0].quantity                 | not_an_integer | quantity is a whole number
            lineItems[0].quantity                 | 2147483648                    | lineItems[0].quantity                 | not_an_integer | quantity is a whole number
            lineItems[0].billing.termsDays        | '"30"'                        | lineItems[0].billing.termsDays        | not_an_integer | termsDays is a whole number
            lineItems[0].deliveries[0].direction  | '"SIDEWAYS"'                  | lineItems[0].deliveries[0].direction  | invalid_value  | direction is one of OUTBOUND, INBOUND, got 'SIDEWAYS'
            lineItems[1].billing.cycle            | '"weekly"'                    | lineItems[1].billing.cycle            | invalid_value  | cycle is one of DAY, WEEK, FOUR_WEEKS, MONTH, QUARTER, YEAR, got 'weekly'
            lineItems[1].billing.timing           | '"upfront"'                   | lineItems[1].billing.timing           | invalid_value  | timing is one of UPFRONT, IN_ARREARS, got 'upfront'
            lineItems[0].billing.payer            | '"SHOP"'                      | lineItems[0].billing.payer            | invalid_value  | payer is one of CUSTOMER, BUSINESS, WARRANTY, got 'SHOP'
            lineItems[0].billing.warrantyId       | 77                            | lineItems[0].billing.warrantyId       | not_a_string   | warrantyId is a string
            lineItems[2].modifies                 | '"   "'                       | lineItems[2].modifies                 | blank          | modifies must not be blank
            lineItems[0].vendorId                 | 7                             | lineItems[0].vendorId                 | not_a_string   | vendorId is a string
            currency                              | '"sek"'                       | currency                              | invalid_currency | 'sek' is not an ISO 4217 currency with minor units
            currency                              | '"XAU"'                       | currency                              | invalid_currency | 'XAU' is not an ISO 4217 currency
            currency                              | '"SEKK"'                      | currency                              | too_long       | currency has at most 3 characters
            totals                                | '[]'                          | totals                                | not_an_object  | totals is a JSON object
            lineItems[0].billing                  | '"monthly"'                   | lineItems[0].billing                  | not_an_object  | billing is a JSON object
            lineItems                             | '{}'                          | lineItems                             | not_an_array   | lineItems is a JSON array
            lineItems[0].deliveries               | '{}'                          | lineItems[0].deliveries               | not_an_array   | deliveries is a JSON array
            lineItems[1]                          | '"digger"'                    | lineItems[1]                          | not_an_object  | a line item is a JSON object
            lineItems[1].deliveries[0]            | 7                             | lineItems[1].deliveries[0]            | not_an_object  | a delivery is a JSON object
            lineItems[1].deliveries[0].from       | '"Depavägen 7"'               | lineItems[1].deliveries[0].from       | not_an_object  | from is a JSON object
            lineItems[0].deliveries[0].to.line1   | 1                             | lineItems[0].deliveries[0].to.line1   | not_a_string   | line1 is a string
            lineItems[0].deliveries[0].to.line2   | false                         | lineItems[0].deliveries[0].to.line2   | not_a_string   | line2 is a string
            lineItems[0].deliveries[0].to.city    | '"  "'                        | lineItems[0].deliveries[0].to.city    | blank          | city must not be blank
            lineItems[1].deliveries[1].to.countryCode | '"XX"'                    | lineItems[1].deliveries[1].to.countryCode | invalid_country | 'XX' is not an ISO 3166-1 alpha-2 country code
            lineItems[1].deliveries[1].to.postalCode | null                       | lineItems[1].deliveries[1].to.postalCode | required     | postalCode is required
            """)
    void r23_a_field_of_the_wrong_kind_or_shape_is_refused_with_a_reason_naming_it(String field, String json, String path, String code,
                                                                                  String message) {
        Violation reason = onlyReason(with(complete(), field, json));

        assertThat(reason.path()).isEqualTo(path);
        assertThat(reason.code()).isEqualTo(code);
        assertThat(reason.message()).startsWith(message);
    }

    @ParameterizedTest(name = "{0} of {1} characters is accepted, one more is too long")
    @DisplayName("R23 a text field takes exactly its maximum length and refuses one character more")
    @CsvSource({
            "externalOrderId, 200",
            "notes, 4000",
            "lineItems[0].ref, 64",
            "lineItems[0].description, 1000",
            "lineItems[2].modifies, 64",
            "lineItems[0].billing.warrantyId, 100"})
    void r23_a_text_field_takes_exactly_its_maximum_length_and_refuses_one_character_more(String field, int max) {
        String name = field.substring(field.lastIndexOf('.') + 1);

        assertThat(read(with(complete(), field, "\"" + "x".repeat(max) + "\"")).isOk()).isTrue();
        assertThat(onlyReason(with(complete(), field, "\"" + "x".repeat(max + 1) + "\"")))
                .isEqualTo(new Violation(field, "too_long", name + " has at most " + max + " characters"));
    }

    @Test
    @DisplayName("R23 ids are read in any letter case but only in the canonical 36 character form")
    void r23_ids_are_read_in_any_letter_case_but_only_in_the_canonical_36_character_form() {
        String upper = IntentPayloads.CUSTOMER.toUpperCase();

        assertThat(read(with(complete(), "customerRef", "\"" + upper + "\"")).value().customerRef())
                .contains(new CustomerId(UUID.fromString(IntentPayloads.CUSTOMER)));
        assertThat(onlyReason(with(complete(), "customerRef", "\"" + IntentPayloads.CUSTOMER + "0\"")).code()).isEqualTo("too_long");
    }

    @Test
    @DisplayName("R23 a decimal is a string of up to 18 digits and 12 decimals or a json number")
    void r23_a_decimal_is_a_string_of_up_to_18_digits_and_12_decimals_or_a_json_number() {
        String widest = "-123456789012345678.123456789012";

        assertThat(read(with(complete(), "totals.subtotal", "\"" + widest + "\"")).value().totals().orElseThrow().subtotal())
                .contains(new BigDecimal(widest));
        assertThat(read(with(complete(), "totals.subtotal", "2175.25")).value().totals().orElseThrow().subtotal())
                .contains(new BigDecimal("2175.25"));
        assertThat(onlyReason(with(complete(), "totals.subtotal", "\"1.1234567890123\"")).code()).isEqualTo("not_a_decimal");
        assertThat(onlyReason(with(complete(), "totals.subtotal", "\".5\"")).code()).isEqualTo("not_a_decimal");
    }

    @Test
    @DisplayName("R23 a quantity written as a whole json number in another spelling is still that number")
    void r23_a_quantity_written_as_a_whole_json_number_in_another_spelling_is_still_that_number() {
        OrderIntent intent = read(with(complete(), "lineItems[0].quantity", "1.2e1")).value();

        assertThat(intent.order().lineItems().get(0).quantity()).isEqualTo(12);
    }

    @Test
    @DisplayName("R23 a field the contract does not know is named with its path at every level")
    void r23_a_field_the_contract_does_not_know_is_named_with_its_path_at_every_level() {
        JsonObject payload = complete();
        for (String at : List.of("", "lineItems[0].", "lineItems[1].deliveries[0].", "lineItems[1].deliveries[0].from.",
                "lineItems[0].billing.", "totals.")) {
            payload = with(payload, at + "colour", "\"red\"");
        }

        assertThat(reasons(payload)).extracting(Violation::path, Violation::code).containsExactly(
                tuple("colour", "unknown_field"),
                tuple("lineItems[0].colour", "unknown_field"),
                tuple("lineItems[0].billing.colour", "unknown_field"),
                tuple("lineItems[1].deliveries[0].colour", "unknown_field"),
                tuple("lineItems[1].deliveries[0].from.colour", "unknown_field"),
                tuple("totals.colour", "unknown_field"));
        assertThat(reasons(payload).get(0).message()).isEqualTo("'colour' is not a field here; known fields: contractVersion, currency, "
                + "customerRef, externalOrderId, intentId, lineItems, notes, sourceSystem, submittedAt, totals, vendorRef");
        assertThat(reasons(payload).get(5).message()).isEqualTo("'colour' is not a field here; known fields: discounts, shipping, subtotal, tax");
    }

    @Test
    @DisplayName("R23 every wrong field of every line is a reason in the order of the payload")
    void r23_every_wrong_field_of_every_line_is_a_reason_in_the_order_of_the_payload() {
        JsonObject payload = with(with(with(complete(), "lineItems[0].quantity", "\"twelve\""), "lineItems[2].on", "\"tomorrow\""),
                "lineItems[1].deliveries[1].from.countryCode", "\"Sweden\"");

        assertThat(reasons(payload)).extracting(Violation::path, Violation::code).containsExactly(
                tuple("lineItems[0].quantity", "not_an_integer"),
                tuple("lineItems[1].deliveries[1].from.countryCode", "invalid_country"),
                tuple("lineItems[2].on", "invalid_date"));
    }
}
