package dev.ordercore.domain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValueTest {

    // ---- JsonNumber --------------------------------------------------------------------------

    @Test
    void numbers_equal_by_value_whatever_their_scale() {
        assertThat(JsonValue.of(new BigDecimal("1.0"))).isEqualTo(JsonValue.of(1));
        assertThat(JsonValue.of(new BigDecimal("1.0")).hashCode()).isEqualTo(JsonValue.of(1).hashCode());
        assertThat(JsonValue.of(new BigDecimal("1E+2"))).isEqualTo(JsonValue.of(100));
        assertThat(JsonNumber.of("2.500").value()).isEqualTo(new BigDecimal("2.5"));
        assertThat(JsonNumber.of("1.5e3")).isEqualTo(JsonValue.of(1500));
    }

    @Test
    void every_zero_is_big_decimal_zero() {
        assertThat(JsonValue.of(new BigDecimal("0.000")).value()).isSameAs(BigDecimal.ZERO);
        assertThat(JsonValue.of(new BigDecimal("0E+5")).value()).isSameAs(BigDecimal.ZERO);
        assertThat(JsonNumber.of("-0.0")).isEqualTo(JsonValue.of(0));
        assertThat(JsonNumber.ofDouble(-0.0)).isEqualTo(JsonValue.of(0));
    }

    @Test
    void refuses_numbers_with_absurd_exponents_or_digit_counts() {
        assertThatThrownBy(() -> JsonValue.of(new BigDecimal("1E+1001"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exponent out of range");
        assertThatThrownBy(() -> JsonValue.of(new BigDecimal("1E-1001"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonValue.of(new BigDecimal(BigInteger.TEN.pow(1000).add(BigInteger.ONE))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too many digits");
        assertThatThrownBy(() -> JsonValue.of(new BigDecimal(BigInteger.TWO.pow(100_000))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too many digits");
        assertThatThrownBy(() -> JsonValue.of(new BigDecimal(Double.MIN_VALUE))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void accepts_numbers_at_the_limits() {
        assertThat(JsonValue.of(new BigDecimal("1E+1000")).value().scale()).isEqualTo(-1000);
        assertThat(JsonValue.of(new BigDecimal("1E-1000")).value().scale()).isEqualTo(1000);
        assertThat(JsonValue.of(new BigDecimal(BigInteger.TEN.pow(1000).subtract(BigInteger.ONE))).value().precision())
                .isEqualTo(1000);
        assertThat(JsonValue.of(new BigDecimal(BigInteger.TEN.pow(5000), 5000))).isEqualTo(JsonValue.of(1));
    }

    @Test
    void number_from_text_follows_the_json_grammar() {
        assertThat(JsonNumber.of("-12.75e-1").value()).isEqualTo(new BigDecimal("-1.275"));
        assertThatThrownBy(() -> JsonNumber.of("NaN")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonNumber.of("Infinity")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonNumber.of("0x10")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonNumber.of(" 1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonNumber.of("1 ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonNumber.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonNumber.of("\"1\"")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonNumber.of("1e2000")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void number_from_a_double_is_its_shortest_decimal() {
        assertThat(JsonNumber.ofDouble(0.1).value()).isEqualTo(new BigDecimal("0.1"));
        assertThat(JsonNumber.ofDouble(1e23).value()).isEqualTo(new BigDecimal("1E+23"));
        assertThat(JsonNumber.ofDouble(Double.MIN_VALUE).value()).isEqualTo(new BigDecimal("5E-324"));
        assertThat(JsonNumber.ofDouble(1e23).doubleValue()).isEqualTo(1e23);
        assertThat(JsonNumber.ofDouble(123.0)).isEqualTo(JsonValue.of(123));
    }

    @Test
    void exact_integer_accessors_refuse_fractions_and_overflow() {
        assertThat(JsonNumber.of("1e3").intValueExact()).isEqualTo(1000);
        assertThat(JsonNumber.of("-9223372036854775808").longValueExact()).isEqualTo(Long.MIN_VALUE);
        assertThat(JsonNumber.of("12.0").isIntegral()).isTrue();
        assertThat(JsonNumber.of("12.5").isIntegral()).isFalse();
        assertThatThrownBy(() -> JsonNumber.of("1.5").longValueExact()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> JsonNumber.of("1.5").intValueExact()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> JsonNumber.of("9223372036854775808").longValueExact()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> JsonNumber.of("2147483648").intValueExact()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> JsonNumber.of("1e1000").longValueExact()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> JsonNumber.of("1e-1000").longValueExact()).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void number_double_value_is_correctly_rounded() {
        assertThat(JsonNumber.of("9007199254740993").doubleValue()).isEqualTo(9007199254740992.0);
        assertThat(JsonNumber.of("9007199254740995").doubleValue()).isEqualTo(9007199254740996.0);
        assertThat(JsonNumber.of("1e400").doubleValue()).isInfinite();
    }

    @Test
    void refuses_null_numbers() {
        assertThatThrownBy(() -> new JsonNumber(null)).isInstanceOf(NullPointerException.class);
    }

    // ---- JsonString --------------------------------------------------------------------------

    @Test
    void strings_must_be_well_formed_utf16() {
        assertThat(JsonValue.of("\ud83d\ude00").value()).isEqualTo("\ud83d\ude00");
        assertThatThrownBy(() -> JsonValue.of("a\ud83d")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("string is not well-formed UTF-16: lone surrogate U+D83D at index 1");
        assertThatThrownBy(() -> JsonValue.of("\ude00\ud83d")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+DE00 at index 0");
        assertThatThrownBy(() -> JsonValue.of("\ud83d\ud83d\ude00")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("index 0");
    }

    @Test
    void strings_refuse_null() {
        assertThatThrownBy(() -> JsonValue.of((String) null)).isInstanceOf(NullPointerException.class);
    }

    // ---- JsonArray ---------------------------------------------------------------------------

    @Test
    void arrays_are_immutable_copies() {
        List<JsonValue> source = new ArrayList<>(List.of(JsonValue.of(1)));
        JsonArray array = new JsonArray(source);
        source.add(JsonValue.of(2));

        assertThat(array.size()).isEqualTo(1);
        assertThat(array.get(0)).isEqualTo(JsonValue.of(1));
        assertThatThrownBy(() -> array.values().add(JsonNull.INSTANCE)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> JsonArray.of(JsonValue.of(1), null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void arrays_are_ordered() {
        assertThat(JsonArray.of(JsonValue.of(1), JsonValue.of(2))).isNotEqualTo(JsonArray.of(JsonValue.of(2), JsonValue.of(1)));
    }

    // ---- JsonObject --------------------------------------------------------------------------

    @Test
    void objects_keep_insertion_order_but_equal_regardless_of_it() {
        JsonObject ab = JsonObject.builder().put("a", 1).put("b", "x").build();
        JsonObject ba = JsonObject.builder().put("b", "x").put("a", 1).build();

        assertThat(ab.keys()).containsExactly("a", "b");
        assertThat(ba.keys()).containsExactly("b", "a");
        assertThat(ab).isEqualTo(ba).hasSameHashCodeAs(ba);
    }

    @Test
    void objects_are_immutable_copies() {
        Map<String, JsonValue> source = new LinkedHashMap<>();
        source.put("a", JsonValue.of(1));
        JsonObject object = new JsonObject(source);
        source.put("b", JsonValue.of(2));

        assertThat(object.keys()).containsExactly("a");
        assertThatThrownBy(() -> object.members().put("c", JsonNull.INSTANCE)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> object.keys().remove("a")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void objects_answer_member_lookups() {
        JsonObject object = JsonObject.builder().put("qty", 3).putNull("note").build();

        assertThat(object.get("qty")).contains(JsonValue.of(3));
        assertThat(object.get("note")).contains(JsonNull.INSTANCE);
        assertThat(object.get("missing")).isEmpty();
        assertThat(object.has("note")).isTrue();
        assertThat(object.has("missing")).isFalse();
        assertThat(object.size()).isEqualTo(2);
    }

    @Test
    void builder_refuses_the_same_key_twice() {
        JsonObject.Builder builder = JsonObject.builder().put("sku", "A-1");

        assertThatThrownBy(() -> builder.put("sku", "A-2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duplicate key \"sku\"");
        assertThatThrownBy(() -> builder.putNull("sku")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void builder_puts_every_kind_of_member() {
        JsonObject object = JsonObject.builder()
                .put("json", JsonArray.empty())
                .put("string", "s")
                .put("long", 7L)
                .put("decimal", new BigDecimal("7.50"))
                .put("boolean", true)
                .putNull("null")
                .build();

        assertThat(object.canonical())
                .isEqualTo("{\"boolean\":true,\"decimal\":7.5,\"json\":[],\"long\":7,\"null\":null,\"string\":\"s\"}");
    }

    @Test
    void objects_refuse_nulls_and_ill_formed_keys() {
        Map<String, JsonValue> nullValue = new HashMap<>();
        nullValue.put("a", null);
        Map<String, JsonValue> nullKey = new HashMap<>();
        nullKey.put(null, JsonNull.INSTANCE);

        assertThatThrownBy(() -> new JsonObject(nullValue)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new JsonObject(nullKey)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new JsonObject(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> JsonObject.builder().put("k", (JsonValue) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> JsonObject.builder().put("\ud800", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JsonObject(Map.of("\udfff", JsonNull.INSTANCE))).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- factories ---------------------------------------------------------------------------

    @Test
    void factories_build_the_matching_value() {
        assertThat(JsonValue.of(true)).isSameAs(JsonBoolean.TRUE);
        assertThat(JsonValue.of(false)).isSameAs(JsonBoolean.FALSE);
        assertThat(JsonBoolean.of(true).value()).isTrue();
        assertThat(JsonValue.of(42L)).isEqualTo(new JsonNumber(BigDecimal.valueOf(42)));
        assertThat(JsonValue.of("x")).isEqualTo(new JsonString("x"));
        assertThat(JsonObject.empty().isEmpty()).isTrue();
    }
}
