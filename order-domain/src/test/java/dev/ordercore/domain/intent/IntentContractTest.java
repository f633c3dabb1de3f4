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
}
