package dev.ordercore.domain.json;

/** JSON {@code true} or {@code false}. Use {@link #TRUE}, {@link #FALSE} or {@link #of(boolean)}. */
public record JsonBoolean(boolean value) implements JsonValue {

    public static final JsonBoolean TRUE = new JsonBoolean(true);
    public static final JsonBoolean FALSE = new JsonBoolean(false);

    public static JsonBoolean of(boolean value) {
        return value ? TRUE : FALSE;
    }
}
