package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonBoolean;
import dev.ordercore.domain.json.JsonNull;
import dev.ordercore.domain.json.JsonNumber;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.json.JsonValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between Jackson's trees and the domain's {@link JsonValue}. Numbers keep every digit
 * they were sent with: the API's mapper reads floats as {@code BigDecimal} and integers as
 * {@code int}, {@code long} or {@code BigInteger}, and each becomes an exact {@link JsonNumber}.
 * What the domain's tree cannot hold (a lone surrogate, a number beyond its bounds) is a 400 at its path.
 */
final class JsonTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private JsonTrees() {
    }

    static JsonValue toDomain(JsonNode node) {
        return toDomain(node, "");
    }

    static JsonObject toDomain(ObjectNode node, String path) {
        return (JsonObject) toDomain((JsonNode) node, path);
    }

    private static JsonValue toDomain(JsonNode node, String path) {
        try {
            return switch (node.getNodeType()) {
                case NULL -> JsonNull.INSTANCE;
                case BOOLEAN -> JsonBoolean.of(node.booleanValue());
                case NUMBER -> new JsonNumber(node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue()) : node.decimalValue());
                case STRING -> new JsonString(node.textValue());
                case ARRAY -> {
                    List<JsonValue> values = new ArrayList<>(node.size());
                    for (int i = 0; i < node.size(); i++) {
                        values.add(toDomain(node.get(i), path + "[" + i + "]"));
                    }
                    yield new JsonArray(values);
                }
                case OBJECT -> {
                    Map<String, JsonValue> members = new LinkedHashMap<>();
                    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> member = it.next();
                        members.put(member.getKey(), toDomain(member.getValue(), path.isEmpty() ? member.getKey() : path + "." + member.getKey()));
                    }
                    yield new JsonObject(members);
                }
                default -> throw unrepresentable(path, "a value JSON does not have");
            };
        } catch (IllegalArgumentException e) {
            throw unrepresentable(path, e.getMessage());
        }
    }

    static JsonNode toJackson(JsonValue value) {
        if (value instanceof JsonObject o) {
            ObjectNode node = NODES.objectNode();
            o.members().forEach((k, v) -> node.set(k, toJackson(v)));
            return node;
        }
        if (value instanceof JsonArray a) {
            ArrayNode node = NODES.arrayNode(a.size());
            a.values().forEach(v -> node.add(toJackson(v)));
            return node;
        }
        if (value instanceof JsonString s) {
            return NODES.textNode(s.value());
        }
        if (value instanceof JsonNumber n) {
            return n.isIntegral() ? NODES.numberNode(n.value().toBigIntegerExact()) : NODES.numberNode(n.value());
        }
        if (value instanceof JsonBoolean b) {
            return NODES.booleanNode(b.value());
        }
        return NODES.nullNode();
    }

    private static ProblemException unrepresentable(String path, String why) {
        String where = path.isEmpty() ? "the body" : "'" + path + "'";
        return new ProblemException(Problem.of(400, "request.unrepresentable_json", "Unrepresentable JSON",
                where + " holds a value that cannot be stored: " + why, List.of(new Problem.FieldError(path, why))));
    }
}
