package dev.ordercore.domain.json;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON object: named values such as relation metadata or product attributes.
 *
 * <p>The members are an immutable copy that keeps insertion order (handy for display and
 * debugging), but order carries no meaning: two objects with the same members are equal and have
 * the same {@linkplain #canonical() canonical form} whatever order they were built in. Keys must be
 * well-formed Unicode; keys and values are never null.
 */
public record JsonObject(Map<String, JsonValue> members) implements JsonValue {

    private static final JsonObject EMPTY = new JsonObject(Map.of());

    /** @throws NullPointerException if the map, a key or a value is null */
    public JsonObject {
        Objects.requireNonNull(members, "members");
        LinkedHashMap<String, JsonValue> copy = new LinkedHashMap<>(Math.max(4, members.size() * 2));
        members.forEach((key, value) -> copy.put(checkKey(key), Objects.requireNonNull(value, "value of " + key)));
        members = Collections.unmodifiableMap(copy);
    }

    public static JsonObject empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The value of member {@code key}, or empty if there is no such member. */
    public Optional<JsonValue> get(String key) {
        return Optional.ofNullable(members.get(key));
    }

    public boolean has(String key) {
        return members.containsKey(key);
    }

    /** The member names, in insertion order (unmodifiable). */
    public Set<String> keys() {
        return members.keySet();
    }

    public int size() {
        return members.size();
    }

    public boolean isEmpty() {
        return members.isEmpty();
    }

    private static String checkKey(String key) {
        Objects.requireNonNull(key, "key");
        int bad = JsonString.firstIllFormedIndex(key);
        if (bad >= 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "object key is not well-formed UTF-16: lone surrogate U+%04X at index %d",
                    (int) key.charAt(bad), bad));
        }
        return key;
    }

    /**
     * Collects members in order. Putting the same key twice is a mistake in the caller (I-JSON
     * forbids duplicate names) and is refused with an {@link IllegalArgumentException}.
     */
    public static final class Builder {

        private final LinkedHashMap<String, JsonValue> members = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder put(String key, JsonValue value) {
            checkKey(key);
            Objects.requireNonNull(value, "value of " + key);
            if (members.putIfAbsent(key, value) != null) {
                throw new IllegalArgumentException("duplicate key \"" + key + "\"");
            }
            return this;
        }

        public Builder put(String key, String value) {
            return put(key, new JsonString(value));
        }

        public Builder put(String key, long value) {
            return put(key, JsonNumber.of(value));
        }

        public Builder put(String key, BigDecimal value) {
            return put(key, new JsonNumber(value));
        }

        public Builder put(String key, boolean value) {
            return put(key, JsonBoolean.of(value));
        }

        public Builder putNull(String key) {
            return put(key, JsonNull.INSTANCE);
        }

        public JsonObject build() {
            return new JsonObject(members);
        }
    }
}
