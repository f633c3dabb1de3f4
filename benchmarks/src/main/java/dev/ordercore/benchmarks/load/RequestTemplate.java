package dev.ordercore.benchmarks.load;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One HTTP/1.1 request, rendered afresh for every send: in the path and body, each
 * {@code {{uuid}}} becomes a new random UUID (every occurrence its own) and each {@code {{seq}}}
 * the request's sequence number, so every request can carry unique ids.
 */
final class RequestTemplate {

    private final String host;
    private final int port;
    private final List<String> pathParts;
    private final List<String> bodyParts;
    private final String method;
    private final String fixedHeaders;

    RequestTemplate(String method, String url, Map<String, String> headers, String body) {
        if (!url.startsWith("http://")) {
            throw new IllegalArgumentException("only http:// URLs, got " + url);
        }
        int pathAt = url.indexOf('/', "http://".length());
        String authority = pathAt < 0 ? url : url.substring(0, pathAt);
        URI parsed = URI.create(authority);
        if (parsed.getHost() == null) {
            throw new IllegalArgumentException("no host in " + url);
        }
        this.method = method;
        this.host = parsed.getHost();
        this.port = parsed.getPort() == -1 ? 80 : parsed.getPort();
        // the path and query as given, placeholders and all (they are filled per request)
        String path = pathAt < 0 ? "/" : url.substring(pathAt);
        this.pathParts = split(path);
        this.bodyParts = body == null ? null : split(body);
        StringBuilder h = new StringBuilder();
        h.append("Host: ").append(host).append(':').append(port).append("\r\n");
        headers.forEach((k, v) -> h.append(k).append(": ").append(v).append("\r\n"));
        if (body != null && headers.keySet().stream().noneMatch(k -> k.equalsIgnoreCase("content-type"))) {
            h.append("Content-Type: application/json\r\n");
        }
        this.fixedHeaders = h.toString();
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    /** The request's bytes, with its placeholders filled for request number {@code seq}. */
    byte[] render(long seq) {
        StringBuilder out = new StringBuilder(256 + (bodyParts == null ? 0 : 64 * bodyParts.size()));
        out.append(method).append(' ');
        fill(out, pathParts, seq);
        out.append(" HTTP/1.1\r\n").append(fixedHeaders);
        byte[] body = null;
        if (bodyParts != null) {
            StringBuilder b = new StringBuilder(bodyParts.size() * 64);
            fill(b, bodyParts, seq);
            body = b.toString().getBytes(StandardCharsets.UTF_8);
            out.append("Content-Length: ").append(body.length).append("\r\n");
        }
        out.append("\r\n");
        byte[] head = out.toString().getBytes(StandardCharsets.UTF_8);
        if (body == null) {
            return head;
        }
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    private static final String UUID_MARK = "{{uuid}}";
    private static final String SEQ_MARK = "{{seq}}";

    /** Literal text and placeholders, alternating: the placeholders are kept as their marks. */
    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int at = 0;
        while (true) {
            int u = text.indexOf(UUID_MARK, at);
            int s = text.indexOf(SEQ_MARK, at);
            int next = u < 0 ? s : s < 0 ? u : Math.min(u, s);
            if (next < 0) {
                parts.add(text.substring(at));
                return parts;
            }
            parts.add(text.substring(at, next));
            String mark = next == u ? UUID_MARK : SEQ_MARK;
            parts.add(mark);
            at = next + mark.length();
        }
    }

    private static void fill(StringBuilder out, List<String> parts, long seq) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (i % 2 == 0) {
                out.append(part);
            } else if (part.equals(UUID_MARK)) {
                out.append(new UUID(random.nextLong() & ~0xF000L | 0x4000L, random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L));
            } else {
                out.append(seq);
            }
        }
    }
}
