package dev.ordercore.domain.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The one textual form of a {@link JsonValue} that the domain hashes and compares: RFC 8785, the
 * JSON Canonicalization Scheme. Two payloads that mean the same thing (same members in any order,
 * {@code 1.0} versus {@code 1}, an escaped versus a literal {@code A}) get the same bytes, so an
 * order intent's {@code payloadHash} ({@link #sha256Hex}) does not depend on who serialized it.
 *
 * <p>RFC 8785 in short: no whitespace; object members sorted by key as UTF-16 code units; strings
 * with only the mandatory escapes; numbers as the nearest IEEE-754 double written the way
 * ECMAScript's {@code JSON.stringify} writes it.
 */
public final class CanonicalJson {

    private static final HexFormat HEX = HexFormat.of();
    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();
    private static final double TWO_POW_53 = 0x1p53;

    private CanonicalJson() {
    }

    /**
     * The RFC 8785 canonical text of {@code value}.
     *
     * @throws IllegalArgumentException if a number is not a finite IEEE-754 double (its nearest
     *                                  double is infinite)
     */
    public static String serialize(JsonValue value) {
        StringBuilder out = new StringBuilder(64);
        write(value, out);
        return out.toString();
    }

    /** {@link #serialize(JsonValue)} as UTF-8 bytes: the exact bytes that are hashed. */
    public static byte[] utf8(JsonValue value) {
        return serialize(value).getBytes(StandardCharsets.UTF_8);
    }

    /** Lowercase hex SHA-256 of {@link #utf8(JsonValue)}, e.g. an order intent's payload hash. */
    public static String sha256Hex(JsonValue value) {
        return sha256Hex(utf8(value));
    }

    /**
     * Lowercase hex SHA-256 of canonical bytes already made by {@link #utf8(JsonValue)}, for a
     * caller that needs the bytes too (their size, say) and should not serialize twice.
     */
    public static String sha256Hex(byte[] canonicalUtf8) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalUtf8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-256", e);
        }
    }

    /**
     * Writes {@code d} exactly as ECMAScript's {@code Number.prototype.toString} (and so
     * {@code JSON.stringify}) does: the shortest round-tripping digits, {@code -0} as {@code 0},
     * plain notation for decimal exponents from -7 to 20, otherwise {@code 1.5e+21} style.
     *
     * @throws IllegalArgumentException if {@code d} is NaN or infinite
     */
    public static String formatDouble(double d) {
        if (d == 0) {
            return "0";
        }
        BigDecimal shortest = shortestDecimal(d);
        String digits = shortest.unscaledValue().abs().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // value = 0.digits * 10^n
        StringBuilder out = new StringBuilder(k + 8);
        if (d < 0) {
            out.append('-');
        }
        if (k <= n && n <= 21) {
            out.append(digits);
            out.append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            int exponent = n - 1;
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            out.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        }
        return out.toString();
    }

    /**
     * The shortest decimal that reads back ({@link Double#parseDouble}) as {@code d}; among
     * shortest candidates the one closest to {@code d}, the even last digit on an exact tie
     * (ECMAScript 2015, 7.1.12.1, note 2). Normalized: no trailing zeros, zero is
     * {@link BigDecimal#ZERO}.
     *
     * <p>JDK 17's {@code Double.toString} is not used: it is not always shortest.
     *
     * @throws IllegalArgumentException if {@code d} is NaN or infinite
     */
    static BigDecimal shortestDecimal(double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("not a finite IEEE-754 double: " + d);
        }
        if (d == 0) {
            return BigDecimal.ZERO;
        }
        if (Math.abs(d) < TWO_POW_53 && d == Math.rint(d)) {
            // An integer below 2^53 is its own shortest form: its neighbours are at most 1 apart,
            // so no other integer (let alone one with fewer significant digits) reads back as it.
            return BigDecimal.valueOf((long) d).stripTrailingZeros();
        }
        BigDecimal exact = new BigDecimal(d);
        // "Some decimal of at most k digits reads back as d" is monotonic in k (a k-digit decimal
        // is also a (k+1)-digit one), so binary search for the smallest such k in 1..17.
        int low = 1;
        int high = 17; // 17 significant digits always identify a double
        while (low < high) {
            int k = (low + high) >>> 1;
            if (roundsBack(exact.round(new MathContext(k, RoundingMode.FLOOR)), d)
                    || roundsBack(exact.round(new MathContext(k, RoundingMode.CEILING)), d)) {
                high = k;
            } else {
                low = k + 1;
            }
        }
        // The candidates closest to d are d rounded down and up to k digits; if any k-digit
        // decimal reads back as d, one of these two does (the set that reads back is an interval).
        BigDecimal down = exact.round(new MathContext(low, RoundingMode.FLOOR));
        BigDecimal up = exact.round(new MathContext(low, RoundingMode.CEILING));
        boolean downOk = roundsBack(down, d);
        boolean upOk = roundsBack(up, d);
        BigDecimal chosen;
        if (downOk && upOk) {
            int cmp = exact.subtract(down).compareTo(up.subtract(exact));
            chosen = cmp < 0 || cmp == 0 && lastDigitIsEven(down) ? down : up;
        } else if (downOk) {
            chosen = down;
        } else if (upOk) {
            chosen = up;
        } else {
            throw new AssertionError("no decimal of at most 17 digits reads back as " + d);
        }
        return chosen.stripTrailingZeros();
    }

    private static boolean roundsBack(BigDecimal candidate, double d) {
        return Double.parseDouble(candidate.toString()) == d;
    }

    private static boolean lastDigitIsEven(BigDecimal decimal) {
        return !decimal.unscaledValue().testBit(0);
    }

    private static void write(JsonValue value, StringBuilder out) {
        if (value instanceof JsonNull) {
            out.append("null");
        } else if (value instanceof JsonBoolean b) {
            out.append(b.value() ? "true" : "false");
        } else if (value instanceof JsonNumber number) {
            double d = Double.parseDouble(number.value().toString());
            if (Double.isInfinite(d)) {
                throw new IllegalArgumentException(
                        "number " + number.value() + " is not a finite IEEE-754 double, it has no RFC 8785 form");
            }
            out.append(formatDouble(d));
        } else if (value instanceof JsonString s) {
            writeString(s.value(), out);
        } else if (value instanceof JsonArray array) {
            out.append('[');
            List<JsonValue> values = array.values();
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(values.get(i), out);
            }
            out.append(']');
        } else if (value instanceof JsonObject object) {
            List<Map.Entry<String, JsonValue>> members = new ArrayList<>(object.members().entrySet());
            // String.compareTo compares UTF-16 code units, which is exactly RFC 8785 section 3.2.3.
            members.sort(Map.Entry.comparingByKey());
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonValue> member : members) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeString(member.getKey(), out);
                out.append(':');
                write(member.getValue(), out);
            }
            out.append('}');
        } else {
            throw new IllegalArgumentException("unknown JSON value: " + value); // null; the interface is sealed
        }
    }

    private static void writeString(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX_DIGITS[c >> 4]).append(HEX_DIGITS[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
