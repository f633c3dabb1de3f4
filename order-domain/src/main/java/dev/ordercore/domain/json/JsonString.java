package dev.ordercore.domain.json;

import java.util.Objects;

/**
 * A JSON string. Its text must be well-formed Unicode (no lone UTF-16 surrogates), because a
 * canonical, hashable payload (RFC 8785) cannot carry text that has no UTF-8 encoding.
 */
public record JsonString(String value) implements JsonValue {

    public JsonString {
        Objects.requireNonNull(value, "value");
        int bad = firstIllFormedIndex(value);
        if (bad >= 0) {
            throw new IllegalArgumentException(String.format(
                    "string is not well-formed UTF-16: lone surrogate U+%04X at index %d",
                    (int) value.charAt(bad), bad));
        }
    }

    /** The index of the first lone surrogate in {@code s}, or -1 if {@code s} is well-formed UTF-16. */
    static int firstIllFormedIndex(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
