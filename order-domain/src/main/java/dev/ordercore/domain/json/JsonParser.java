package dev.ordercore.domain.json;

import java.util.Locale;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * Reads JSON text into a {@link JsonValue}, strictly: RFC 8259 with the I-JSON rule that object
 * keys are unique. Anything a lenient parser would guess about is refused with a
 * {@link JsonParseException} saying what and where: comments, trailing commas, leading zeros,
 * NaN/Infinity, single quotes, unknown escapes, lone surrogates, control characters in strings,
 * duplicate keys, nesting deeper than {@value #MAX_DEPTH}, whitespace other than space, tab, CR
 * and LF, and anything after the value. Numbers are kept exactly (as {@link java.math.BigDecimal}).
 */
public final class JsonParser {

    /** Deepest nesting of arrays and objects accepted. */
    public static final int MAX_DEPTH = 256;

    /** Longest number literal accepted; longer ones could only be absurd (see {@link JsonNumber}). */
    static final int MAX_NUMBER_LENGTH = 4096;

    private final String text;
    private int pos;
    private int depth;

    private JsonParser(String text) {
        this.text = text;
    }

    /**
     * The value written in {@code text}: exactly one JSON value, optionally surrounded by
     * whitespace.
     *
     * @throws JsonParseException if {@code text} is not strict JSON
     */
    public static JsonValue parse(String text) {
        Objects.requireNonNull(text, "text");
        JsonParser parser = new JsonParser(text);
        parser.skipWhitespace();
        JsonValue value = parser.readValue();
        parser.skipWhitespace();
        if (parser.pos < text.length()) {
            throw parser.error(parser.pos, "unexpected " + parser.describe(parser.pos) + " after the JSON value");
        }
        return value;
    }

    /** A lone JSON number literal, no whitespace; see {@link JsonNumber#of(String)}. */
    static JsonNumber parseNumber(String text) {
        Objects.requireNonNull(text, "decimalText");
        JsonParser parser = new JsonParser(text);
        if (text.isEmpty() || !(text.charAt(0) == '-' || isDigit(text.charAt(0)))) {
            throw parser.error(0, "expected a number but found " + parser.describe(0));
        }
        JsonNumber number = parser.readNumber();
        if (parser.pos < text.length()) {
            throw parser.error(parser.pos, "unexpected " + parser.describe(parser.pos) + " after the number");
        }
        return number;
    }

    private JsonValue readValue() {
        if (pos >= text.length()) {
            throw error(pos, "unexpected end of input, expected a value");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> readObject();
            case '[' -> readArray();
            case '"' -> new JsonString(readString());
            case 't' -> readLiteral("true", JsonBoolean.TRUE);
            case 'f' -> readLiteral("false", JsonBoolean.FALSE);
            case 'n' -> readLiteral("null", JsonNull.INSTANCE);
            default -> {
                if (c == '-' || isDigit(c)) {
                    yield readNumber();
                }
                throw error(pos, "unexpected " + describe(pos) + ", expected a value");
            }
        };
    }

    private JsonObject readObject() {
        int start = pos;
        enter(start);
        pos++; // '{'
        LinkedHashMap<String, JsonValue> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            depth--;
            return new JsonObject(members);
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error(pos, pos >= text.length()
                        ? "unexpected end of input in object starting at offset " + start + ", expected a key"
                        : "unexpected " + describe(pos) + ", expected a string key");
            }
            int keyOffset = pos;
            String key = readString();
            if (members.containsKey(key)) {
                throw error(keyOffset, "duplicate key " + quote(key));
            }
            skipWhitespace();
            expect(':', "after key " + quote(key));
            skipWhitespace();
            members.put(key, readValue());
            skipWhitespace();
            char c = peek();
            if (c == ',') {
                pos++;
                skipWhitespace();
                if (peek() == '}') {
                    throw error(pos, "trailing comma in object");
                }
            } else if (c == '}') {
                pos++;
                depth--;
                return new JsonObject(members);
            } else if (pos >= text.length()) {
                throw error(pos, "unexpected end of input in object starting at offset " + start + ", expected ',' or '}'");
            } else {
                throw error(pos, "unexpected " + describe(pos) + " in object, expected ',' or '}'");
            }
        }
    }

    private JsonArray readArray() {
        int start = pos;
        enter(start);
        pos++; // '['
        List<JsonValue> values = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            depth--;
            return new JsonArray(values);
        }
        while (true) {
            skipWhitespace();
            values.add(readValue());
            skipWhitespace();
            char c = peek();
            if (c == ',') {
                pos++;
                skipWhitespace();
                if (peek() == ']') {
                    throw error(pos, "trailing comma in array");
                }
            } else if (c == ']') {
                pos++;
                depth--;
                return new JsonArray(values);
            } else if (pos >= text.length()) {
                throw error(pos, "unexpected end of input in array starting at offset " + start + ", expected ',' or ']'");
            } else {
                throw error(pos, "unexpected " + describe(pos) + " in array, expected ',' or ']'");
            }
        }
    }

    private void enter(int offset) {
        if (++depth > MAX_DEPTH) {
            throw error(offset, "nesting deeper than " + MAX_DEPTH + " levels");
        }
    }

    private String readString() {
        int start = pos;
        pos++; // opening quote
        StringBuilder out = null; // only allocated once an escape is seen
        int runStart = pos;
        while (true) {
            if (pos >= text.length()) {
                throw error(start, "unterminated string");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                String value = out == null
                        ? text.substring(runStart, pos)
                        : out.append(text, runStart, pos).toString();
                pos++;
                return value;
            }
            if (c == '\\') {
                if (out == null) {
                    out = new StringBuilder();
                }
                out.append(text, runStart, pos);
                readEscape(out);
                runStart = pos;
            } else if (c < 0x20) {
                throw error(pos, String.format(Locale.ROOT, "unescaped control character U+%04X in string", (int) c));
            } else if (Character.isHighSurrogate(c)) {
                if (pos + 1 < text.length() && Character.isLowSurrogate(text.charAt(pos + 1))) {
                    pos += 2;
                } else {
                    throw error(pos, String.format(Locale.ROOT, "lone surrogate U+%04X in string", (int) c));
                }
            } else if (Character.isLowSurrogate(c)) {
                throw error(pos, String.format(Locale.ROOT, "lone surrogate U+%04X in string", (int) c));
            } else {
                pos++;
            }
        }
    }

    /** Reads the escape at {@code pos} (a backslash) into {@code out}. */
    private void readEscape(StringBuilder out) {
        int escape = pos;
        if (pos + 1 >= text.length()) {
            throw error(escape, "unterminated escape sequence");
        }
        char c = text.charAt(pos + 1);
        pos += 2;
        switch (c) {
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case '/' -> out.append('/');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                char unit = readHex4(escape);
                if (Character.isHighSurrogate(unit)) {
                    if (pos + 1 < text.length() && text.charAt(pos) == '\\' && text.charAt(pos + 1) == 'u') {
                        int lowEscape = pos;
                        pos += 2;
                        char low = readHex4(lowEscape);
                        if (!Character.isLowSurrogate(low)) {
                            throw error(lowEscape, String.format(Locale.ROOT,
                                    "high surrogate \\u%04X must be followed by a low surrogate escape, found \\u%04X",
                                    (int) unit, (int) low));
                        }
                        out.append(unit).append(low);
                    } else {
                        throw error(escape, String.format(Locale.ROOT,
                                "lone surrogate escape \\u%04X (a high surrogate must be followed by a \\u low surrogate)",
                                (int) unit));
                    }
                } else if (Character.isLowSurrogate(unit)) {
                    throw error(escape, String.format(Locale.ROOT, "lone surrogate escape \\u%04X", (int) unit));
                } else {
                    out.append(unit);
                }
            }
            default -> throw error(escape, "invalid escape " + quote("\\" + c)
                    + " (only \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX are allowed)");
        }
    }

    /** Four hex digits at {@code pos}; {@code escape} is where the backslash-u escape started. */
    private char readHex4(int escape) {
        int unit = 0;
        for (int i = 0; i < 4; i++) {
            int digit = pos < text.length() ? hexValue(text.charAt(pos)) : -1;
            if (digit < 0) {
                throw error(escape, "invalid \\u escape, expected four hex digits");
            }
            unit = unit << 4 | digit;
            pos++;
        }
        return (char) unit;
    }

    /** The value of an ASCII hex digit, or -1 (unlike Character.digit, refuses non-ASCII digits). */
    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private JsonNumber readNumber() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
            if (isDigit(peek())) {
                throw error(start, "leading zeros are not allowed in numbers");
            }
        } else if (isDigit(peek())) {
            skipDigits();
        } else {
            throw error(pos, "expected a digit in number but found " + describe(pos));
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw error(pos, "expected a digit after the decimal point but found " + describe(pos));
            }
            skipDigits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error(pos, "expected a digit in the exponent but found " + describe(pos));
            }
            skipDigits();
        }
        if (pos - start > MAX_NUMBER_LENGTH) {
            throw error(start, "number literal longer than " + MAX_NUMBER_LENGTH + " characters");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.substring(start, pos));
        } catch (NumberFormatException e) { // the exponent does not fit in an int
            throw error(start, "number out of range: exponent too large");
        }
        try {
            return new JsonNumber(value);
        } catch (IllegalArgumentException e) {
            throw error(start, e.getMessage());
        }
    }

    private void skipDigits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private JsonValue readLiteral(String literal, JsonValue value) {
        if (!text.startsWith(literal, pos)) {
            throw error(pos, "unexpected " + describe(pos) + ", expected a value (did you mean " + literal + "?)");
        }
        pos += literal.length();
        return value;
    }

    private void expect(char expected, String where) {
        if (peek() != expected) {
            throw error(pos, pos >= text.length()
                    ? "unexpected end of input, expected '" + expected + "' " + where
                    : "unexpected " + describe(pos) + ", expected '" + expected + "' " + where);
        }
        pos++;
    }

    /** Skips RFC 8259 whitespace: space, tab, line feed, carriage return, nothing else. */
    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else {
                return;
            }
        }
    }

    /** The character at {@code pos}, or U+FFFF past the end (never valid at any point of the grammar). */
    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\uFFFF';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A short description of the character at {@code offset} for error messages. */
    private String describe(int offset) {
        if (offset >= text.length()) {
            return "end of input";
        }
        int cp = text.codePointAt(offset);
        if (cp >= 0x20 && cp < 0x7F) {
            return "character '" + (char) cp + "'";
        }
        return String.format(Locale.ROOT, "character U+%04X", cp);
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                out.append('\\').append((char) cp);
            } else if (cp < 0x20 || cp == 0x7F) {
                out.append(String.format(Locale.ROOT, "\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append('"').toString();
    }

    private JsonParseException error(int offset, String reason) {
        return JsonParseException.at(text, offset, reason);
    }
}
