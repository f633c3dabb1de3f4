package dev.ordercore.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Random JSON documents for throwing at an API: valid JSON of any shape, with the values that
 * break things (odd Unicode, lone surrogates, NUL, huge or tiny numbers, extreme dates, long
 * strings, duplicate keys, deep nesting), and mutations of a valid request (a field dropped, a
 * type swapped, a field added). Documents are written by hand rather than by Jackson, so a
 * number keeps its exact spelling ({@code 1E+999999999}) and a string may hold a lone surrogate.
 */
final class RandomJson {

    /** A JSON value; objects keep their members in order and may repeat a key. */
    sealed interface J permits Num, Str, Bool, Null, Arr, Obj {
    }

    record Num(String text) implements J {
    }

    record Str(String value) implements J {
    }

    record Bool(boolean value) implements J {
    }

    record Null() implements J {
    }

    // hashCode by size only: consistent with equals, and not recursive, so a document nested a
    // thousand levels deep does not overflow the stack when jqwik hashes its samples (it did in CI)
    record Arr(List<J> items) implements J {
        @Override
        public int hashCode() {
            return items.size();
        }
    }

    record Obj(List<Member> members) implements J {
        @Override
        public int hashCode() {
            return 31 * members.size() + 1;
        }
    }

    record Member(String key, J value) {
    }

    /** One change to a document: at the {@code at}-th node in document order (modulo the node count). */
    record Mutation(Kind kind, int at, String key, J value) {
        enum Kind { DROP, REPLACE, RETYPE, ADD }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final List<String> ODD_STRINGS = List.of("", " ", "\u0000", "a\u0000b", "\uD800", "\uDFFF", "x\uDBFFy",
            "\uD83D\uDE00", "\u202Eevil", "\uFEFF", "\uFFFF", "\uFFFE", "ß", "İ", "ﬃ", "e\u0301", "\t\n\r", "\u0085\u2028\u2029",
            "null", "true", "0", "-1", "1e400", "NaN", "Infinity", "SEK", "XXX", "sek", "EUR", "BTC", "CONFIRMED", "PENDING",
            "CANCELLED", "DELIVERED", "BLOCKING", "INFO", "RENTAL", "SALE", "DAY", "MONTH", "order", "case", "invoice", "line_item",
            "2026-02-01", "2026-02-30", "+999999999-12-31", "-999999999-01-01", "+10000-01-01", "0000-01-01", "-4714-11-23",
            "2026-01-14T10:00:00Z", "+1000000000-12-31T23:59:59Z", "-1000000000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
            "2026-01-14T10:00:00", "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
            "0190f7a4-5c1e-7c3a-9f00-000000000001", "inventory:reservation_backordered", "inventory:", ":x", "a:b:c",
            "quote_needed", "hardware", "ordre_oprettet", "'; drop table orders; --", "%s%n", "../../etc/passwd", "<script>",
            "channel.shopify");

    private static final List<String> NUMBERS = List.of("0", "-0", "0.0", "-0.0", "1", "-1", "2", "12", "0.5", "-0.01", "450.00",
            "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
            "123456789012345678901234567890", "0.000000000000000000000000000001", "1e400", "-1e400", "1e-400", "1E+308",
            "1.7976931348623157e309", "1e999999999", "1e-999999999", "9e2147483647", "1e2147483648", "1e-2147483648", "0e0",
            "0e-2147483648", "149.990000000000000001", "100000000000000000000000000000000000000.5");

    private static final List<String> FIELD_NAMES = List.of("id", "status", "reason", "force", "currency", "Currency", "lineItems",
            "quantity", "reprice", "tenantId", "version", "", " ", "\u0000", "__proto__", "constructor", "code", "payload", "type");

    private final List<String> realValues;

    /** {@code realValues}: strings the server knows (ids of what the test created), so some random values hit something. */
    RandomJson(List<String> realValues) {
        this.realValues = List.copyOf(realValues);
    }

