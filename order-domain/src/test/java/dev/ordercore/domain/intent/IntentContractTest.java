package dev.ordercore.domain.intent;

import dev.ordercore.domain.json.CanonicalJson;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Taking intents in (seed 004): identity and hash (R21), what is refused before anything is stored (R25). */
class IntentContractTest {

    private static final String INTENT = """
            {"intentId": "shop-1001", "sourceSystem": "channel.shopify", "contractVersion": 1,
             "externalOrderId": "#1001", "currency": "SEK",
             "lineItems": [{"ref": "wine", "quantity": 12, "unitPrice": "150.00", "on": "2026-02-01",
                            "customerId": "0190d2a4-7c2e-7d3b-9c1f-1a2b3c4d5e6f"}],
             "submittedAt": "2026-01-14T10:00:00Z"}""";

    /** The same intent, keys in another order, other spacing, the number written another way. */
    private static final String SAME_INTENT_REWRITTEN = """
            {
              "submittedAt" : "2026-01-14T10:00:00Z",
              "lineItems" : [ { "customerId" : "0190d2a4-7c2e-7d3b-9c1f-1a2b3c4d5e6f", "on" : "2026-02-01",
                                "unitPrice" : "150.00", "quantity" : 12.0, "ref" : "wine" } ],
              "currency" : "SEK",   "externalOrderId" : "#1001",
              "contractVersion" : 1E0, "sourceSystem" : "channel.shopify", "intentId" : "shop-1001"
            }""";

    private static Result<IntentContract.Admission, OrderError> admit(String json, IntentLimits limits) {
        return IntentContract.admit(JsonValue.parse(json), limits);
    }

    private static List<Violation> reasons(Result<IntentContract.Admission, OrderError> refused) {
        assertThat(refused.error()).isInstanceOf(OrderError.IntentRefused.class);
        assertThat(refused.error().code()).isEqualTo("intent.refused");
        return ((OrderError.IntentRefused) refused.error()).reasons();
    }

