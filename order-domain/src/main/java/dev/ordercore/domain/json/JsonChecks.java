package dev.ordercore.domain.json;

import dev.ordercore.domain.shared.Text;
import dev.ordercore.domain.shared.Violations;

/**
 * Checks that JSON a request carries can be stored: its numbers are representable, it holds no
 * U+0000 (which PostgreSQL's jsonb, like many stores, cannot keep) and it is not too large.
 */
public final class JsonChecks {

    private JsonChecks() {
    }

    /**
     * Reports at {@code field} a value whose numbers are outside IEEE-754 double range (RFC 8785
     * cannot write them) or whose canonical form exceeds {@code maxBytes}. True when it is fine.
     */
    public static boolean storable(Violations v, String field, JsonValue value, int maxBytes) {
        if (holdsNul(value)) {
            v.add(field, Text.INVALID_CHARACTER, field + " holds the character U+0000, which cannot be stored");
            return false;
        }
        if (depth(value) > JsonParser.MAX_DEPTH) {
            v.add(field, "too_deep", field + " nests deeper than " + JsonParser.MAX_DEPTH + " levels, so it could not be read back");
            return false;
        }
        byte[] canonical;
        try {
            canonical = CanonicalJson.utf8(value);
        } catch (IllegalArgumentException unrepresentable) {
            v.add(field, "invalid_number", field + " holds a number outside the range of a double: " + unrepresentable.getMessage());
            return false;
        }
        if (canonical.length > maxBytes) {
            v.add(field, "too_large", field + " is at most " + maxBytes + " bytes, got " + canonical.length);
            return false;
        }
        return true;
    }

    /** Whether a string or member name anywhere in {@code value} contains U+0000. */
    public static boolean holdsNul(JsonValue value) {
        if (value instanceof JsonString s) {
            return !Text.storable(s.value());
        }
        if (value instanceof JsonArray a) {
            return a.values().stream().anyMatch(JsonChecks::holdsNul);
        }
        if (value instanceof JsonObject o) {
            return o.members().entrySet().stream().anyMatch(m -> !Text.storable(m.getKey()) || holdsNul(m.getValue()));
        }
        return false;
    }

    /** How deeply arrays and objects nest in {@code value}: 0 for a scalar, as {@link JsonParser} counts. */
    public static int depth(JsonValue value) {
        if (value instanceof JsonArray a) {
            return 1 + a.values().stream().mapToInt(JsonChecks::depth).max().orElse(0);
        }
        if (value instanceof JsonObject o) {
            return 1 + o.members().values().stream().mapToInt(JsonChecks::depth).max().orElse(0);
        }
        return 0;
    }
}
