package dev.ordercore.adapter.postgres;

import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonBoolean;
import dev.ordercore.domain.json.JsonNull;
import dev.ordercore.domain.json.JsonNumber;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.json.JsonValue;
import org.jooq.JSONB;

import java.util.Locale;
import java.util.Map;

/**
 * JSON values to and from {@code jsonb}. Numbers are written with every digit (the canonical form
 * would round them to doubles); jsonb keeps numbers as {@code numeric}, so they come back equal.
 * jsonb cannot hold U+0000 in a string; such a value is refused with a clear message before it
 * reaches the database.
 */
final class JsonText {

    private JsonText() {
    }

    static JSONB jsonb(JsonValue value) {
        StringBuilder out = new StringBuilder(64);
        write(value, out);
        return JSONB.valueOf(out.toString());
    }

    static JsonValue value(JSONB stored) {
        return JsonValue.parse(stored.data());
    }

    static JsonObject object(JSONB stored) {
        JsonValue v = value(stored);
        if (v instanceof JsonObject o) {
            return o;
        }
        throw new IllegalStateException("stored JSON is not an object: " + stored.data());
    }

    static JsonArray array(JSONB stored) {
        JsonValue v = value(stored);
        if (v instanceof JsonArray a) {
            return a;
        }
        throw new IllegalStateException("stored JSON is not an array: " + stored.data());
    }

    private static void write(JsonValue value, StringBuilder out) {
        if (value instanceof JsonNull) {
            out.append("null");
        } else if (value instanceof JsonBoolean b) {
            out.append(b.value());
        } else if (value instanceof JsonNumber n) {
            out.append(n.value().toString());
        } else if (value instanceof JsonString s) {
            string(s.value(), out);
        } else if (value instanceof JsonArray a) {
            out.append('[');
            for (int i = 0; i < a.values().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(a.values().get(i), out);
            }
            out.append(']');
        } else {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonValue> m : ((JsonObject) value).members().entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(m.getKey(), out);
                out.append(':');
                write(m.getValue(), out);
            }
            out.append('}');
        }
    }

    private static void string(String s, StringBuilder out) {
        if (s.indexOf('\u0000') >= 0) {
            throw new IllegalArgumentException("PostgreSQL jsonb cannot store the character U+0000 in a string");
        }
        quoted(s, out);
    }

    /** {@code s} as a JSON string, every control character escaped (U+0000 too: for text, not jsonb). */
    static void quoted(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
