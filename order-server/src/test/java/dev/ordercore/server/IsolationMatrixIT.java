package dev.ordercore.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import dev.ordercore.adapter.http.HttpApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.ordercore.server.Http.Reply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7 item 6: every route of the tenant API (read from the running app) × every way to reach
 * what is not yours, on the real server (embedded PostgreSQL, its own key), with the status each
 * must answer (DESIGN.md §4, R35, R36, R18):
 * <ul>
 * <li>{@code other tenant}: a valid admin token of tenant {@code other} on {@code default}'s path → 404;</li>
 * <li>{@code foreign ids}: the same admin on its own path with {@code default}'s ids (path and body) →
 *     exactly what the same request with unknown ids answers in a third, empty tenant (R35), and 404
 *     whenever the path names an id;</li>
 * <li>{@code no token}, {@code expired}, {@code forged} (another key), {@code alg none} → 401;</li>
 * <li>{@code wrong role}: the role just below the route's minimum (no role at all below viewer) → 403;</li>
 * <li>{@code foreign namespace}: a module writer owning {@code billing} only → 403, except where
 *     module writers may act (reads, intents: answered like the owner);</li>
 * <li>{@code owner}: the route's minimum role (the {@code inventory} writer for history) → 2xx, so
 *     every refusal above is the refusal of a request that is otherwise fine.</li>
 * </ul>
 * The cells that must refuse are checked to write no row at all (every table fingerprinted). The
 * table {@link #EXPECTED} must name every route: a new route fails this test until its row is added.
 * The matrix is printed (route × case → status) and written to {@code target/isolation-matrix.md}.
 */
class IsolationMatrixIT {

    private static final String BASE = HttpApi.BASE_PATH;
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** The least a route needs; {@code INVENTORY_WRITER}: the owner of the namespace its body writes (R18). */
    enum Needs { VIEWER, OPERATOR, ADMIN, INVENTORY_WRITER }

    /**
     * What a module writer owning another namespace ({@code billing}) gets: the route's answer, 403
     * for an action module writers may not take, or 403 for an entry in a namespace it does not own (R18).
     */
    enum Writer {
        ANSWERED(""), FORBIDDEN("access.forbidden"), NOT_ITS_NAMESPACE("history.namespace_not_owned");

        final String code;

        Writer(String code) {
            this.code = code;
        }
    }

    private record Row(Needs needs, Writer writer) {
    }

    private static Row row(Needs needs, Writer writer) {
        return new Row(needs, writer);
    }

    /**
     * The expected-status table: every route of the tenant API. Deletes are last, in an order that
     * lets each succeed (a rule before its modifier, an asset before its product, …).
     */
    static final Map<String, Row> EXPECTED = new LinkedHashMap<>();

    static {
        Row read = row(Needs.VIEWER, Writer.ANSWERED);
        Row operate = row(Needs.OPERATOR, Writer.FORBIDDEN);
        Row administer = row(Needs.ADMIN, Writer.FORBIDDEN);
        EXPECTED.put("GET /orders/dashboard-summary", read);
        EXPECTED.put("GET /orders/demand-requirements", read);
        EXPECTED.put("GET /orders/business-model", read);
        EXPECTED.put("GET /procurement-plans", read);
        EXPECTED.put("PUT /stock-levels/{productId}", operate);
        EXPECTED.put("POST /orders", operate);
        EXPECTED.put("GET /orders", read);
        EXPECTED.put("GET /orders/{orderId}", read);
        EXPECTED.put("PUT /orders/{orderId}/status", operate);
        EXPECTED.put("PATCH /orders/{orderId}/status", operate);
        EXPECTED.put("PUT /orders/{orderId}/line-items/{lineItemId}/status", operate);
        EXPECTED.put("PATCH /orders/{orderId}/line-items/{lineItemId}/status", operate);
        EXPECTED.put("POST /orders/{orderId}/adjustments", operate);
        EXPECTED.put("GET /orders/{orderId}/timeline", read);
        EXPECTED.put("POST /orders/{orderId}/history", row(Needs.INVENTORY_WRITER, Writer.NOT_ITS_NAMESPACE));
        EXPECTED.put("POST /orders/{orderId}/history/{entryId}/close", row(Needs.INVENTORY_WRITER, Writer.NOT_ITS_NAMESPACE));
        EXPECTED.put("GET /orders/{orderId}/statuses", read);
        EXPECTED.put("GET /orders/{orderId}/calculation", read);
        EXPECTED.put("PUT /orders/{orderId}/calculation", administer);
        EXPECTED.put("GET /orders/{orderId}/billing-schedule", read);
        EXPECTED.put("POST /orders/{orderId}/supplier-confirmations", operate);
        EXPECTED.put("GET /orders/{orderId}/supplier-confirmations", read);
        EXPECTED.put("POST /intents", row(Needs.OPERATOR, Writer.ANSWERED));
        EXPECTED.put("POST /intents:batch", row(Needs.OPERATOR, Writer.ANSWERED));
        EXPECTED.put("GET /intents/{sourceSystem}/{intentId}", read);
        EXPECTED.put("POST /relations", operate);
        EXPECTED.put("GET /relations", read);
        EXPECTED.put("POST /cases", operate);
        EXPECTED.put("GET /cases/{caseId}", read);
        EXPECTED.put("POST /cases/{caseId}/tags/{tag}/close", operate);
        EXPECTED.put("POST /cases/{caseId}/close", administer); // the request forces the close (R29): an override
        EXPECTED.put("POST /cases/{caseId}/orders", operate);
        EXPECTED.put("GET /cases/{caseId}/orders", read);
        EXPECTED.put("POST /orders/{orderId}/cases", operate);
        EXPECTED.put("POST /categories", administer);
        EXPECTED.put("GET /categories", read);
        EXPECTED.put("GET /categories/{categoryId}", read);
        EXPECTED.put("POST /klasses", administer);
        EXPECTED.put("GET /klasses", read);
        EXPECTED.put("GET /klasses/{klassId}", read);
        EXPECTED.put("POST /products", administer);
        EXPECTED.put("GET /products", read);
        EXPECTED.put("GET /products/{productId}", read);
        EXPECTED.put("POST /assets", administer);
        EXPECTED.put("GET /assets", read);
        EXPECTED.put("GET /assets/{assetId}", read);
        EXPECTED.put("POST /modifiers", administer);
        EXPECTED.put("GET /modifiers", read);
        EXPECTED.put("GET /modifiers/{modifierId}", read);
        EXPECTED.put("POST /modifier-rules", administer);
        EXPECTED.put("GET /modifier-rules", read);
        EXPECTED.put("GET /modifier-rules/{modifierRuleId}", read);
        EXPECTED.put("POST /customers", operate);
        EXPECTED.put("GET /customers", read);
        EXPECTED.put("GET /customers/{customerId}", read);
        EXPECTED.put("PATCH /customers/{customerId}", operate);
        EXPECTED.put("GET /settings", read);
        EXPECTED.put("PUT /settings", administer);
        EXPECTED.put("GET /alerts", read);
        EXPECTED.put("DELETE /relations/{relationId}", operate);
        EXPECTED.put("DELETE /modifier-rules/{modifierRuleId}", administer);
        EXPECTED.put("DELETE /modifiers/{modifierId}", administer);
        EXPECTED.put("DELETE /assets/{assetId}", administer);
        EXPECTED.put("DELETE /products/{productId}", administer);
        EXPECTED.put("DELETE /klasses/{klassId}", administer);
        EXPECTED.put("DELETE /categories/{categoryId}", administer);
        EXPECTED.put("DELETE /orders/{orderId}", operate);
    }

    static final List<String> CASES = List.of("other tenant", "foreign ids", "no token", "expired", "forged", "alg none", "wrong role",
            "foreign namespace", "owner");

    static final String TENANT = "default";
    static final String OTHER = "other";
    /** Empty like {@code other}: it receives the foreign-id requests with unknown ids instead, for comparison. */
    static final String THIRD = "third";

    static Path dataDir;
    static TokenMinter minter;
    static final Map<String, String> IDS = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws IOException {
        RandomRequestsIT.start();
        dataDir = RandomRequestsIT.dataDir;
        minter = new TokenMinter(DataDirectory.existing(dataDir).jwtSecret(), Clock.systemUTC());
        IDS.putAll(RandomRequestsIT.REAL);
        String admin = RandomRequestsIT.admin;
        String api = BASE.replace("{tenantId}", TENANT);
        for (String collection : List.of("categories", "klasses", "products", "modifiers")) {
            String id = call("GET", api + "/" + collection, admin, null, Optional.empty()).json().path("items").get(0).path("id").asText();
            IDS.put(collection.equals("categories") ? "categoryId" : collection.replaceAll("es$|s$", "") + "Id", id);
        }
        IDS.put("assetId", created(api + "/assets", "{\"productId\": \"" + IDS.get("productId") + "\", \"serialNumber\": \"ISO-1\"}"));
        IDS.put("modifierRuleId", created(api + "/modifier-rules", RandomRequestsIT.VALID.get("POST " + BASE + "/modifier-rules")));
        IDS.put("relationId", call("POST", api + "/relations", admin, RandomRequestsIT.VALID.get("POST " + BASE + "/relations")
                .replace("INV-1", "INV-ISO"), Optional.empty()).json().path("id").asText());
        Reply intent = call("POST", api + "/intents", admin, RandomRequestsIT.VALID.get("POST " + BASE + "/intents"), Optional.empty());
        assertThat(intent.status()).as(intent.toString()).isEqualTo(201);
        IDS.put("sourceSystem", intent.json().path("sourceSystem").asText());
        IDS.put("intentId", intent.json().path("intentId").asText());
    }

    @AfterAll
    static void stop() throws IOException {
        RandomRequestsIT.stop();
    }

    /** The tenant routes without their common prefix: "PUT /orders/{orderId}/status". */
    static List<String> routes() {
        return RandomRequestsIT.tenantRoutes().stream().map(r -> r.replaceFirst(" " + Pattern.quote(BASE), " ")).toList();
    }

    @Test
    void R35_R36_every_route_refuses_every_way_into_what_is_not_yours_with_the_expected_status() throws IOException {
        assertThat(new TreeSet<>(routes())).as("every route of the tenant API has its row in EXPECTED (add the new route's row)")
                .containsExactlyElementsOf(new TreeSet<>(EXPECTED.keySet()));

        Map<String, Map<String, String>> matrix = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        EXPECTED.keySet().forEach(route -> matrix.put(route, new LinkedHashMap<>()));

        // 1. every cell that must refuse, with the fixtures' ids: nothing may be written
        try (DatabaseProbe db = DatabaseProbe.open(dataDir)) {
            DatabaseProbe.Fingerprint before = db.fingerprint();
            for (Map.Entry<String, Row> e : EXPECTED.entrySet()) {
                String route = e.getKey();
                Row row = e.getValue();
                String path = path(route, TENANT, IDS);
                String body = body(route, IDS);
                Map<String, String> cells = matrix.get(route);
                cell(cells, failures, route, "other tenant", call(route, path, token(OTHER, "admin"), body), 404, "tenant.not_found");
                cell(cells, failures, route, "no token", call(route, path, null, body), 401, "auth.missing_token");
                cell(cells, failures, route, "expired", call(route, path, expired(), body), 401, "auth.invalid_token");
                cell(cells, failures, route, "forged", call(route, path, forged(), body), 401, "auth.invalid_token");
                cell(cells, failures, route, "alg none", call(route, path, algNone(), body), 401, "auth.invalid_token");
                cell(cells, failures, route, "wrong role", call(route, path, below(row.needs()), body), 403, "access.forbidden");
                if (row.writer() != Writer.ANSWERED) {
                    cell(cells, failures, route, "foreign namespace", call(route, path, billingWriter(), body), 403, row.writer().code);
                }
            }
            List<String> changed = db.fingerprint().changedSince(before);
            assertThat(changed).as("rows written by requests that were refused").isEmpty();
        }

        // 2. another tenant's ids under your own tenant answer exactly like unknown ids (R35)
        Map<String, String> unknown = new LinkedHashMap<>();
        // names (a source system, an intent id, a tag) stay: both tenants see the same requests, only the ids differ
        IDS.forEach((name, id) -> unknown.put(name, isUuid(id) ? UUID.randomUUID().toString() : id));
        List<String> readsFirst = new ArrayList<>(EXPECTED.keySet().stream().filter(r -> r.startsWith("GET ")).toList());
        readsFirst.addAll(EXPECTED.keySet().stream().filter(r -> !r.startsWith("GET ")).toList());
        for (String route : readsFirst) {
            String body = body(route, IDS);
            Reply foreign = call(route, path(route, OTHER, IDS), token(OTHER, "admin"), body);
            Reply unknownIds = call(route, path(route, THIRD, unknown), token(THIRD, "admin"), replaceIds(body, unknown));
            boolean namesAnId = PARAMETER.matcher(route).find();
            String cell = foreign.status() + (namesAnId ? "" : " (no id in path)");
            matrix.get(route).put("foreign ids", cell);
            if (foreign.status() != unknownIds.status() || !foreign.code().equals(unknownIds.code())) {
                failures.add(route + " foreign ids: " + foreign + " but unknown ids: " + unknownIds);
            } else if (namesAnId && foreign.status() != 404) {
                failures.add(route + " foreign ids: expected 404, got " + foreign);
            } else if (foreign.status() >= 500) {
                failures.add(route + " foreign ids: " + foreign);
            }
        }

        // 3. what module writers may do, and the owner's own request: answered, not refused
        for (Map.Entry<String, Row> e : EXPECTED.entrySet()) {
            String route = e.getKey();
            Row row = e.getValue();
            Map<String, String> fresh = freshIds(route);
            String path = path(route, TENANT, fresh);
            String body = unique(body(route, fresh));
            if (row.writer() == Writer.ANSWERED) {
                Reply reply = call(route, path, billingWriter(), body);
                matrix.get(route).put("foreign namespace", reply.status() + "");
                if (reply.status() >= 300) {
                    failures.add(route + " foreign namespace: a module writer may do this, got " + reply);
                }
            }
            Reply owner = call(route, path, owner(row.needs()), body);
            matrix.get(route).put("owner", owner.status() + "");
            if (owner.status() >= 300) {
                failures.add(route + " owner (" + row.needs() + "): expected 2xx, got " + owner);
            }
        }

        String table = markdown(matrix);
        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "isolation-matrix.md"), table);
        assertThat(failures).as("cells that did not answer as expected").isEmpty();
    }

    private static void cell(Map<String, String> cells, List<String> failures, String route, String column, Reply reply, int status,
                             String code) {
        cells.put(column, String.valueOf(reply.status()));
        if (reply.status() != status || !reply.code().equals(code) || !reply.contentType().startsWith("application/problem+json")) {
            failures.add(route + " " + column + ": expected " + status + " " + code + ", got " + reply);
        }
    }

    private static String markdown(Map<String, Map<String, String>> matrix) {
        StringBuilder b = new StringBuilder("| route | " + String.join(" | ", CASES) + " |\n|---|" + "---|".repeat(CASES.size()) + "\n");
        matrix.forEach((route, cells) -> {
            b.append("| `").append(route).append("` |");
            for (String c : CASES) {
                b.append(' ').append(cells.getOrDefault(c, "")).append(" |");
            }
            b.append('\n');
        });
        return b.toString();
    }

    // --- requests

    private static String path(String route, String tenant, Map<String, String> ids) {
        String template = route.substring(route.indexOf(' ') + 1);
        Matcher m = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder(BASE.replace("{tenantId}", tenant));
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            String id = ids.get(m.group(1));
            if (id == null) {
                throw new IllegalStateException("no id for {" + m.group(1) + "} in " + route);
            }
            m.appendReplacement(rest, Matcher.quoteReplacement(id));
        }
        m.appendTail(rest);
        String query = route.equals("GET /relations") ? "?entityType=order&entityId=" + ids.get("orderId")
                : route.startsWith("DELETE /orders/") ? "?reason=isolation" : "";
        return path.append(rest).append(query).toString();
    }

    /** The route's valid request from RandomRequestsIT, its ids those given (an empty body for routes without one). */
    private static String body(String route, Map<String, String> ids) {
        String valid = RandomRequestsIT.VALID.getOrDefault("%s %s%s".formatted(route.substring(0, route.indexOf(' ')), BASE,
                route.substring(route.indexOf(' ') + 1)), "");
        return valid.isEmpty() ? "" : replaceIds(valid, relabel(ids));
    }

    private static int uniques;

    /** Names that must be unique in a tenant (a category's, a SKU) made new, for requests that are to succeed. */
    private static String unique(String body) {
        int n = ++uniques;
        return body.replace("\"name\": \"", "\"name\": \"iso-" + n + " ").replace("\"sku\": \"", "\"sku\": \"ISO-" + n + "-")
                .replace("\"serialNumber\": \"", "\"serialNumber\": \"ISO-" + n + "-").replace("\"ref\": \"", "\"ref\": \"iso-" + n + "-");
    }

    /** The fixture ids (as RandomRequestsIT's bodies hold them) mapped to {@code ids}. */
    private static Map<String, String> relabel(Map<String, String> ids) {
        Map<String, String> map = new LinkedHashMap<>();
        IDS.forEach((name, id) -> {
            if (isUuid(id) && ids.containsKey(name)) {
                map.put(id, ids.get(name));
            }
        });
        return map;
    }

    private static String replaceIds(String body, Map<String, String> ids) {
        String result = body;
        for (Map.Entry<String, String> e : ids.entrySet()) {
            if (isUuid(e.getKey())) {
                result = result.replace(e.getKey(), e.getValue());
            }
        }
        return result;
    }

    private static boolean isUuid(String s) {
        try {
            return UUID.fromString(s).toString().equals(s);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The owner's request gets ids of its own where it changes them: a new order (with its line and entry) and a new case. */
    private static Map<String, String> freshIds(String route) {
        Map<String, String> ids = new LinkedHashMap<>(IDS);
        String api = BASE.replace("{tenantId}", TENANT);
        if (route.contains("{orderId}") && !route.startsWith("GET")) {
            JsonNode order = call("POST", api + "/orders", RandomRequestsIT.admin, OrderServerIT.ORDER, Optional.empty()).json();
            ids.put("orderId", order.path("id").asText());
            ids.put("lineItemId", order.path("lineItems").get(0).path("id").asText());
            if (route.contains("/history")) {
                ids.put("entryId", created(api + "/orders/" + ids.get("orderId") + "/history", """
                        {"code": "inventory:reservation_backordered", "severity": "BLOCKING", "payload": {"sku": "WINE-1"}}"""));
            }
        }
        if (route.contains("{caseId}") && !route.startsWith("GET")) {
            ids.put("caseId", created(api + "/cases", "{\"title\": \"Isolation\", \"tags\": [\"hardware\", \"quote_needed\"]}"));
        }
        return ids;
    }

    private static String created(String path, String body) {
        Reply reply = call("POST", path, RandomRequestsIT.admin, body, Optional.empty());
        assertThat(reply.status()).as(path + " " + reply).isEqualTo(201);
        JsonNode json = reply.json();
        return json.has("id") ? json.path("id").asText() : json.path("caseId").asText();
    }

    private static Reply call(String route, String path, String token, String body) {
        String method = route.substring(0, route.indexOf(' '));
        // If-Match: * (no version check) on every change, so routes that require it get past the precondition
        return call(method, path, token, body, method.equals("GET") ? Optional.empty() : Optional.of("*"));
    }

    private static Reply call(String method, String path, String token, String body, Optional<String> ifMatch) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + RandomRequestsIT.server.port() + path))
                .timeout(Duration.ofSeconds(60));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (body == null || body.isEmpty() && (method.equals("GET") || method.equals("DELETE"))) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        ifMatch.ifPresent(v -> builder.header("If-Match", v));
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- tokens, signed with the server's own key unless forged

    private static String token(String tenant, String role) {
        return minter.mint("iso-" + role, List.of(tenant), List.of(role), List.of(), Duration.ofHours(1));
    }

    private static String owner(Needs needs) {
        return switch (needs) {
            case INVENTORY_WRITER -> minter.mint("iso-inventory", List.of(TENANT), List.of(), List.of("inventory"), Duration.ofHours(1));
            default -> token(TENANT, needs.name().toLowerCase(java.util.Locale.ROOT));
        };
    }

    /** The role just below what the route needs: nothing below viewer, viewer below operator and below the history writer. */
    private static String below(Needs needs) {
        return switch (needs) {
            case VIEWER -> minter.mint("iso-nobody", List.of(TENANT), List.of(), List.of(), Duration.ofHours(1));
            case OPERATOR, INVENTORY_WRITER -> token(TENANT, "viewer");
            case ADMIN -> token(TENANT, "operator");
        };
    }

    private static String billingWriter() {
        return minter.mint("iso-billing", List.of(TENANT), List.of(), List.of("billing"), Duration.ofHours(1));
    }

    private static String expired() {
        return new TokenMinter(DataDirectory.existing(dataDir).jwtSecret(), Clock.offset(Clock.systemUTC(), Duration.ofDays(-2)))
                .mint("iso-admin", List.of(TENANT), List.of("admin"), List.of("inventory"), Duration.ofHours(1));
    }

    private static String forged() {
        byte[] other = "an attacker's key of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);
        return new TokenMinter(other, Clock.systemUTC()).mint("iso-admin", List.of(TENANT), List.of("admin"), List.of("inventory"),
                Duration.ofHours(1));
    }

    private static String algNone() {
        Instant now = Instant.now();
        return new PlainJWT(new JWTClaimsSet.Builder().subject("iso-admin").claim("tenants", List.of(TENANT)).claim("roles", List.of("admin"))
                .claim("modules", List.of("inventory")).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600))).build())
                .serialize();
    }
}
