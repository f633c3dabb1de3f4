package dev.ordercore.domain.json;

import java.math.BigDecimal;

/**
 * A piece of JSON as the order domain sees it: history payloads, relation metadata, product
 * attributes and order intents are all {@code JsonValue}s.
 *
 * <p>The domain has its own small, immutable JSON tree so that it never imports Jackson or any
 * other JSON library: adapters map their library's trees to and from {@code JsonValue}. The tree
 * has one fixed textual form, the RFC 8785 canonical form ({@link #canonical()}), which is what
 * gets hashed (for example an intent's {@code payloadHash}, see {@link CanonicalJson#sha256Hex}),
 * so two payloads that mean the same thing always hash the same.
 *
 * <p>Values are compared by meaning: numbers by numeric value ({@code 1.0} equals {@code 1}) and
 * objects regardless of member order. Nulls are never accepted; JSON {@code null} is
 * {@link JsonNull#INSTANCE}.
 */
public sealed interface JsonValue permits JsonNull, JsonBoolean, JsonNumber, JsonString, JsonArray, JsonObject {

    /**
     * The RFC 8785 (JSON Canonicalization Scheme) text of this value.
     *
     * @throws IllegalArgumentException if a number in the tree is not a finite IEEE-754 double
     */
    default String canonical() {
        return CanonicalJson.serialize(this);
    }

    /**
     * Reads strict RFC 8259 JSON text (no duplicate keys, nesting at most 256 deep).
     *
     * @throws JsonParseException if the text is not such JSON
     */
    static JsonValue parse(String text) {
        return JsonParser.parse(text);
    }

    /** A JSON string; refuses text that is not well-formed Unicode. */
    static JsonString of(String s) {
        return new JsonString(s);
    }

    /** A JSON integer. */
    static JsonNumber of(long n) {
        return JsonNumber.of(n);
    }

    /** A JSON number with exactly this decimal value. */
    static JsonNumber of(BigDecimal n) {
        return new JsonNumber(n);
    }

    /** {@code true} or {@code false}. */
    static JsonBoolean of(boolean b) {
        return JsonBoolean.of(b);
    }
}