    @Test
    @DisplayName("R21 an intent is identified by source system and intent id and hashed over its canonical json")
    void r21_an_intent_is_identified_by_source_system_and_intent_id_and_hashed_over_its_canonical_json() throws Exception {
        IntentContract.Admission admitted = admit(INTENT, IntentLimits.DEFAULT).value();
        byte[] canonical = JsonValue.parse(INTENT).canonical().getBytes(StandardCharsets.UTF_8);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));

        assertThat(admitted.key()).isEqualTo(new IntentKey("channel.shopify", "shop-1001"));
        assertThat(admitted.contractVersion()).isEqualTo(1);
        assertThat(admitted.payloadHash().hex()).isEqualTo(sha256);
        assertThat(JsonValue.parse(INTENT).canonical()).startsWith("{\"contractVersion\":1,\"currency\":\"SEK\",");
    }

    @Test
    @DisplayName("R21 the same payload with other key order whitespace and number spelling has the same hash")
    void r21_the_same_payload_with_other_key_order_whitespace_and_number_spelling_has_the_same_hash() {
        PayloadHash first = admit(INTENT, IntentLimits.DEFAULT).value().payloadHash();
        PayloadHash again = admit(SAME_INTENT_REWRITTEN, IntentLimits.DEFAULT).value().payloadHash();
        PayloadHash changed = admit(INTENT.replace("\"quantity\": 12", "\"quantity\": 13"), IntentLimits.DEFAULT).value().payloadHash();

        assertThat(again).isEqualTo(first);
        assertThat(changed).isNotEqualTo(first);
        assertThat(PayloadHash.of(JsonValue.parse(SAME_INTENT_REWRITTEN))).isEqualTo(first);
        assertThat(CanonicalJson.sha256Hex(JsonValue.parse(SAME_INTENT_REWRITTEN))).isEqualTo(first.hex());
    }

    @Test
    @DisplayName("R25 an unknown version an oversized payload and too many lines are refused with every reason")
    void r25_an_unknown_version_an_oversized_payload_and_too_many_lines_are_refused_with_every_reason() {
        IntentLimits tight = new IntentLimits(Set.of(1), 1024, 2);
        String line = "{\"quantity\": 1, \"unitPrice\": \"1\", \"on\": \"2026-02-01\", \"description\": \"" + "x".repeat(400) + "\"}";
        String json = "{\"intentId\": \"i-1\", \"sourceSystem\": \"pos\", \"contractVersion\": 2, \"lineItems\": [" + line + ","
                + line + "," + line + "]}";

        List<Violation> reasons = reasons(admit(json, tight));

        assertThat(reasons).extracting(Violation::path, Violation::code).containsExactly(
                tuple("", "intent.payload_too_large"),
                tuple("contractVersion", "intent.unsupported_contract_version"),
                tuple("lineItems", "intent.too_many_lines"));
        assertThat(reasons.get(0).message()).contains("limit is 1024", "(R25)");
        assertThat(reasons.get(1).message()).contains("contract version 2 is not supported; supported: [1]");
        assertThat(reasons.get(2).message()).contains("at most 2 lines, got 3");
    }

    @Test
    @DisplayName("R25 the default limits are 256 kib and 50 lines of contract version 1")
    void r25_the_default_limits_are_256_kib_and_50_lines_of_contract_version_1() {
        assertThat(IntentLimits.DEFAULT).isEqualTo(new IntentLimits(Set.of(1), 256 * 1024, 50));
        String fiftyOne = "{\"intentId\": \"i-1\", \"sourceSystem\": \"pos\", \"contractVersion\": 1, \"lineItems\": ["
                + String.join(",", Collections.nCopies(51, "{}")) + "]}";

        assertThat(reasons(admit(fiftyOne, IntentLimits.DEFAULT))).extracting(Violation::code).containsExactly("intent.too_many_lines");
        assertThat(admit(fiftyOne.replace("[{},", "["), IntentLimits.DEFAULT).isOk()).isTrue();
    }

    @Test
    @DisplayName("R21 R25 an intent without identity or version is refused naming each missing field")
    void r21_r25_an_intent_without_identity_or_version_is_refused_naming_each_missing_field() {
        List<Violation> reasons = reasons(admit("{\"currency\": \"SEK\"}", IntentLimits.DEFAULT));

        assertThat(reasons).extracting(Violation::path, Violation::code).containsExactly(
                tuple("intentId", "intent.intent_id_required"),
                tuple("sourceSystem", "intent.source_system_required"),
                tuple("contractVersion", "intent.contract_version_required"));
    }

    @Test
    @DisplayName("R21 identity fields must have their shape and a version must be a whole number")
    void r21_identity_fields_must_have_their_shape_and_a_version_must_be_a_whole_number() {
        List<Violation> reasons = reasons(admit("{\"intentId\": \" spaces \", \"sourceSystem\": 7, \"contractVersion\": \"1\"}",
                IntentLimits.DEFAULT));

        assertThat(reasons).extracting(Violation::path, Violation::code).containsExactly(
                tuple("intentId", "intent.invalid_intent_id"),
                tuple("sourceSystem", "intent.invalid_source_system"),
                tuple("contractVersion", "intent.unsupported_contract_version"));
        assertThat(reasons(admit("[1, 2]", IntentLimits.DEFAULT))).extracting(Violation::code).containsExactly("intent.not_an_object");
    }

    @Test
    @DisplayName("R21 refusal codes do not depend on the machines language")
    void r21_refusal_codes_do_not_depend_on_the_machines_language() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            List<Violation> reasons = reasons(admit("{\"sourceSystem\": \"pos\", \"contractVersion\": 1}", IntentLimits.DEFAULT));

            assertThat(reasons).extracting(Violation::code).containsExactly("intent.intent_id_required");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    @DisplayName("R22 the same identity with the same hash answers the stored intent and another hash is a conflict")
    void r22_the_same_identity_with_the_same_hash_answers_the_stored_intent_and_another_hash_is_a_conflict() {
        IntentContract.Admission first = admit(INTENT, IntentLimits.DEFAULT).value();
        IntentContract.Admission changed = admit(INTENT.replace("\"#1001\"", "\"#1002\""), IntentLimits.DEFAULT).value();
        StoredIntent stored = new StoredIntent(TenantId.of("shop"), first.key(), 1, first.payload(),
                first.payloadHash(), Instant.parse("2026-01-14T10:00:01Z"), "channel",
                new IntentOutcome.Rejected(List.of(new Violation("currency", "invalid_currency", "no such currency"))));

        assertThat(IntentIntake.againstStored(first, Optional.empty())).isEmpty();
        assertThat(IntentIntake.againstStored(first, Optional.of(stored))).contains(Result.ok(stored));
        assertThat(IntentIntake.againstStored(changed, Optional.of(stored)).orElseThrow().error())
                .isEqualTo(new OrderError.IntentPayloadConflict("channel.shopify", "shop-1001", first.payloadHash().hex(),
                        changed.payloadHash().hex()));
    }

    @Test
    @DisplayName("R25 a payload nested deeper than the parser reads is refused, so a stored intent can always be read back")
    void r25_a_payload_nested_too_deep_is_refused() {
        JsonValue deep = JsonValue.of(1L);
        for (int i = 0; i < 300; i++) {
            deep = dev.ordercore.domain.json.JsonArray.of(deep);
        }
        JsonValue payload = dev.ordercore.domain.json.JsonObject.builder().put("intentId", "i-1").put("sourceSystem", "pos")
                .put("contractVersion", 1).put("notes", deep).build();

        assertThat(reasons(IntentContract.admit(payload, IntentLimits.DEFAULT))).extracting(Violation::path, Violation::code)
                .contains(tuple("", "intent.too_deep"));
    }

    @Test
    @DisplayName("R25 a payload holding U+0000 is refused since no store can keep it")
    void r25_a_payload_holding_nul_is_refused_since_no_store_can_keep_it() {
        String json = "{\"intentId\": \"i-1\", \"sourceSystem\": \"pos\", \"contractVersion\": 1, \"notes\": \"a\\u0000b\"}";

        assertThat(reasons(admit(json, IntentLimits.DEFAULT))).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("", "intent.invalid_character"));
    }

    @Test
    @DisplayName("R25 a payload of exactly the size limit is admitted and one byte more is refused")
    void r25_a_payload_of_exactly_the_size_limit_is_admitted_and_one_byte_more_is_refused() {
        String json = "{\"intentId\": \"i-1\", \"sourceSystem\": \"pos\", \"contractVersion\": 1, \"notes\": \"" + "x".repeat(2000) + "\"}";
        int size = JsonValue.parse(json).canonical().getBytes(StandardCharsets.UTF_8).length;

        assertThat(admit(json, new IntentLimits(Set.of(1), size, 50)).isOk()).isTrue();
        assertThat(reasons(admit(json, new IntentLimits(Set.of(1), size - 1, 50)))).extracting(Violation::path, Violation::code, Violation::message)
                .containsExactly(tuple("", "intent.payload_too_large", "the payload is " + size + " bytes in canonical form; the limit is "
                        + (size - 1) + " (R25)"));
    }

    @Test
    @DisplayName("R25 a contract version is a whole json number so 1.0 is version 1 and 1.5 is not a version")
    void r25_a_contract_version_is_a_whole_json_number_so_1_0_is_version_1_and_1_5_is_not_a_version() {
        String json = "{\"intentId\": \"i-1\", \"sourceSystem\": \"pos\", \"contractVersion\": VERSION}";

        assertThat(admit(json.replace("VERSION", "1.0"), IntentLimits.DEFAULT).value().contractVersion()).isEqualTo(1);
        assertThat(admit(json.replace("VERSION", "2"), new IntentLimits(Set.of(1, 2), 1024, 50)).value().contractVersion()).isEqualTo(2);
        assertThat(reasons(admit(json.replace("VERSION", "1.5"), IntentLimits.DEFAULT)))
                .extracting(Violation::path, Violation::code, Violation::message)
                .containsExactly(tuple("contractVersion", "intent.unsupported_contract_version",
                        "contract version 1.5 is not supported; supported: [1] (R25)"));
        assertThat(reasons(admit(json.replace("VERSION", "\"1\""), IntentLimits.DEFAULT)).get(0).message())
                .isEqualTo("contract version \"1\" is not supported; supported: [1] (R25)");
    }

    @Test
    @DisplayName("R25 a version too large for an int is not mistaken for the version it wraps to")
    void r25_a_version_too_large_for_an_int_is_not_mistaken_for_the_version_it_wraps_to() {
        IntentLimits zeroAndOne = new IntentLimits(Set.of(0, 1), 1024, 50);
        String json = "{\"intentId\": \"i-1\", \"sourceSystem\": \"pos\", \"contractVersion\": VERSION}";

        assertThat(admit(json.replace("VERSION", "0"), zeroAndOne).value().contractVersion()).isZero();
        for (long tooLarge : List.of(1L << 32, 1L << 40)) {
            assertThat(reasons(admit(json.replace("VERSION", Long.toString(tooLarge)), zeroAndOne)))
                    .extracting(Violation::path, Violation::code, Violation::message)
                    .containsExactly(tuple("contractVersion", "intent.unsupported_contract_version",
                            "contract version " + tooLarge + " is not supported; supported: [0, 1] (R25)"));
        }
    }

    @Test
    @DisplayName("R25 line items that are not an array are not counted and reading names them")
    void r25_line_items_that_are_not_an_array_are_not_counted_and_reading_names_them() {
        String json = "{\"intentId\": \"i-1\", \"sourceSystem\": \"pos\", \"contractVersion\": 1, \"currency\": \"SEK\","
                + " \"submittedAt\": \"2026-01-14T10:00:00Z\", \"lineItems\": {\"0\": {}, \"1\": {}, \"2\": {}}}";

        IntentContract.Admission admitted = admit(json, new IntentLimits(Set.of(1), 1024, 2)).value();

        assertThat(IntentContract.read(admitted).error()).containsExactly(
                new Violation("lineItems", "not_an_array", "lineItems is a JSON array"));
    }

    @Test
    @DisplayName("R25 a number no double can hold is refused since the payload has no canonical form to hash")
    void r25_a_number_no_double_can_hold_is_refused_since_the_payload_has_no_canonical_form_to_hash() {
        List<Violation> reasons = reasons(admit("{\"intentId\": \"i-1\", \"sourceSystem\": \"pos\", \"contractVersion\": 1,"
                + " \"totals\": {\"subtotal\": 1e400}}", IntentLimits.DEFAULT));

        assertThat(reasons).extracting(Violation::path, Violation::code).containsExactly(tuple("", "intent.invalid_number"));
        assertThat(reasons.get(0).message()).startsWith("the payload holds a number that is not an IEEE-754 double: ");
    }

    @Test
    @DisplayName("R21 an intent key reads as source system slash intent id")
    void r21_an_intent_key_reads_as_source_system_slash_intent_id() {
        IntentContract.Admission admitted = admit(INTENT, IntentLimits.DEFAULT).value();

        assertThat(admitted.key()).hasToString("channel.shopify/shop-1001");
        assertThat(admitted.payloadHash()).hasToString(admitted.payloadHash().hex());
        assertThat(admitted.payload()).isEqualTo(JsonValue.parse(INTENT));
    }
}
