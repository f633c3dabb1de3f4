package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Header;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code Idempotency-Key} (draft-ietf-httpapi-idempotency-key-header) for a state-changing POST.
 * Without the header the request simply runs. With it, the key (within the caller's tenant and
 * subject) is claimed together with a fingerprint of the request: the SHA-256 of its method, path
 * and canonical body (the JSON with object members sorted and whitespace dropped).
 *
 * <ul>
 *   <li>a new key: the request runs; a 2xx answer is kept for {@link IdempotencyStore}'s lifetime,
 *       anything else frees the key again (nothing was created, so a retry may run anew)
 *   <li>the same key and fingerprint, finished: the kept answer again (status, {@code Location},
 *       {@code ETag}, {@code Content-Type}, body), marked {@code Idempotent-Replayed: true}
 *   <li>the same key and fingerprint, still running: 409 {@code idempotency.request_in_flight}
 *   <li>the same key with another request: 422 {@code idempotency.key_reused}
 * </ul>
 */
final class IdempotentRequests {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 255;
    private static final List<String> KEPT_HEADERS = List.of(Header.LOCATION, Header.ETAG);

    private final IdempotencyStore store;
    private final ObjectMapper mapper;

    IdempotentRequests(IdempotencyStore store, ObjectMapper mapper) {
        this.store = store;
        this.mapper = mapper;
    }

    void run(Context ctx, Caller caller, byte[] body, Runnable request) {
        Optional<String> key = key(ctx);
        if (key.isEmpty()) {
            request.run();
            return;
        }
        IdempotencyStore.Key scoped = new IdempotencyStore.Key(caller.tenant(), caller.principal().subject(), key.get());
        IdempotencyStore.Claim claim = store.claim(scoped, fingerprint(ctx.method().name(), ctx.path(), body));
        if (claim instanceof IdempotencyStore.Claim.Replay replay) {
            replay(ctx, replay.response());
        } else if (claim instanceof IdempotencyStore.Claim.InFlight) {
            ctx.header(Header.RETRY_AFTER, "1");
            throw new ProblemException(Problem.of(409, "idempotency.request_in_flight", "Request in progress",
                    "a request with this Idempotency-Key is still being processed; retry it later"));
        } else if (claim instanceof IdempotencyStore.Claim.Mismatch) {
            throw new ProblemException(Problem.of(422, "idempotency.key_reused", "Idempotency-Key reused",
                    "this Idempotency-Key was used for a different request; use a new key for a new request"));
        } else {
            boolean kept = false;
            try {
                request.run();
                if (ctx.statusCode() >= 200 && ctx.statusCode() < 300) {
                    store.complete(scoped, capture(ctx));
                    kept = true;
                }
            } finally {
                if (!kept) {
                    store.release(scoped);
                }
            }
        }
    }

    /**
     * The key: the draft's Structured Field string ({@code "abc"}), or, as many clients send it, the
     * bare characters; at most {@value #MAX_KEY_LENGTH} visible ASCII characters either way.
     */
    static Optional<String> key(Context ctx) {
        List<String> values = Collections.list(ctx.req().getHeaders(HEADER));
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw invalidKey("send one Idempotency-Key header, not " + values.size());
        }
        return Optional.of(parse(values.get(0).trim()));
    }

    static String parse(String raw) {
        String key;
        if (raw.startsWith("\"")) {
            if (raw.length() < 2 || !raw.endsWith("\"")) {
                throw invalidKey("the Idempotency-Key starts a quoted string that does not end");
            }
            StringBuilder unescaped = new StringBuilder();
            String inner = raw.substring(1, raw.length() - 1);
            for (int i = 0; i < inner.length(); i++) {
                char c = inner.charAt(i);
                if (c == '\\') {
                    if (i + 1 >= inner.length() || inner.charAt(i + 1) != '"' && inner.charAt(i + 1) != '\\') {
                        throw invalidKey("in a quoted Idempotency-Key a backslash escapes only '\"' or '\\'");
                    }
                    c = inner.charAt(++i);
                } else if (c == '"') {
                    throw invalidKey("a quote inside a quoted Idempotency-Key must be escaped");
                }
                if (c < 0x20 || c > 0x7e) {
                    throw invalidKey("the Idempotency-Key holds a character outside printable ASCII");
                }
                unescaped.append(c);
            }
            key = unescaped.toString();
        } else {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c <= 0x20 || c > 0x7e || c == '"' || c == '\\') {
                    throw invalidKey("an unquoted Idempotency-Key is visible ASCII without spaces, quotes or backslashes");
                }
            }
            key = raw;
        }
        if (key.isEmpty()) {
            throw invalidKey("the Idempotency-Key is empty");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw invalidKey("the Idempotency-Key is longer than " + MAX_KEY_LENGTH + " characters");
        }
        return key;
    }

    /** SHA-256 over the method, the path and the body with JSON's insignificant differences (member order, whitespace) removed. */
    String fingerprint(String method, String path, byte[] body) {
        byte[] canonical;
        try {
            JsonNode tree = mapper.readTree(body);
            canonical = tree == null ? body : mapper.writeValueAsBytes(sorted(tree));
        } catch (IOException | NumberFormatException e) {
            canonical = body; // not JSON, or a number out of range: the request fails anyway, compared as bytes
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(canonical);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = mapper.createObjectNode();
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            names.forEach(name -> copy.set(name, sorted(object.get(name))));
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = mapper.createArrayNode();
            array.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    private static IdempotencyStore.StoredResponse capture(Context ctx) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = ctx.res().getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        if (ctx.res().getContentType() != null) {
            headers.put(Header.CONTENT_TYPE, ctx.res().getContentType());
        }
        byte[] body;
        try (InputStream result = ctx.resultInputStream()) {
            body = result == null ? new byte[0] : result.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.result(body);
        return new IdempotencyStore.StoredResponse(ctx.statusCode(), headers, body);
    }

    private static void replay(Context ctx, IdempotencyStore.StoredResponse response) {
        response.headers().forEach((name, value) -> {
            if (name.equals(Header.CONTENT_TYPE)) {
                ctx.contentType(value);
            } else {
                ctx.header(name, value);
            }
        });
        ctx.header(REPLAYED, "true");
        ctx.status(response.status()).result(response.body());
    }

    private static ProblemException invalidKey(String detail) {
        return new ProblemException(Problem.of(400, "idempotency.invalid_key", "Invalid Idempotency-Key", detail));
    }
}
