package dev.ordercore.domain.json;

import java.util.List;

/** A JSON array: an immutable, ordered list of values (order is meaningful and kept). */
public record JsonArray(List<JsonValue> values) implements JsonValue {

    /** @throws NullPointerException if the list or any element is null */
    public JsonArray {
        values = List.copyOf(values);
    }

    public static JsonArray of(JsonValue... values) {
        return new JsonArray(List.of(values));
    }

    public static JsonArray empty() {
        return new JsonArray(List.of());
    }

    public int size() {
        return values.size();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** @throws IndexOutOfBoundsException if there is no element at {@code index} */
    public JsonValue get(int index) {
        return values.get(index);
    }
}
