package dev.ordercore.domain.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class JsonProperties {

    // ---- round trips ----------------------------------------------------------------------------

    @Property(tries = 500)
    void parsing_the_canonical_text_gives_back_the_same_tree(@ForAll("trees") JsonValue tree) {
        assertThat(JsonValue.parse(tree.canonical())).isEqualTo(tree);
    }

    @Property(tries = 500)
    void canonicalization_is_idempotent(@ForAll("trees") JsonValue tree) {
        String canonical = tree.canonical();

        assertThat(JsonValue.parse(canonical).canonical()).isEqualTo(canonical);
    }

    @Property(tries = 500)
    void canonical_text_is_independent_of_member_insertion_order(@ForAll("trees") JsonValue tree, @ForAll Random random) {
        JsonValue reordered = reorderMembers(tree, random);

        assertThat(reordered).isEqualTo(tree);
        assertThat(reordered.canonical()).isEqualTo(tree.canonical());
        assertThat(CanonicalJson.sha256Hex(reordered)).isEqualTo(CanonicalJson.sha256Hex(tree));
    }

    @Property(tries = 300)
    void pretty_printed_json_parses_to_the_same_tree(@ForAll("trees") JsonValue tree) {
        assertThat(JsonValue.parse(pretty(tree, 0))).isEqualTo(tree);
    }

    @Property(tries = 300)
    void canonical_text_has_no_whitespace_outside_strings(@ForAll("trees") JsonValue tree) {
        String canonical = tree.canonical();
        boolean inString = false;
        for (int i = 0; i < canonical.length(); i++) {
            char c = canonical.charAt(i);
            if (c == '\\' && inString) {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (!inString) {
                assertThat(" \t\r\n").doesNotContain(String.valueOf(c));
            }
        }
    }

    // ---- numbers --------------------------------------------------------------------------------

    @Property(tries = 1000)
    void formatted_doubles_read_back_as_the_same_double(@ForAll("finiteDoubles") double d) {
        String text = CanonicalJson.formatDouble(d);

        assertThat(Double.parseDouble(text)).isEqualTo(d == 0 ? 0.0 : d);
        assertThat(JsonNumber.of(text)).isEqualTo(JsonNumber.ofDouble(d));
    }

    @Property(tries = 1000)
    void formatted_doubles_are_never_longer_than_jdk_double_to_string_digits(@ForAll("finiteDoubles") double d) {
        Assume.that(d != 0);
        BigDecimal ours = CanonicalJson.shortestDecimal(d);
        BigDecimal jdk = new BigDecimal(Double.toString(d)).stripTrailingZeros();

        assertThat(ours.precision()).isLessThanOrEqualTo(jdk.precision());
    }

    @Property(tries = 1000)
    void no_shorter_decimal_reads_back_as_the_double(@ForAll("finiteDoubles") double d) {
        Assume.that(d != 0);
        BigDecimal shortest = CanonicalJson.shortestDecimal(d);
        int k = shortest.precision();
        Assume.that(k > 1);
        BigDecimal exact = new BigDecimal(d);
        BigDecimal down = exact.round(new MathContext(k - 1, RoundingMode.FLOOR));
        BigDecimal up = exact.round(new MathContext(k - 1, RoundingMode.CEILING));

        assertThat(Double.parseDouble(down.toString())).isNotEqualTo(d);
        assertThat(Double.parseDouble(up.toString())).isNotEqualTo(d);
    }

    @Property(tries = 500)
    void short_decimals_print_as_themselves(
            @ForAll("shortMantissas") long mantissa, @ForAll("smallExponents") int exponent) {
        BigDecimal decimal = BigDecimal.valueOf(mantissa, -exponent);
        double d = Double.parseDouble(decimal.toString());

        assertThat(CanonicalJson.shortestDecimal(d)).isEqualTo(decimal.stripTrailingZeros());
    }

    // ---- parser robustness ------------------------------------------------------------------------

    @Property(tries = 1000)
    void parsing_arbitrary_text_either_succeeds_or_throws_a_parse_exception(@ForAll("jsonishText") String text) {
        try {
            JsonValue value = JsonValue.parse(text);
            assertThat(value).isNotNull();
        } catch (JsonParseException e) {
            assertThat(e.offset()).isBetween(0, text.length());
            assertThat(e.getMessage()).contains("line " + e.line() + ", column " + e.column());
        }
    }

    @Property(tries = 500)
    void damaging_canonical_text_never_breaks_the_parser(@ForAll("trees") JsonValue tree, @ForAll Random random) {
        String text = tree.canonical();
        StringBuilder damaged = new StringBuilder(text);
        int position = random.nextInt(text.length() + 1);
        switch (random.nextInt(3)) {
            case 0 -> {
                if (position < damaged.length()) {
                    damaged.deleteCharAt(position);
                }
            }
            case 1 -> damaged.insert(position, "{}[]\",:\\-0e.tn \u0000".charAt(random.nextInt(16)));
            default -> damaged.setLength(position);
        }
        try {
            JsonValue.parse(damaged.toString());
        } catch (JsonParseException e) {
            assertThat(e.offset()).isBetween(0, damaged.length());
        }
    }

    // ---- generators -------------------------------------------------------------------------------

    @Provide
    Arbitrary<JsonValue> trees() {
        return Arbitraries.recursive(this::scalars, this::containers, 0, 4);
    }

    private Arbitrary<JsonValue> scalars() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(JsonNull.INSTANCE)),
                Tuple.of(1, Arbitraries.of(JsonBoolean.TRUE, JsonBoolean.FALSE)),
                Tuple.of(4, finiteDoubles().map(JsonNumber::ofDouble)),
                Tuple.of(4, strings()));
    }

    private Arbitrary<JsonValue> containers(Arbitrary<JsonValue> element) {
        Arbitrary<JsonValue> arrays = element.list().ofMaxSize(5).map(JsonArray::new);
        Arbitrary<JsonValue> objects = Arbitraries.maps(texts(6), element).ofMaxSize(5).map(JsonObject::new);
        return Arbitraries.oneOf(arrays, objects);
    }

    @Provide
    Arbitrary<Double> finiteDoubles() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite)),
                Tuple.of(2, Arbitraries.doubles()),
                Tuple.of(2, Arbitraries.longs().between(-(1L << 54), 1L << 54).map(n -> (double) n)),
                Tuple.of(2, Arbitraries.integers().between(-999_999, 999_999)
                        .flatMap(m -> Arbitraries.integers().between(-30, 30).map(e -> Double.parseDouble(m + "e" + e)))),
                Tuple.of(1, Arbitraries.longs().between(1, (1L << 52) - 1).map(Double::longBitsToDouble)),
                Tuple.of(1, Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, 1e21, 1e-7,
                        9007199254740992.0, 0.1, 1e23)));
    }

    @Provide
    Arbitrary<Long> shortMantissas() {
        return Arbitraries.longs().between(-999_999_999_999_999L, 999_999_999_999_999L);
    }

    @Provide
    Arbitrary<Integer> smallExponents() {
        return Arbitraries.integers().between(-280, 280);
    }

    private Arbitrary<JsonValue> strings() {
        return texts(8).map(JsonString::new);
    }

    /** Well-formed text with a bias towards characters canonicalization must get right. */
    private static Arbitrary<String> texts(int maxLength) {
        Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(2, Arbitraries.integers().between(0x00, 0x1F)),
                Tuple.of(2, Arbitraries.of((int) '"', (int) '\\', (int) '/', 0x7F, 0x80, 0xFF, 0x2028, 0x2029, 0x20AC,
                        0xFB33, 0xFEFF, 0xFFFF, 0x1F600, 0x10FFFF)),
                Tuple.of(2, Arbitraries.integers().between(0x80, 0x10FFFF)
                        .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)));
        return codePoints.list().ofMaxSize(maxLength).map(list -> {
            StringBuilder s = new StringBuilder();
            list.forEach(s::appendCodePoint);
            return s.toString();
        });
    }

    /** Text made mostly of JSON's own characters, so that random inputs get deep into the parser. */
    @Provide
    Arbitrary<String> jsonishText() {
        Arbitrary<String> tokens = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "d83d", "DE00", "00",
                "true", "false", "null", "tru", "-", "0", "1", "9", ".", "e", "E", "+", " ", "\n", "\t", "\r", "\u00a0",
                "a", "\"k\"", "\u0000", "\ud83d", "\ude00", "\ud83d\ude00", "/", "*", "1e999999999999");
        return tokens.list().ofMaxSize(20).map(list -> String.join("", list));
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** The same tree with every object's members inserted in a random order. */
    private static JsonValue reorderMembers(JsonValue value, Random random) {
        if (value instanceof JsonArray array) {
            return new JsonArray(array.values().stream().map(v -> reorderMembers(v, random)).toList());
        }
        if (value instanceof JsonObject object) {
            List<String> keys = new ArrayList<>(object.keys());
            Collections.shuffle(keys, random);
            Map<String, JsonValue> members = new LinkedHashMap<>();
            keys.forEach(key -> members.put(key, reorderMembers(object.members().get(key), random)));
            return new JsonObject(members);
        }
        return value;
    }

    /** Indented JSON, members in insertion order, every string character written as a backslash-u escape. */
    private static String pretty(JsonValue value, int indent) {
        String pad = "  ".repeat(indent + 1);
        if (value instanceof JsonArray array) {
            if (array.isEmpty()) {
                return "[ ]";
            }
            List<String> items = array.values().stream().map(v -> pad + pretty(v, indent + 1)).toList();
            return "[\n" + String.join(",\n", items) + "\n" + "  ".repeat(indent) + "]";
        }
        if (value instanceof JsonObject object) {
            if (object.isEmpty()) {
                return "{\r\n}";
            }
            List<String> items = new ArrayList<>();
            object.members().forEach((k, v) -> items.add(pad + escapeAll(k) + " :\t" + pretty(v, indent + 1)));
            return "{\r\n" + String.join(" ,\r\n", items) + "\n" + "  ".repeat(indent) + "}";
        }
        if (value instanceof JsonString string) {
            return escapeAll(string.value());
        }
        if (value instanceof JsonNumber number) {
            return number.value().toString(); // exact decimal, e.g. 1.5E+300, not the canonical form
        }
        return value.canonical();
    }

    private static String escapeAll(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.chars().forEach(c -> out.append(String.format("\\u%04X", c)));
        return out.append('"').toString();
    }
}
