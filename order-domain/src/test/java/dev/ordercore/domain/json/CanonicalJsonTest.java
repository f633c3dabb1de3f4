package dev.ordercore.domain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalJsonTest {

    // ---- numbers: RFC 8785 Appendix B ------------------------------------------------------

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0000000000000000, 0",
            "8000000000000000, 0",
            "0000000000000001, 5e-324",
            "8000000000000001, -5e-324",
            "7fefffffffffffff, 1.7976931348623157e+308",
            "ffefffffffffffff, -1.7976931348623157e+308",
            "4340000000000000, 9007199254740992",
            "c340000000000000, -9007199254740992",
            "4430000000000000, 295147905179352830000",
            "44b52d02c7e14af5, 9.999999999999997e+22",
            "44b52d02c7e14af6, 1e+23",
            "44b52d02c7e14af7, 1.0000000000000001e+23",
            "444b1ae4d6e2ef4e, 999999999999999700000",
            "444b1ae4d6e2ef4f, 999999999999999900000",
            "444b1ae4d6e2ef50, 1e+21",
            "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
            "3eb0c6f7a0b5ed8d, 0.000001",
            "41b3de4355555553, 333333333.3333332",
            "41b3de4355555554, 333333333.33333325",
            "41b3de4355555555, 333333333.3333333",
            "41b3de4355555556, 333333333.3333334",
            "41b3de4355555557, 333333333.33333343",
            "becbf647612f3696, -0.0000033333333333333333",
            "43143ff3c1cb0959, 1424953923781206.2",
    })
    void numbers_serialize_like_the_rfc_8785_appendix_b_table(String hexBits, String expected) {
        double d = Double.longBitsToDouble(Long.parseUnsignedLong(hexBits, 16));

        assertThat(CanonicalJson.formatDouble(d)).isEqualTo(expected);
        assertThat(JsonNumber.ofDouble(d).canonical()).isEqualTo(expected);
        assertThat(JsonValue.parse(expected).canonical()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"7fffffffffffffff", "7ff0000000000000", "fff0000000000000", "7ff8000000000000"})
    void nan_and_infinity_have_no_canonical_form(String hexBits) {
        double d = Double.longBitsToDouble(Long.parseUnsignedLong(hexBits, 16));

        assertThatThrownBy(() -> CanonicalJson.formatDouble(d)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonNumber.ofDouble(d)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numbers_serialize_exactly_like_node_json_stringify_for_every_committed_vector() throws IOException {
        List<String> lines = resourceLines("/json/es6-numbers.txt");
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (String line : lines) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int comma = line.indexOf(',');
            double d = Double.longBitsToDouble(Long.parseUnsignedLong(line.substring(0, comma), 16));
            String expected = line.substring(comma + 1);
            String actual = CanonicalJson.formatDouble(d);
            if (!actual.equals(expected)) {
                mismatches.add(line + " but got " + actual);
            }
            checked++;
        }

        assertThat(checked).isGreaterThanOrEqualTo(5_000);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void a_number_beyond_the_double_range_has_no_canonical_form() {
        JsonNumber huge = JsonNumber.of("1e400");

        assertThatThrownBy(huge::canonical)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a finite IEEE-754 double");
        assertThatThrownBy(() -> JsonArray.of(JsonValue.of("x"), JsonNumber.of("-1.8e308")).canonical())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_number_is_written_as_its_nearest_double() {
        assertThat(JsonNumber.of("4.50").canonical()).isEqualTo("4.5");
        assertThat(JsonNumber.of("333333333.33333329").canonical()).isEqualTo("333333333.3333333");
        assertThat(JsonNumber.of("9007199254740993").canonical()).isEqualTo("9007199254740992");
        assertThat(JsonNumber.of("0.1000000000000000055511151231257827").canonical()).isEqualTo("0.1");
        assertThat(JsonNumber.of("1e-400").canonical()).isEqualTo("0");
        assertThat(JsonNumber.of("-0.0").canonical()).isEqualTo("0");
    }

    @Test
    void plain_notation_is_used_for_decimal_exponents_from_minus_7_to_20() {
        assertThat(CanonicalJson.formatDouble(1e20)).isEqualTo("100000000000000000000");
        assertThat(CanonicalJson.formatDouble(1e21)).isEqualTo("1e+21");
        assertThat(CanonicalJson.formatDouble(1.5e21)).isEqualTo("1.5e+21");
        assertThat(CanonicalJson.formatDouble(123456789012345680000.0)).isEqualTo("123456789012345680000");
        assertThat(CanonicalJson.formatDouble(1e-6)).isEqualTo("0.000001");
        assertThat(CanonicalJson.formatDouble(1.5e-6)).isEqualTo("0.0000015");
        assertThat(CanonicalJson.formatDouble(1e-7)).isEqualTo("1e-7");
        assertThat(CanonicalJson.formatDouble(-1.25e-7)).isEqualTo("-1.25e-7");
        assertThat(CanonicalJson.formatDouble(12.5)).isEqualTo("12.5");
        assertThat(CanonicalJson.formatDouble(-0.0)).isEqualTo("0");
    }

    @Test
    void when_two_shortest_candidates_are_equally_close_the_even_last_digit_wins() {
        // The exact value lies halfway between two 17-digit decimals that both read back as the double.
        assertThat(CanonicalJson.formatDouble(0x1p50 + 0.25)).isEqualTo("1125899906842624.2"); // ...624.25
        assertThat(CanonicalJson.formatDouble(0x1p50 + 0.75)).isEqualTo("1125899906842624.8"); // ...624.75
        assertThat(CanonicalJson.formatDouble(-(0x1p50 + 0.75))).isEqualTo("-1125899906842624.8");
        assertThat(CanonicalJson.formatDouble(0x1p-25)).isEqualTo("2.9802322387695312e-8"); // 2.98023223876953125e-8
    }

    @Test
    void among_shortest_candidates_the_closest_one_wins() {
        // 4e-324 and 5e-324 both read back as the smallest subnormal (4.94e-324); 5 is closer.
        assertThat(Double.parseDouble("4e-324")).isEqualTo(Double.MIN_VALUE);
        assertThat(CanonicalJson.formatDouble(Double.MIN_VALUE)).isEqualTo("5e-324");
        assertThat(CanonicalJson.formatDouble(-Double.MAX_VALUE)).isEqualTo("-1.7976931348623157e+308");
    }

    @Test
    void number_formatting_does_not_inherit_the_jdk_17_double_to_string_quirks() {
        // Double.toString on JDK 17 prints these with extra or non-closest digits.
        assertThat(CanonicalJson.formatDouble(1e23)).isEqualTo("1e+23"); // JDK 17: 9.999999999999999E22
        assertThat(CanonicalJson.formatDouble(Double.MIN_VALUE)).isEqualTo("5e-324"); // JDK 17: 4.9E-324
        assertThat(CanonicalJson.formatDouble(2.0E-3)).isEqualTo("0.002");
        assertThat(CanonicalJson.formatDouble(1.0676070752164010e17)).isEqualTo("106760707521640100"); // JDK 17: 18 digits
        assertThat(CanonicalJson.formatDouble(3.2530497417857656e25)).isEqualTo("3.2530497417857656e+25"); // JDK 17: ...655
    }

    // ---- strings ------------------------------------------------------------------------------

    @Test
    void strings_escape_only_quote_backslash_and_control_characters() {
        assertThat(JsonValue.of("a\"b\\c").canonical()).isEqualTo("\"a\\\"b\\\\c\"");
        assertThat(JsonValue.of("\b\t\n\f\r").canonical()).isEqualTo("\"\\b\\t\\n\\f\\r\"");
        assertThat(JsonValue.of("\u0000\u0001\u000b\u000e\u001f").canonical())
                .isEqualTo("\"\\u0000\\u0001\\u000b\\u000e\\u001f\"");
        assertThat(JsonValue.of("/ \u007f \u0080 \u2028 \u2029 \ufeff \uffff").canonical())
                .isEqualTo("\"/ \u007f \u0080 \u2028 \u2029 \ufeff \uffff\"");
        assertThat(JsonValue.of("\ud83d\ude00 €").canonical()).isEqualTo("\"\ud83d\ude00 €\"");
    }

    @Test
    void control_character_escapes_use_lowercase_hex() {
        assertThat(JsonValue.of("\u001a\u001B").canonical()).isEqualTo("\"\\u001a\\u001b\"");
    }

    @Test
    void non_ascii_text_is_written_as_utf8_bytes() {
        byte[] bytes = CanonicalJson.utf8(JsonValue.of("€\ud83d\ude00"));

        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo("22" + "e282ac" + "f09f9880" + "22");
    }

    // ---- objects and the RFC example -----------------------------------------------------------

    @Test
    void the_rfc_8785_example_object_canonicalizes_to_the_exact_rfc_text() throws IOException {
        String input = resourceText("/json/rfc8785-example-input.json");
        String expected = resourceText("/json/rfc8785-example-expected.json");

        JsonValue value = JsonValue.parse(input);

        assertThat(value.canonical()).isEqualTo(expected);
        assertThat(expected).isEqualTo(
                "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void the_rfc_8785_example_object_has_the_utf8_bytes_the_rfc_shows() throws IOException {
        JsonValue value = JsonValue.parse(resourceText("/json/rfc8785-example-input.json"));

        // RFC 8785 section 3.2.4
        assertThat(HexFormat.of().formatHex(CanonicalJson.utf8(value))).isEqualTo((""
                + "7b226c69746572616c73223a5b6e756c6c2c747275652c66616c73655d2c226e756d62657273223a5b33"
                + "33333333333333332e333333333333332c31652b33302c342e352c302e3030322c31652d32375d2c2273"
                + "7472696e67223a22e282ac245c75303030665c6e4127425c225c5c5c5c5c222f227d"));
    }

    @Test
    void keys_sort_by_utf16_code_units() {
        // RFC 8785 section 3.2.3: the sorting example, inserted in the RFC's (unsorted) order.
        JsonObject object = JsonObject.builder()
                .put("\u20ac", "Euro Sign")
                .put("\r", "Carriage Return")
                .put("\ufb33", "Hebrew Letter Dalet With Dagesh")
                .put("1", "One")
                .put("\ud83d\ude00", "Emoji: Grinning Face")
                .put("\u0080", "Control")
                .put("\u00f6", "Latin Small Letter O With Diaeresis")
                .build();

        assertThat(object.canonical()).isEqualTo("{"
                + "\"\\r\":\"Carriage Return\","
                + "\"1\":\"One\","
                + "\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\","
                + "\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\","
                + "\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\""
                + "}");
    }

    @Test
    void keys_sort_by_utf16_code_units_not_by_code_points() {
        // U+1F600 is D83D DE00 in UTF-16, so it sorts before U+FB33 although its code point is larger.
        JsonObject object = JsonObject.builder().put("\ufb33", 1).put("\ud83d\ude00", 2).put("\uffff", 3).build();

        assertThat(object.canonical()).isEqualTo("{\"\ud83d\ude00\":2,\"\ufb33\":1,\"\uffff\":3}");
    }

    @Test
    void keys_sort_case_sensitively_and_shorter_prefix_first() {
        JsonObject object = JsonObject.builder()
                .put("b", 1).put("a", 2).put("B", 3).put("ab", 4).put("", 5).put("a b", 6)
                .build();

        assertThat(object.canonical()).isEqualTo("{\"\":5,\"B\":3,\"a\":2,\"a b\":6,\"ab\":4,\"b\":1}");
    }

    @Test
    void nested_objects_are_sorted_too_and_arrays_keep_their_order() {
        JsonValue value = JsonValue.parse("""
                { "z": [3, {"y": 1, "x": 2}, 1], "a": { "d": {}, "c": [] } }
                """);

        assertThat(value.canonical()).isEqualTo("{\"a\":{\"c\":[],\"d\":{}},\"z\":[3,{\"x\":2,\"y\":1},1]}");
    }

    @Test
    void scalars_serialize_on_their_own() {
        assertThat(JsonNull.INSTANCE.canonical()).isEqualTo("null");
        assertThat(JsonBoolean.TRUE.canonical()).isEqualTo("true");
        assertThat(JsonBoolean.FALSE.canonical()).isEqualTo("false");
        assertThat(JsonValue.of(-42).canonical()).isEqualTo("-42");
        assertThat(JsonValue.of(new BigDecimal("1.10")).canonical()).isEqualTo("1.1");
        assertThat(JsonValue.of("").canonical()).isEqualTo("\"\"");
        assertThat(JsonArray.empty().canonical()).isEqualTo("[]");
        assertThat(JsonObject.empty().canonical()).isEqualTo("{}");
    }

    @Test
    void canonical_text_does_not_depend_on_member_insertion_order() {
        Map<String, JsonValue> forward = new LinkedHashMap<>();
        forward.put("sku", JsonValue.of("A-1"));
        forward.put("amount", JsonValue.of(new BigDecimal("19.990")));
        forward.put("currency", JsonValue.of("EUR"));
        Map<String, JsonValue> backward = new LinkedHashMap<>();
        backward.put("currency", JsonValue.of("EUR"));
        backward.put("amount", JsonValue.of(new BigDecimal("19.99")));
        backward.put("sku", JsonValue.of("A-1"));

        assertThat(new JsonObject(forward).canonical())
                .isEqualTo(new JsonObject(backward).canonical())
                .isEqualTo("{\"amount\":19.99,\"currency\":\"EUR\",\"sku\":\"A-1\"}");
    }

    // ---- hashing -----------------------------------------------------------------------------

    @Test
    void sha256_hex_of_a_known_payload() {
        JsonObject intent = JsonObject.builder()
                .put("sku", "A-1")
                .put("currency", "EUR")
                .put("amount", new BigDecimal("19.990"))
                .build();

        // sha256 of {"amount":19.99,"currency":"EUR","sku":"A-1"}, computed with node's crypto module
        assertThat(CanonicalJson.sha256Hex(intent))
                .isEqualTo("2ad14fcd2312c33db01260ffe19600059a03732e8ee86108a834d54c5e7e0e3f");
        assertThat(CanonicalJson.sha256Hex(JsonObject.empty()))
                .isEqualTo("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
    }

    @Test
    void r21_hashing_canonical_bytes_made_once_gives_the_hash_of_the_value() {
        JsonValue intent = JsonValue.parse("{\"sku\":\"A-1\",\"currency\":\"EUR\",\"amount\":19.990}");
        byte[] canonical = CanonicalJson.utf8(intent);

        // IntentContract.admit measures the canonical bytes (R25) and hashes those same bytes (R21)
        assertThat(CanonicalJson.sha256Hex(canonical))
                .isEqualTo(CanonicalJson.sha256Hex(intent))
                .isEqualTo("2ad14fcd2312c33db01260ffe19600059a03732e8ee86108a834d54c5e7e0e3f");
        assertThat(CanonicalJson.sha256Hex(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"); // sha256 of nothing
    }

    @Test
    void sha256_hex_of_the_rfc_example_matches_its_canonical_bytes() throws IOException {
        JsonValue value = JsonValue.parse(resourceText("/json/rfc8785-example-input.json"));

        // sha256sum of rfc8785-example-expected.json
        assertThat(CanonicalJson.sha256Hex(value))
                .isEqualTo("2d5e01a318d0f0879ab568c4be289c8b1f64ef8921a53c6277d5e069978baacb");
    }

    @Test
    void equal_payloads_written_differently_hash_the_same() {
        JsonValue a = JsonValue.parse("{\"qty\": 1.0, \"name\": \"\\u0041pple\", \"tags\": [\"x\"]}");
        JsonValue b = JsonValue.parse("{\"tags\":[\"x\"],\"name\":\"Apple\",\"qty\":1e0}");

        assertThat(a).isEqualTo(b);
        assertThat(CanonicalJson.sha256Hex(a)).isEqualTo(CanonicalJson.sha256Hex(b));
    }

    // ---- helpers -----------------------------------------------------------------------------

    static String resourceText(String name) throws IOException {
        try (InputStream in = CanonicalJsonTest.class.getResourceAsStream(name)) {
            assertThat(in).as("test resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> resourceLines(String name) throws IOException {
        return resourceText(name).lines().toList();
    }
}
