package dev.ordercore.benchmarks.history;

import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonBoolean;
import dev.ordercore.domain.json.JsonNull;
import dev.ordercore.domain.json.JsonNumber;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonParser;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.lifecycle.DefaultLifecycles;
import dev.ordercore.domain.order.LineItemId;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusCode;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.order.StatusEntryId;
import dev.ordercore.domain.order.StatusHistory;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client of {@code benchmarks/history-at-scale.sh}: against a running server on a loaded
 * database it first checks a sample of orders through the API against the domain's own
 * recomputation (R14, R15, R20), then times {@code GET /orders/{id}/statuses} over random orders of
 * one tenant and {@code GET /orders?blocked=true} (its first page at the default limit, and every
 * page after it through the cursors), one request at a time. Each request's time inside the server
 * is the {@code Server-Timing: app;dur=} the server answers with (adapter-http's HttpMetrics: from
 * Javalin's before-handler to its after-handler, the body already serialized); the client's is
 * from send to the last byte. Prints p50 / p99 / max of both and a PASS/FAIL per endpoint for the
 * server-side p99 against the target; exits 1 if a check or a target failed.
 */
public final class HistoryAtScale {

    private static final Pattern SERVER_TIMING = Pattern.compile("app;dur=([0-9.]+)");
    private static final Set<String> FORWARD_EXEMPT = Set.of("CANCELLED", "REJECTED");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;
    private final TenantId tenant;

    private HistoryAtScale(String base, String token, TenantId tenant) {
        this.base = base;
        this.token = token;
        this.tenant = tenant;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        if (o.containsKey("help") || !o.containsKey("base") || !o.containsKey("token-file") || !o.containsKey("ids")) {
            System.out.println("""
                    usage: HistoryAtScale --base http://host:port --tenant T --token-file F --ids F
                                          [--requests 5000] [--warmup 1000] [--check 300] [--target-ms 5] [--seed 1]
                      --ids        a file of the tenant's order ids, one a line
                      --requests   timed GET /statuses requests; the blocked listing gets the same number
                      --check      orders checked through the API against the domain's recomputation""");
            System.exit(o.containsKey("help") ? 0 : 2);
        }
        TenantId tenant = TenantId.of(o.getOrDefault("tenant", "t00"));
        String base = o.get("base") + "/api/v1/tenants/" + tenant.value();
        String token = Files.readString(Path.of(o.get("token-file"))).strip();
        List<UUID> ids = Files.readAllLines(Path.of(o.get("ids"))).stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(UUID::fromString).toList();
        int requests = Integer.parseInt(o.getOrDefault("requests", "5000"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "1000"));
        int check = Integer.parseInt(o.getOrDefault("check", "300"));
        double targetMs = Double.parseDouble(o.getOrDefault("target-ms", "5"));
        Random random = new Random(Long.parseLong(o.getOrDefault("seed", "1")));

        HistoryAtScale run = new HistoryAtScale(base, token, tenant);
        boolean ok = run.check(ids, check, random);

        for (int i = 0; i < warmup; i++) {
            run.statuses(ids.get(random.nextInt(ids.size())), null, null);
            run.blockedPage(Optional.empty(), null, null);
        }
        Timings statuses = new Timings("GET /orders/{id}/statuses");
        for (int i = 0; i < requests; i++) {
            run.statuses(ids.get(random.nextInt(ids.size())), statuses.server, statuses.client);
        }
        Timings first = new Timings("GET /orders?blocked=true (first page, limit 50)");
        Timings next = new Timings("GET /orders?blocked=true&cursor=… (later pages)");
        int pages = 0;
        int blockedOrders = 0;
        boolean walked = false;
        Optional<String> cursor = Optional.empty();
        while (first.server.getTotalCount() + next.server.getTotalCount() < requests) {
            Timings t = cursor.isEmpty() ? first : next;
            JsonObject page = run.blockedPage(cursor, t.server, t.client);
            int size = ((JsonArray) page.get("items").orElseThrow()).size();
            if (cursor.isEmpty()) {
                pages = 0;
                blockedOrders = 0;
            }
            pages++;
            blockedOrders += size;
            cursor = page.get("nextCursor").filter(v -> v instanceof JsonString).map(v -> ((JsonString) v).value());
            if (cursor.isEmpty() && !walked) {
                System.out.printf(Locale.ROOT, "blocked listing: %d orders in %d pages of at most 50%n", blockedOrders, pages);
                walked = true;
            }
        }

        System.out.printf(Locale.ROOT, "%nTimes in ms, one request at a time; server = Server-Timing app;dur (inside the server), client = send to last byte%n");
        System.out.printf(Locale.ROOT, "%-50s %7s | %8s %8s %8s | %8s %8s %8s | %s%n", "endpoint", "n", "srv p50", "srv p99", "srv max",
                "cli p50", "cli p99", "cli max", "target: server p99 < " + targetMs + " ms");
        for (Timings t : List.of(statuses, first, next)) {
            if (t.server.getTotalCount() > 0) {
                ok &= t.print(targetMs);
            }
        }
        System.out.println(ok ? "RESULT: PASS" : "RESULT: FAIL");
        System.exit(ok ? 0 : 1);
    }

    private static final class Timings {
        final String name;
        final Histogram server = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        final Histogram client = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);

        Timings(String name) {
            this.name = name;
        }

        boolean print(double targetMs) {
            double p99 = server.getValueAtPercentile(99) / 1000.0;
            boolean pass = p99 < targetMs;
            System.out.printf(Locale.ROOT, "%-50s %7d | %8.2f %8.2f %8.2f | %8.2f %8.2f %8.2f | %s (%.2f ms)%n", name, server.getTotalCount(),
                    server.getValueAtPercentile(50) / 1000.0, p99, server.getMaxValue() / 1000.0,
                    client.getValueAtPercentile(50) / 1000.0, client.getValueAtPercentile(99) / 1000.0, client.getMaxValue() / 1000.0,
                    pass ? "PASS" : "FAIL", p99);
            return pass;
        }
    }

    // ---- requests

    private JsonObject statuses(UUID order, Histogram server, Histogram client) throws IOException, InterruptedException {
        return (JsonObject) get("/orders/" + order + "/statuses", server, client);
    }

    private JsonObject blockedPage(Optional<String> cursor, Histogram server, Histogram client) throws IOException, InterruptedException {
        return (JsonObject) get("/orders?blocked=true" + cursor.map(c -> "&cursor=" + URLEncoder.encode(c, StandardCharsets.UTF_8)).orElse(""),
                server, client);
    }

    private JsonValue get(String path, Histogram server, Histogram client) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET().build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        if (server != null) {
            String timing = response.headers().firstValue("Server-Timing")
                    .orElseThrow(() -> new IllegalStateException("GET " + path + " has no Server-Timing header"));
            Matcher m = SERVER_TIMING.matcher(timing);
            if (!m.find()) {
                throw new IllegalStateException("unreadable Server-Timing: " + timing);
            }
            server.recordValue(Math.max(1, Math.round(Double.parseDouble(m.group(1)) * 1000)));
            client.recordValue(Math.max(1, took / 1000));
        }
        return JsonParser.parse(response.body());
    }

    // ---- the check of the loaded data, through the API, against the domain

    /**
     * Reads {@code count} random orders and every order of the first blocked page through the API
     * and recomputes what the server shows from the order's timeline with the domain (R14: status of
     * the order and of each line folded through its lifecycle; R20: open blocking entries and the
     * latest entry per module; R15: no unforced forward transition while a block was open).
     */
    private boolean check(List<UUID> ids, int count, Random random) throws IOException, InterruptedException {
        Set<UUID> sample = new HashSet<>();
        JsonArray blocked = (JsonArray) blockedPage(Optional.empty(), null, null).get("items").orElseThrow();
        blocked.values().forEach(v -> sample.add(UUID.fromString(text(v, "id"))));
        int fromBlocked = sample.size();
        int wanted = Math.min(fromBlocked + count, new HashSet<>(ids).size());
        while (sample.size() < wanted) {
            sample.add(ids.get(random.nextInt(ids.size())));
        }
        List<String> problems = new ArrayList<>();
        long entries = 0;
        int longest = 0;
        int withOpenBlocks = 0;
        for (UUID id : sample) {
            JsonObject order = (JsonObject) get("/orders/" + id, null, null);
            JsonObject statuses = statuses(id, null, null);
            JsonArray timeline = (JsonArray) ((JsonObject) get("/orders/" + id + "/timeline", null, null)).get("entries").orElseThrow();
            entries += timeline.size();
            longest = Math.max(longest, timeline.size());
            List<String> found = checkOrder(id, order, statuses, timeline);
            if (!((JsonArray) statuses.get("openBlocking").orElseThrow()).isEmpty()) {
                withOpenBlocks++;
            }
            found.forEach(p -> problems.add("order " + id + ": " + p));
        }
        System.out.printf(Locale.ROOT, "checked %d orders through the API (%d from the first blocked page, %d with open blocks), %d entries, longest %d: %s%n",
                sample.size(), fromBlocked, withOpenBlocks, entries, longest, problems.isEmpty() ? "all valid" : problems.size() + " problems");
        problems.stream().limit(20).forEach(p -> System.out.println("  " + p));
        System.out.println("data check (R14, R15, R20 recomputed by the domain): " + (problems.isEmpty() ? "PASS" : "FAIL"));
        return problems.isEmpty();
    }

    private List<String> checkOrder(UUID id, JsonObject order, JsonObject statuses, JsonArray timeline) {
        List<String> problems = new ArrayList<>();
        OrderId orderId = new OrderId(id);
        List<StatusEntry> entries = new ArrayList<>();
        for (JsonValue v : timeline.values()) {
            entries.add(entry((JsonObject) v));
        }
        for (int i = 1; i < entries.size(); i++) {
            if (StatusEntry.TIMELINE.compare(entries.get(i - 1), entries.get(i)) > 0) {
                problems.add("timeline not in (recordedAt, sequence) order at " + i);
            }
        }
        StatusHistory history = StatusHistory.of(orderId, entries);
        if (entries.isEmpty() || !history.entries().get(0).code().equals(StatusCode.SUBMITTED)) {
            problems.add("the first entry is not order:submitted");
        }
        Result<String, ?> status = history.orderStatus(DefaultLifecycles.ORDER);
        String shown = text(order, "status");
        if (status.isErr() || !status.value().equals(shown) || !shown.equals(text(statuses, "status"))) {
            problems.add("status " + shown + " but the history folds to " + (status.isErr() ? status.error() : status.value()));
        }
        for (JsonValue l : ((JsonArray) order.get("lineItems").orElseThrow()).values()) {
            LineItemId line = new LineItemId(UUID.fromString(text(l, "id")));
            Result<String, ?> ls = history.lineStatus(line, DefaultLifecycles.LINE_ITEM);
            if (ls.isErr() || !ls.value().equals(text(l, "status"))) {
                problems.add("line " + line + " is " + text(l, "status") + " but folds to " + (ls.isErr() ? ls.error() : ls.value()));
            }
        }
        List<String> open = history.openBlocking().stream().map(e -> e.id().toString()).toList();
        List<String> shownOpen = ((JsonArray) statuses.get("openBlocking").orElseThrow()).values().stream().map(v -> text(v, "id")).toList();
        if (!open.equals(shownOpen)) {
            problems.add("open blocking " + shownOpen + " but the history has " + open);
        }
        if (bool(statuses, "blocked") != !open.isEmpty() || bool(order, "blocked") != !open.isEmpty()) {
            problems.add("blocked flag disagrees with " + open.size() + " open blocking entries");
        }
        Map<String, String> latest = new TreeMap<>();
        history.latestPerModule().forEach((m, e) -> latest.put(m, e.id().toString()));
        Map<String, String> shownLatest = new TreeMap<>();
        ((JsonObject) statuses.get("latestPerModule").orElseThrow()).members().forEach((m, e) -> shownLatest.put(m, text(e, "id")));
        if (!latest.equals(shownLatest)) {
            problems.add("latest per module " + shownLatest + " but the history has " + latest);
        }
        problems.addAll(forcedless(history));
        return problems;
    }

    /** R15: walking the history in arrival order, no unforced forward transition happens while a block that holds it is open. */
    private static List<String> forcedless(StatusHistory history) {
        List<String> problems = new ArrayList<>();
        Map<StatusEntryId, StatusEntry> open = new LinkedHashMap<>();
        for (StatusEntry e : history.entries()) {
            e.closes().ifPresent(open::remove);
            if (e.isBlocking()) {
                open.put(e.id(), e);
            }
            if (e.code().isTransition() && !FORWARD_EXEMPT.contains(e.code().state())) {
                boolean forced = e.payload().get("forced").map(v -> v instanceof JsonBoolean b && b.value()).orElse(false);
                boolean held = open.values().stream().anyMatch(b -> b.lineItem().isEmpty() || b.lineItem().equals(e.lineItem()));
                if (held && !forced) {
                    problems.add("unforced transition " + e.code() + " (" + e.id() + ") while a block was open");
                }
            }
        }
        return problems;
    }

    private StatusEntry entry(JsonObject o) {
        return new StatusEntry(
                StatusEntryId.of(text(o, "id")),
                tenant,
                new OrderId(UUID.fromString(text(o, "orderId"))),
                optional(o, "lineItemId").map(LineItemId::of),
                StatusCode.parse(text(o, "code")),
                optional(o, "category"),
                Severity.valueOf(text(o, "severity")),
                (JsonObject) o.get("payload").orElseThrow(),
                Instant.parse(text(o, "recordedAt")),
                text(o, "writtenBy"),
                optional(o, "dedupeKey"),
                optional(o, "closes").map(StatusEntryId::of),
                ((JsonNumber) o.get("sequence").orElseThrow()).longValueExact());
    }

    private static String text(JsonValue o, String key) {
        return optional((JsonObject) o, key).orElseThrow(() -> new IllegalStateException("no " + key + " in " + o));
    }

    private static Optional<String> optional(JsonObject o, String key) {
        return o.get(key).filter(v -> !(v instanceof JsonNull)).map(v -> ((JsonString) v).value());
    }

    private static boolean bool(JsonObject o, String key) {
        return o.get(key).map(v -> v instanceof JsonBoolean b && b.value()).orElse(false);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + a);
            }
            String key = a.substring(2);
            if (key.equals("help")) {
                o.put(key, "");
            } else if (key.contains("=")) {
                o.put(key.substring(0, key.indexOf('=')), key.substring(key.indexOf('=') + 1));
            } else {
                o.put(key, args[++i]);
            }
        }
        return o;
    }
}
