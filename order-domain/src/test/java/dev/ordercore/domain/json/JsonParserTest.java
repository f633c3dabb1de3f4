package dev.ordercore.domain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonParserTest {

    // ---- what is accepted ----------------------------------------------------------------------

    @Test
    void reads_every_kind_of_value() {
        JsonValue value = JsonValue.parse("""
                {"s": "text", "n": -12.5e1, "t": true, "f": false, "z": null, "a": [1, [], {}], "o": {"k": "v"}}
                """);

        assertThat(value).isEqualTo(JsonObject.builder()
                .put("s", "text")
                .put("n", -125)
                .put("t", true)
                .put("f", false)
                .putNull("z")
                .put("a", JsonArray.of(JsonValue.of(1), JsonArray.empty(), JsonObject.empty()))
                .put("o", JsonObject.builder().put("k", "v").build())
                .build());
    }

    @Test
    void reads_scalars_at_top_level() {
        assertThat(JsonValue.parse("null")).isSameAs(JsonNull.INSTANCE);
        assertThat(JsonValue.parse("true")).isEqualTo(JsonBoolean.TRUE);
        assertThat(JsonValue.parse(" \"x\" ")).isEqualTo(JsonValue.of("x"));
        assertThat(JsonValue.parse("0")).isEqualTo(JsonValue.of(0));
        assertThat(JsonValue.parse("-0")).isEqualTo(JsonValue.of(0));
    }

    @Test
    void keeps_numbers_exactly() {
        JsonNumber n = (JsonNumber) JsonValue.parse("123456789012345678901234567890.000000000000000000001");

        assertThat(n.value()).isEqualByComparingTo(new BigDecimal("123456789012345678901234567890.000000000000000000001"));
        assertThat(JsonValue.parse("1E+2")).isEqualTo(JsonValue.of(100));
        assertThat(JsonValue.parse("1e-2")).isEqualTo(JsonValue.of(new BigDecimal("0.01")));
        assertThat(JsonValue.parse("2.50")).isEqualTo(JsonValue.parse("2.5"));
    }

    @Test
    void keeps_member_insertion_order_for_display() {
        JsonObject object = (JsonObject) JsonValue.parse("{\"b\":1,\"a\":2,\"c\":3}");

        assertThat(object.keys()).containsExactly("b", "a", "c");
    }

    @Test
    void decodes_every_json_escape() {
        JsonValue value = JsonValue.parse("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0041 \\u00e9 \\u20AC\"");

        assertThat(value).isEqualTo(JsonValue.of("\" \\ / \b \f \n \r \t A é €"));
    }

    @Test
    void combines_surrogate_pair_escapes_into_one_character() {
        assertThat(JsonValue.parse("\"\\ud83d\\ude00\"")).isEqualTo(JsonValue.of("\ud83d\ude00"));
        assertThat(JsonValue.parse("\"\\uD834\\uDD1E!\"")).isEqualTo(JsonValue.of("\ud834\udd1e!"));
    }

    @Test
    void accepts_raw_non_ascii_text_including_non_bmp_characters() {
        assertThat(JsonValue.parse("\"€ \ud83d\ude00 \u2028 \u007f\""))
                .isEqualTo(JsonValue.of("€ \ud83d\ude00 \u2028 \u007f"));
    }

    @Test
    void accepts_the_four_rfc_8259_whitespace_characters_around_tokens() {
        assertThat(JsonValue.parse(" \t\r\n[ \t\r\n1 \t\r\n, \t\r\n{ \"a\" \n: \r2 } ]\n"))
                .isEqualTo(JsonArray.of(JsonValue.of(1), JsonObject.builder().put("a", 2).build()));
    }

    @Test
    void accepts_nesting_up_to_256_levels() {
        String text = "[".repeat(256) + "]".repeat(256);

        JsonValue value = JsonValue.parse(text);

        int depth = 0;
        while (value instanceof JsonArray array && !array.isEmpty()) {
            value = array.get(0);
            depth++;
        }
        assertThat(depth).isEqualTo(255);
    }

    // ---- what is refused, with what and where ---------------------------------------------------

    @Test
    void refuses_nesting_deeper_than_256_levels() {
        String text = "[".repeat(200) + "{\"a\":" + "[".repeat(56) + "1" + "]".repeat(56) + "}" + "]".repeat(200);

        JsonParseException e = parseError(text);

        assertThat(e.getMessage()).startsWith("nesting deeper than 256 levels at line 1, column ");
        assertThat(e.offset()).isEqualTo(200 + 5 + 55);
    }

    @Test
    void refuses_duplicate_keys_naming_the_key_and_its_position() {
        JsonParseException e = parseError("{\n  \"sku\": 1,\n  \"sku\": 2\n}");

        assertThat(e.reason()).isEqualTo("duplicate key \"sku\"");
        assertThat(e.offset()).isEqualTo(16);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e).hasMessage("duplicate key \"sku\" at line 3, column 3 (offset 16)");
    }

    @Test
    void refuses_keys_that_are_duplicates_only_after_unescaping() {
        assertThat(parseError("{\"a\":1,\"\\u0061\":2}").reason()).isEqualTo("duplicate key \"a\"");
    }

    @Test
    void refuses_trailing_commas() {
        assertThat(parseError("[1,2,]").reason()).isEqualTo("trailing comma in array");
        assertThat(parseError("[1,2,]").offset()).isEqualTo(5);
        assertThat(parseError("{\"a\":1, }").reason()).isEqualTo("trailing comma in object");
    }

    @Test
    void refuses_comments() {
        assertThat(parseError("[1 // one\n]").offset()).isEqualTo(3);
        assertThat(parseError("/* c */ 1").offset()).isEqualTo(0);
        assertThat(parseError("{\"a\":1 # x\n}").offset()).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "-01", "00", "-00.5", "012e3"})
    void refuses_leading_zeros(String text) {
        assertThat(parseError(text).reason()).isEqualTo("leading zeros are not allowed in numbers");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "+1", ".5", "1.", "1.e3", "1e", "1e+", "-", "0x1F",
            "1_000", "- 1", "1.5.5", "--1"})
    void refuses_numbers_outside_the_json_grammar(String text) {
        assertThatThrownBy(() -> JsonValue.parse(text)).isInstanceOf(JsonParseException.class);
        assertThatThrownBy(() -> JsonNumber.of(text)).isInstanceOf(JsonParseException.class);
    }

    @Test
    void refuses_absurd_numbers_instead_of_building_them() {
        assertThat(parseError("1e1001").reason()).startsWith("number exponent out of range");
        assertThat(parseError("[0, 1e-99999999]").offset()).isEqualTo(4);
        assertThat(parseError("1e99999999999").reason()).isEqualTo("number out of range: exponent too large");
        assertThat(parseError("1" + "2".repeat(1000)).reason()).startsWith("number has too many digits");
        assertThat(parseError("1" + "0".repeat(5000)).reason()).startsWith("number literal longer than 4096");
    }

    @Test
    void accepts_numbers_that_are_only_long_because_of_trailing_zeros() {
        assertThat(JsonValue.parse("1." + "0".repeat(2000))).isEqualTo(JsonValue.of(1));
        assertThat(JsonValue.parse("0." + "0".repeat(999) + "1e1000")).isEqualTo(JsonValue.of(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"'a'", "{'a':1}", "{a:1}", "tru", "True", "nul", "falsey", "undefined", "[1 2]",
            "{\"a\" 1}", "{\"a\":1 \"b\":2}", "{,}", "[,]", "[1,,2]", "{\"a\"}", "{1:2}", "]", "}", ":"})
    void refuses_non_json_syntax(String text) {
        assertThatThrownBy(() -> JsonValue.parse(text)).isInstanceOf(JsonParseException.class);
    }

    @Test
    void refuses_anything_after_the_top_level_value() {
        JsonParseException e = parseError("{} {}");

        assertThat(e.reason()).isEqualTo("unexpected character '{' after the JSON value");
        assertThat(e.offset()).isEqualTo(3);
        assertThat(parseError("nulls").offset()).isEqualTo(4);
        assertThat(parseError("1 2").offset()).isEqualTo(2);
        assertThat(parseError("\"a\"\u0000").reason()).isEqualTo("unexpected character U+0000 after the JSON value");
    }

    @Test
    void refuses_empty_and_blank_input() {
        assertThat(parseError("").reason()).isEqualTo("unexpected end of input, expected a value");
        assertThat(parseError(" \n ").offset()).isEqualTo(3);
        assertThat(parseError(" \n ").line()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00a0", "\u000b", "\u000c", "\ufeff", "\u2028", "\u3000"})
    void refuses_whitespace_rfc_8259_does_not_allow(String space) {
        assertThatThrownBy(() -> JsonValue.parse(space + "1")).isInstanceOf(JsonParseException.class);
        assertThatThrownBy(() -> JsonValue.parse("[1," + space + "2]")).isInstanceOf(JsonParseException.class);
    }

    @Test
    void refuses_truncated_input_with_a_message_saying_so() {
        assertThat(parseError("[1, 2").reason()).isEqualTo("unexpected end of input in array starting at offset 0, expected ',' or ']'");
        assertThat(parseError("{\"a\":").reason()).isEqualTo("unexpected end of input, expected a value");
        assertThat(parseError("{\"a\"").reason()).isEqualTo("unexpected end of input, expected ':' after key \"a\"");
        assertThat(parseError("{").reason()).isEqualTo("unexpected end of input in object starting at offset 0, expected a key");
        assertThat(parseError("\"abc").reason()).isEqualTo("unterminated string");
        assertThat(parseError("\"abc\\").reason()).isEqualTo("unterminated escape sequence");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\a", "\\x41", "\\'", "\\U0041", "\\0", "\\v", "\\ "})
    void refuses_escapes_json_does_not_have(String escape) {
        JsonParseException e = parseError("\"ab" + escape + "\"");

        assertThat(e.reason()).startsWith("invalid escape");
        assertThat(e.offset()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u12", "\\u12G4", "\\uZZZZ", "\\u", "\\u١٢٣٤"})
    void refuses_malformed_unicode_escapes(String escape) {
        assertThat(parseError("\"" + escape + "\"").reason()).isEqualTo("invalid \\u escape, expected four hex digits");
    }

    @Test
    void refuses_lone_surrogate_escapes() {
        assertThat(parseError("\"\\ud83d\"").reason()).startsWith("lone surrogate escape \\uD83D");
        assertThat(parseError("\"\\ude00\"").reason()).isEqualTo("lone surrogate escape \\uDE00");
        assertThat(parseError("\"\\ud83d\\u0041\"").reason())
                .isEqualTo("high surrogate \\uD83D must be followed by a low surrogate escape, found \\u0041");
        assertThat(parseError("\"\\ud83d\\ud83d\\ude00\"").offset()).isEqualTo(7);
        assertThat(parseError("\"\\ude00\\ud83d\"").offset()).isEqualTo(1);
    }

    @Test
    void refuses_raw_lone_surrogates_and_mixed_raw_and_escaped_halves() {
        assertThat(parseError("\"a\ud83d\"").reason()).isEqualTo("lone surrogate U+D83D in string");
        assertThat(parseError("\"a\ude00\"").offset()).isEqualTo(2);
        // javac 17 mis-lexes a unicode escape directly followed by an escaped backslash, hence the char concatenation
        assertThat(parseError("\"" + '\ud83d' + "\\ude00\"").offset()).isEqualTo(1);
        assertThat(parseError("\"\\ud83d\ude00\"").offset()).isEqualTo(1);
        assertThat(parseError("{\"\ud83d\":1}").offset()).isEqualTo(2);
    }

    @Test
    void refuses_unescaped_control_characters_in_strings() {
        JsonParseException e = parseError("[\"line\nbreak\"]");

        assertThat(e.reason()).isEqualTo("unescaped control character U+000A in string");
        assertThat(e.offset()).isEqualTo(6);
        assertThat(parseError("\"tab\there\"").offset()).isEqualTo(4);
        assertThat(parseError("\"\u0000\"").offset()).isEqualTo(1);
        assertThat(parseError("\"\u001f\"").offset()).isEqualTo(1);
    }

    @Test
    void reports_line_and_column_counting_lf_crlf_and_cr_line_ends() {
        JsonParseException lf = parseError("[\n1,\n  x]");
        JsonParseException crlf = parseError("[\r\n1,\r\n  x]");
        JsonParseException cr = parseError("[\r1,\r  x]");

        assertThat(List.of(lf.line(), lf.column())).containsExactly(3, 3);
        assertThat(List.of(crlf.line(), crlf.column())).containsExactly(3, 3);
        assertThat(List.of(cr.line(), cr.column())).containsExactly(3, 3);
        assertThat(lf).hasMessage("unexpected character 'x', expected a value at line 3, column 3 (offset 7)");
    }

    @Test
    void refuses_null_text() {
        assertThatThrownBy(() -> JsonValue.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void parse_errors_are_illegal_argument_exceptions() {
        assertThatThrownBy(() -> JsonValue.parse("{")).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- limits, messages and positions at their edges ---------------------------------------------

    @Test
    void siblings_do_not_add_up_to_nesting_depth() {
        String siblings = String.join(",", java.util.Collections.nCopies(200, "[],{},[1],{\"a\":1}"));

        JsonValue value = JsonValue.parse("[" + siblings + "]");

        assertThat(((JsonArray) value).size()).isEqualTo(800);
    }

    @Test
    void reads_empty_containers_with_whitespace_inside() {
        assertThat(JsonValue.parse("{ }")).isEqualTo(JsonObject.empty());
        assertThat(JsonValue.parse("[ ]")).isEqualTo(JsonArray.empty());
        assertThat(JsonValue.parse("{ \"a\" : [ ] , \"b\" : { } }"))
                .isEqualTo(JsonObject.builder().put("a", JsonArray.empty()).put("b", JsonObject.empty()).build());
    }

    @Test
    void a_trailing_comma_followed_by_whitespace_is_still_named_a_trailing_comma() {
        JsonParseException e = parseError("[1, ]");

        assertThat(e.reason()).isEqualTo("trailing comma in array");
        assertThat(e.offset()).isEqualTo(4);
    }

    @Test
    void a_number_literal_of_exactly_4096_characters_is_read_and_one_more_is_refused() {
        String longest = "0." + "0".repeat(JsonParser.MAX_NUMBER_LENGTH - 2);

        assertThat(longest).hasSize(4096);
        assertThat(JsonValue.parse(longest)).isEqualTo(JsonValue.of(0));
        assertThat(parseError(longest + "0").reason()).isEqualTo("number literal longer than 4096 characters");
    }

    @Test
    void messages_describe_printable_characters_as_themselves_and_others_by_code_point() {
        assertThat(catchThrowableOfType(JsonParseException.class, () -> JsonNumber.of("1 ")).reason())
                .isEqualTo("unexpected character ' ' after the number");
        assertThat(parseError("~").reason()).isEqualTo("unexpected character '~', expected a value");
        assertThat(parseError("\u007f").reason()).isEqualTo("unexpected character U+007F, expected a value");
        assertThat(parseError("1e").reason()).isEqualTo("expected a digit in the exponent but found end of input");
        assertThat(parseError("{\"a\" 1}").reason()).isEqualTo("unexpected character '1', expected ':' after key \"a\"");
    }

    @Test
    void keys_in_messages_are_quoted_with_control_characters_escaped_and_spaces_kept() {
        assertThat(parseError("{\"a b\":1,\"a b\":2}").reason()).isEqualTo("duplicate key \"a b\"");
        assertThat(parseError("{\"a\u007fb\":1,\"a\u007fb\":2}").reason()).isEqualTo("duplicate key \"a\\u007fb\"");
        assertThat(parseError("{\"a\\u001fb\":1,\"a\\u001fb\":2}").reason()).isEqualTo("duplicate key \"a\\u001fb\"");
        assertThat(parseError("{\"q\\\"\":1,\"q\\\"\":2}").reason()).isEqualTo("duplicate key \"q\\\"\"");
    }

    @Test
    void an_object_cut_off_after_a_value_says_where_the_object_started() {
        assertThat(parseError("[{\"a\":1").reason()).isEqualTo("unexpected end of input in object starting at offset 1, expected ',' or '}'");
        assertThat(parseError("{\"a\":1 x").reason()).isEqualTo("unexpected character 'x' in object, expected ',' or '}'");
    }

    @Test
    void a_high_surrogate_escape_at_the_very_end_is_a_lone_surrogate() {
        assertThat(parseError("\"\\ud83d").reason()).startsWith("lone surrogate escape \\uD83D");
        assertThat(parseError("\"\\ud83d\\").reason()).startsWith("lone surrogate escape \\uD83D");
    }

    @Test
    void a_position_on_a_line_end_is_on_the_line_the_line_end_closes() {
        JsonParseException onLineFeed = parseError("[\"line\nbreak\"]");
        JsonParseException afterCarriageReturn = parseError("[1,\r");

        assertThat(List.of(onLineFeed.line(), onLineFeed.column())).containsExactly(1, 7);
        assertThat(List.of(afterCarriageReturn.line(), afterCarriageReturn.column())).containsExactly(2, 1);
    }

    private static JsonParseException parseError(String text) {
        JsonParseException e = catchThrowableOfType(JsonParseException.class, () -> JsonValue.parse(text));
        assertThat(e).as("parsing %s should fail", text).isNotNull();
        return e;
    }
}