    Arbitrary<J> values() {
        return Arbitraries.frequencyOf(Tuple.of(12, value(4)), Tuple.of(1, deep()));
    }

    /** A document of random shape: mostly an object or array, sometimes a bare scalar. */
    Arbitrary<J> documents() {
        Arbitrary<J> inner = value(3);
        return Arbitraries.frequencyOf(
                Tuple.of(5, members(inner).map(Obj::new)),
                Tuple.of(2, inner.list().ofMaxSize(5).map(Arr::new)),
                Tuple.of(1, leaf()),
                Tuple.of(1, deep()));
    }

    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.of(Mutation.Kind.class), Arbitraries.integers().between(0, 10_000), key(), values())
                .as(Mutation::new);
    }

    private Arbitrary<J> value(int depth) {
        if (depth == 0) {
            return leaf();
        }
        Arbitrary<J> inner = value(depth - 1);
        return Arbitraries.frequencyOf(
                Tuple.of(4, leaf()),
                Tuple.of(1, inner.list().ofMaxSize(4).map(Arr::new)),
                Tuple.of(1, members(inner).map(Obj::new)));
    }

    private Arbitrary<List<Member>> members(Arbitrary<J> values) {
        return Combinators.combine(key(), values).as(Member::new).list().ofMaxSize(5);
    }

    private Arbitrary<String> key() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10)),
                Tuple.of(2, Arbitraries.of(FIELD_NAMES)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(6)));
    }

    private Arbitrary<J> leaf() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, strings().map(Str::new)),
                Tuple.of(3, numbers().map(Num::new)),
                Tuple.of(1, Arbitraries.of(true, false).map(Bool::new)),
                Tuple.of(1, Arbitraries.just(new Null())));
    }

    private Arbitrary<String> strings() {
        List<Tuple.Tuple2<Integer, Arbitrary<? extends String>>> choices = new ArrayList<>(List.of(
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(12)),
                Tuple.of(2, Arbitraries.strings().alpha().numeric().withChars("_:-. ").ofMaxLength(20)),
                Tuple.of(4, Arbitraries.of(ODD_STRINGS)),
                Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(200).ofMaxLength(5000))));
        if (!realValues.isEmpty()) {
            choices.add(Tuple.of(2, Arbitraries.of(realValues)));
        }
        return Arbitraries.frequencyOf(choices.toArray(Tuple.Tuple2[]::new));
    }

    private static Arbitrary<String> numbers() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(NUMBERS)),
                Tuple.of(2, Arbitraries.integers().map(String::valueOf)),
                Tuple.of(1, Arbitraries.longs().map(String::valueOf)),
                Tuple.of(2, Arbitraries.bigDecimals().ofScale(4).map(d -> d.toString())),
                Tuple.of(1, Combinators.combine(Arbitraries.integers().between(-9, 9), Arbitraries.integers())
                        .as((m, e) -> m + "e" + e)));
    }

    /** Arrays or objects nested up to a little past the parser's limit (1000). */
    private static Arbitrary<J> deep() {
        return Combinators.combine(Arbitraries.integers().between(20, 1100), Arbitraries.of(true, false)).as((depth, arrays) -> {
            J node = new Num("1");
            for (int i = 0; i < depth; i++) {
                node = arrays ? new Arr(List.of(node)) : new Obj(List.of(new Member("a", node)));
            }
            return node;
        });
    }

    static J parse(String json) {
        try {
            return of(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static J of(JsonNode node) {
        if (node.isObject()) {
            List<Member> members = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> m = it.next();
                members.add(new Member(m.getKey(), of(m.getValue())));
            }
            return new Obj(members);
        }
        if (node.isArray()) {
            List<J> items = new ArrayList<>();
            node.forEach(n -> items.add(of(n)));
            return new Arr(items);
        }
        if (node.isTextual()) {
            return new Str(node.textValue());
        }
        if (node.isNumber()) {
            return new Num(node.asText());
        }
        if (node.isBoolean()) {
            return new Bool(node.booleanValue());
        }
        return new Null();
    }

    static J apply(J document, List<Mutation> mutations) {
        J result = document;
        for (Mutation m : mutations) {
            result = new Rewrite(m, m.at() % size(result)).visit(result);
        }
        return result;
    }

    /**
     * The node count, with a work list rather than recursion: three mutations may nest three deep
     * values (3,300 levels), and a recursive count through streams overflowed the stack at that (CI).
     */
    private static int size(J root) {
        int count = 0;
        Deque<J> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            J node = pending.pop();
            count++;
            if (node instanceof Arr a) {
                a.items().forEach(pending::push);
            } else if (node instanceof Obj o) {
                o.members().forEach(m -> pending.push(m.value()));
            }
        }
        return count;
    }

    /** Applies one mutation to the node at {@code target} in document order; a dropped root is replaced instead. */
    private static final class Rewrite {
        private final Mutation mutation;
        private final int target;
        private int index;

        Rewrite(Mutation mutation, int target) {
            this.mutation = mutation;
            this.target = target;
        }

        J visit(J node) {
            if (index++ == target) {
                return switch (mutation.kind()) {
                    case DROP -> target == 0 ? mutation.value() : null;
                    case REPLACE -> mutation.value();
                    case RETYPE -> retype(node);
                    case ADD -> add(node);
                };
            }
            if (node instanceof Arr a) {
                List<J> items = new ArrayList<>();
                for (J item : a.items()) {
                    J changed = visit(item);
                    if (changed != null) {
                        items.add(changed);
                    }
                }
                return new Arr(items);
            }
            if (node instanceof Obj o) {
                List<Member> members = new ArrayList<>();
                for (Member m : o.members()) {
                    J changed = visit(m.value());
                    if (changed != null) {
                        members.add(new Member(m.key(), changed));
                    }
                }
                return new Obj(members);
            }
            return node;
        }

        private J add(J node) {
            if (node instanceof Obj o) {
                List<Member> members = new ArrayList<>(o.members());
                members.add(new Member(mutation.key(), mutation.value()));
                return new Obj(members);
            }
            if (node instanceof Arr a) {
                List<J> items = new ArrayList<>(a.items());
                items.add(mutation.value());
                return new Arr(items);
            }
            return mutation.value();
        }

        /** The same content as another JSON type: "450.00" ↔ 450.00, an object's values as an array, and so on. */
        private static J retype(J node) {
            if (node instanceof Str s) {
                return s.value().matches("-?\\d+(\\.\\d+)?") ? new Num(s.value()) : new Arr(List.of(s));
            }
            if (node instanceof Num n) {
                return new Str(n.text());
            }
            if (node instanceof Bool b) {
                return new Str(String.valueOf(b.value()));
            }
            if (node instanceof Arr a) {
                return a.items().isEmpty() ? new Str("") : a.items().get(0);
            }
            if (node instanceof Obj o) {
                return new Arr(o.members().stream().map(Member::value).toList());
            }
            return new Obj(List.of());
        }
    }

    static String write(J node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(J node, StringBuilder out) {
        if (node instanceof Num n) {
            out.append(n.text());
        } else if (node instanceof Str s) {
            string(s.value(), out);
        } else if (node instanceof Bool b) {
            out.append(b.value());
        } else if (node instanceof Arr a) {
            out.append('[');
            for (int i = 0; i < a.items().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(a.items().get(i), out);
            }
            out.append(']');
        } else if (node instanceof Obj o) {
            out.append('{');
            for (int i = 0; i < o.members().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(o.members().get(i).key(), out);
                out.append(':');
                write(o.members().get(i).value(), out);
            }
            out.append('}');
        } else {
            out.append("null");
        }
    }

    /** Control characters and lone surrogates as {@code \\uXXXX} escapes (still valid JSON text); pairs and the rest as they are. */
    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                out.append(c).append(s.charAt(++i));
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
