package dev.ordercore.domain.intent;

import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonNumber;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.json.JsonValue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** R21: the payload hash depends on the payload's content only, not on how its JSON text was written. */
class PayloadHashProperties {

    @Provide
    Arbitrary<JsonObject> intents() {
        Arbitrary<JsonValue> lines = Combinators.combine(
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                        Arbitraries.integers().between(1, 100),
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(10_000)).ofScale(2),
                        Arbitraries.strings().withChars("abcåäö \"\\\n€").ofMaxLength(10))
                .as((ref, quantity, price, description) -> JsonObject.builder().put("ref", ref).put("quantity", quantity)
                        .put("unitPrice", price.toPlainString()).put("description", description).put("on", "2026-02-01").build());
        return Combinators.combine(
                        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12),
                        Arbitraries.of("channel.shopify", "pos", "b2b-portal"),
                        lines.list().ofMaxSize(4),
                        Arbitraries.doubles().between(-1e6, 1e6).map(JsonNumber::ofDouble))
                .as((id, source, items, number) -> JsonObject.builder()
                        .put("intentId", id).put("sourceSystem", source).put("contractVersion", 1).put("currency", "SEK")
                        .put("lineItems", new JsonArray(items)).put("score", number).build());
    }

    @Property(tries = 200)
    @Label("R21 the same payload with its keys in any order and any whitespace hashes the same")
    void key_order_and_whitespace_do_not_change_the_hash(@ForAll("intents") JsonObject payload, @ForAll Random random) {
        String rewritten = write(payload, random, 0);

        JsonValue parsed = JsonValue.parse(rewritten);

        assertThat(parsed).isEqualTo(payload);
        assertThat(PayloadHash.of(parsed)).isEqualTo(PayloadHash.of(payload));
        assertThat(IntentContract.admit(parsed, IntentLimits.DEFAULT).value().payloadHash()).isEqualTo(PayloadHash.of(payload));
    }

    @Property(tries = 200)
    @Label("R21 two payloads hash the same exactly when their canonical forms are the same")
    void equal_hashes_mean_equal_canonical_forms(@ForAll("intents") JsonObject a, @ForAll("intents") JsonObject b) {
        assertThat(PayloadHash.of(a).equals(PayloadHash.of(b))).isEqualTo(a.canonical().equals(b.canonical()));
        assertThat(PayloadHash.of(a).hex()).matches("[0-9a-f]{64}");
    }

    /** JSON text for {@code value} with object members shuffled and random insignificant whitespace. */
    private static String write(JsonValue value, Random random, int depth) {
        String ws = List.of("", " ", "\n", "\t", "  \r\n").get(random.nextInt(5));
        if (value instanceof JsonObject o) {
            List<Map.Entry<String, JsonValue>> members = new ArrayList<>(o.members().entrySet());
            Collections.shuffle(members, random);
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, JsonValue> m : members) {
                parts.add(ws + new JsonString(m.getKey()).canonical() + ws + ":" + ws + write(m.getValue(), random, depth + 1));
            }
            return "{" + String.join("," + ws, parts) + ws + "}";
        }
        if (value instanceof JsonArray a) {
            List<String> parts = new ArrayList<>();
            for (JsonValue v : a.values()) {
                parts.add(ws + write(v, random, depth + 1));
            }
            return "[" + String.join(",", parts) + ws + "]";
        }
        if (value instanceof JsonNumber n && n.isIntegral() && random.nextBoolean()) {
            return n.value().toBigInteger() + ".0";
        }
        return value.canonical();
    }
}
