package dev.ordercore.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordercore.adapter.http.HttpApi;
import dev.ordercore.server.RandomJson.J;
import dev.ordercore.server.Http.Reply;
import io.javalin.http.HandlerType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random requests at every route that takes a body, on the real server (embedded PostgreSQL, the
 * admin token): random JSON of random shape, mutations of a valid request, random bytes; path ids
 * that are real, random or garbage; with and without If-Match. No answer may be a 5xx, and every
 * 4xx is a problem with a {@code code}.
 */
class RandomRequestsIT {

    private static final String BASE = HttpApi.BASE_PATH;
    private static final Set<HandlerType> WITH_BODY = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH);
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    static Path dataDir;
    static OrderServer server;
    static String admin;
    /** A real id (or tag) for each path parameter, from what {@link #start()} created. */
    static final Map<String, String> REAL = new LinkedHashMap<>();
    /** A valid request for each route that takes a body ("POST /api/v1/tenants/{tenantId}/orders"), to mutate. */
    static final Map<String, String> VALID = new LinkedHashMap<>();
    static RandomJson json;

    @BeforeContainer
    static void start() throws IOException {
        dataDir = Files.createTempDirectory("ordercore-random-requests");
        server = OrderServer.start(ServerConfig.parse(List.of("--port=0", "--data-dir=" + dataDir), Map.of()), Clock.systemUTC());
        admin = adminOwning("inventory");
        String tenant = "/api/v1/tenants/default";

        JsonNode order = created(tenant + "/orders", OrderServerIT.ORDER);
        String orderId = order.path("id").asText();
        String lineId = order.path("lineItems").get(0).path("id").asText();
        String entry = created(tenant + "/orders/" + orderId + "/history", """
                {"code": "inventory:reservation_backordered", "severity": "BLOCKING", "payload": {"sku": "WINE-1", "missing": 12}}""")
                .path("id").asText();
        String caseId = created(tenant + "/cases", "{\"title\": \"Need new server\", \"tags\": [\"hardware\", \"quote_needed\"]}")
                .path("id").asText();
        String category = created(tenant + "/categories", "{\"name\": \"Wine\", \"type\": \"SALE\"}").path("id").asText();
        String pricing = "[{\"frequency\": null, \"price\": \"150.00\", \"currency\": \"SEK\"}]";
        String klass = created(tenant + "/klasses", "{\"name\": \"Chablis\", \"categoryId\": \"" + category + "\", \"pricing\": " + pricing + "}")
                .path("id").asText();
        String product = created(tenant + "/products", "{\"klassId\": \"" + klass + "\", \"sku\": \"WINE-1\", \"name\": \"Chablis 2022\"}")
                .path("id").asText();
        String modifier = created(tenant + "/modifiers", "{\"name\": \"Delivery\", \"kind\": \"DELIVERY\"}").path("id").asText();
        String customerBody = """
                {"name": "Bageri Svensson", "businessType": "BUSINESS", "contact": {"email": "eva@svensson.se"}, "paymentTermsDays": 30,
                 "creditLimit": {"amount": "50000.00", "currency": "SEK"}, "delivery": {"windowFrom": "06:00", "windowTo": "08:00"}}""";
        String customer = created(tenant + "/customers", customerBody).path("id").asText();

        REAL.putAll(Map.of("tenantId", "default", "orderId", orderId, "lineItemId", lineId, "entryId", entry, "caseId", caseId,
                "tag", "quote_needed"));
        REAL.put("customerId", customer);
        String line = "{\"ref\": \"tasting\", \"description\": \"Wine tasting\", \"quantity\": 2, \"unitPrice\": \"450.00\", \"on\": \"2026-02-01\"}";
        String status = "{\"status\": \"CONFIRMED\", \"reason\": \"in stock\", \"force\": false}";
        String caseBody = "{\"title\": \"Need new server\", \"tags\": [\"hardware\", \"quote_needed\"]}";
        VALID.put("POST " + BASE + "/orders", OrderServerIT.ORDER);
        VALID.put("PUT " + BASE + "/orders/{orderId}/status", status);
        VALID.put("PATCH " + BASE + "/orders/{orderId}/status", status);
        VALID.put("PUT " + BASE + "/orders/{orderId}/line-items/{lineItemId}/status", status);
        VALID.put("PATCH " + BASE + "/orders/{orderId}/line-items/{lineItemId}/status", status);
        VALID.put("POST " + BASE + "/orders/{orderId}/adjustments",
                "{\"add\": [" + line + "], \"cancel\": [\"" + lineId + "\"], \"reason\": \"customer asked\"}");
        VALID.put("PUT " + BASE + "/orders/{orderId}/calculation", """
                {"currency": "SEK", "subtotalExclVat": "900.00", "vat": [{"rate": "25", "amount": "225.00"}], "excise": "0.00",
                 "shippingExclVat": "250.00", "shippingVat": "62.50", "total": "1437.50", "reason": "agreed with the customer"}""");
        VALID.put("POST " + BASE + "/orders/{orderId}/supplier-confirmations", """
                {"outcome": "CONFIRMED", "method": "EMAIL", "supplierReference": "LEV-4711", "message": "Levereras tisdag",
                 "confirmedDelivery": "2099-02-03", "preparationDays": 2, "force": false,
                 "lines": [{"lineItemId": "%s", "quantity": 10, "unitPrice": "140.00"}]}""".formatted(lineId));
        VALID.put("POST " + BASE + "/orders/{orderId}/history", """
                {"code": "inventory:reservation_backordered", "severity": "BLOCKING", "category": "fulfillment",
                 "payload": {"sku": "WINE-1", "missing": 12, "price": 149.99}, "dedupeKey": "res-42",
                 "recordedAt": "2026-01-14T10:00:00Z", "lineItemId": "%s", "closes": "%s"}""".formatted(lineId, entry));
        VALID.put("POST " + BASE + "/orders/{orderId}/history/{entryId}/close", "{\"reason\": \"arrived\", \"dedupeKey\": \"close-1\"}");
        VALID.put("POST " + BASE + "/intents", """
                {"intentId": "shop-1", "sourceSystem": "channel.shopify", "contractVersion": 1,
                 "externalOrderId": "#1001", "customerRef": "0190f7a4-5c1e-7c3a-9f00-000000000001", "currency": "SEK",
                 "lineItems": [{"description": "Chablis 2022", "quantity": 12, "unitPrice": "150.00", "on": "2026-02-01"}],
                 "submittedAt": "2026-01-14T10:00:00Z"}""");
        VALID.put("POST " + BASE + "/intents:batch", """
                {"intents": [{"intentId": "shop-2", "sourceSystem": "channel.shopify", "contractVersion": 1,
                 "externalOrderId": "#1002", "customerRef": "0190f7a4-5c1e-7c3a-9f00-000000000001", "currency": "SEK",
                 "lineItems": [{"description": "Chablis 2022", "quantity": 6, "unitPrice": "150.00", "on": "2026-02-01"}],
                 "submittedAt": "2026-01-14T10:00:00Z"}]}""");
        VALID.put("POST " + BASE + "/relations", """
                {"source": {"type": "order", "id": "%s"}, "target": {"type": "invoice", "id": "INV-1"},
                 "type": "ordre_oprettet", "metadata": {"by": "fuzz"}}""".formatted(orderId));
        VALID.put("POST " + BASE + "/cases", caseBody);
        VALID.put("POST " + BASE + "/cases/{caseId}/tags/{tag}/close", "");
        VALID.put("POST " + BASE + "/cases/{caseId}/close", "{\"force\": true, \"reason\": \"done\"}");
        VALID.put("POST " + BASE + "/cases/{caseId}/orders", OrderServerIT.ORDER.replaceFirst("\\{", "{\"closesTag\": \"quote_needed\", "));
        VALID.put("POST " + BASE + "/orders/{orderId}/cases", caseBody);
        VALID.put("POST " + BASE + "/categories", "{\"name\": \"Wine\", \"type\": \"RENTAL\"}");
        VALID.put("POST " + BASE + "/klasses", "{\"name\": \"Chablis\", \"categoryId\": \"" + category + "\", \"pricing\": " + pricing + "}");
        VALID.put("POST " + BASE + "/products", "{\"klassId\": \"" + klass + "\", \"sku\": \"WINE-2\", \"name\": \"Chablis\", \"attributes\": {\"vintage\": 2022}}");
        VALID.put("POST " + BASE + "/assets", "{\"productId\": \"" + product + "\", \"serialNumber\": \"EX-7\"}");
        VALID.put("POST " + BASE + "/modifiers", "{\"name\": \"Damage waiver\", \"kind\": \"DAMAGE_WAIVER\", \"description\": \"Scratches\"}");
        VALID.put("POST " + BASE + "/modifier-rules", """
                {"modifierId": "%s", "condition": {"kinds": ["RENTAL"], "categoryId": "%s", "klassId": "%s",
                 "minLineAmount": {"amount": "100.00", "currency": "SEK"}},
                 "effect": {"type": "FIXED", "amount": "250.00", "currency": "SEK", "percent": null}}""".formatted(modifier, category, klass));
        REAL.put("productId", product);
        VALID.put("PUT " + BASE + "/stock-levels/{productId}", "{\"quantity\": 40}");

        VALID.put("POST " + BASE + "/customers", customerBody);
        VALID.put("PATCH " + BASE + "/customers/{customerId}", "{\"name\": \"Bageri Svensson AB\", \"creditLimit\": null}");
        VALID.put("PUT " + BASE + "/settings", """
                {"maxOrderItems": 50, "minOrderValue": "0.00", "maxOrderValue": "100000.00", "autoApproveOrders": false,
                 "creditCheckEnabled": false, "highValueOrderThreshold": "5000.00", "largeQuantityOrderThreshold": 100,
                 "rushOrderHoursThreshold": 24, "procurementShortageThreshold": "90", "maxDiscountPercentage": "50",
                 "procurementLeadTimeDays": 3, "safetyStockPercentage": "20", "demandForecastDays": 14,
                 "centralBakeryOrderThreshold": 20, "individualBakeryOrderThreshold": 5}""");

        json = new RandomJson(List.of(orderId, lineId, entry, caseId, category, klass, product, modifier, customer));
    }

    @AfterContainer
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Every tenant route as the running app has it, sorted: "PUT /api/v1/tenants/{tenantId}/orders/{orderId}/status". */
    static List<String> tenantRoutes() {
        return server.app().unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(h -> h.getEndpoint())
                .filter(e -> e.getMethod().isHttpMethod() && e.getMethod() != HandlerType.HEAD && e.getMethod() != HandlerType.OPTIONS)
                .filter(e -> e.getPath().startsWith(BASE))
                .map(e -> e.getMethod() + " " + e.getPath())
                .sorted()
                .toList();
    }

    /** The routes that take a body, as the running app has them: "POST /api/v1/tenants/{tenantId}/orders". */
    static List<String> routesWithBodies() {
        return server.app().unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(h -> h.getEndpoint())
                .filter(e -> WITH_BODY.contains(e.getMethod()))
                .map(e -> e.getMethod() + " " + e.getPath())
                .sorted()
                .toList();
    }

    @Example
    void every_route_that_takes_a_body_has_a_valid_request_to_mutate() {
        assertThat(new TreeSet<>(VALID.keySet())).containsExactlyElementsOf(routesWithBodies());
    }

    @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE)
    @Label("random bodies, ids and If-Match headers at every POST, PUT and PATCH route are never answered with a 5xx")
    void random_requests_are_never_answered_with_a_5xx(@ForAll("requests") RandomRequest request) {
        Reply reply = send(request);

        Statistics.label("status").collect(reply.status());
        Statistics.label("body").collect(request.bodyKind());
        assertThat(reply.status()).as("%s answered %s", request, reply).isLessThan(500);
        if (reply.status() >= 400) {
            assertThat(reply.contentType()).as("%s answered %s", request, reply).startsWith("application/problem+json");
            assertThat(reply.code()).as("%s answered %s", request, reply).isNotBlank();
        }
    }

    /** One request: method, the route it was made for, the concrete path, If-Match if any, and the body. */
    record RandomRequest(String method, String route, String path, Optional<String> ifMatch, Optional<String> idempotencyKey,
                         String bodyKind, byte[] body) {
        @Override
        public String toString() {
            String text = new String(body, StandardCharsets.UTF_8);
            return method + " " + path + ifMatch.map(v -> " If-Match: " + v).orElse("")
                    + idempotencyKey.map(v -> " Idempotency-Key: " + v).orElse("") + " [" + bodyKind + "] "
                    + (text.length() > 600 ? text.substring(0, 600) + "… (" + body.length + " bytes)" : text);
        }
    }

    @Provide
    Arbitrary<RandomRequest> requests() {
        return Arbitraries.of(routesWithBodies()).flatMap(route -> {
            String method = route.substring(0, route.indexOf(' '));
            String template = route.substring(route.indexOf(' ') + 1);
            return Combinators.combine(path(template), ifMatch(), idempotencyKey(), body(route))
                    .as((path, ifMatch, key, body) -> new RandomRequest(method, route, path, ifMatch, key, body.get1(), body.get2()));
        });
    }

    /** The route with each parameter a real id, a random UUID or garbage (percent-encoded). */
    private static Arbitrary<String> path(String template) {
        Matcher m = PARAMETER.matcher(template);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        List<Arbitrary<String>> values = names.stream().map(RandomRequestsIT::parameter).toList();
        return Combinators.combine(values).as(chosen -> {
            String path = template;
            for (int i = 0; i < names.size(); i++) {
                path = path.replace("{" + names.get(i) + "}", chosen.get(i));
            }
            return path;
        });
    }

    private static Arbitrary<String> parameter(String name) {
        Arbitrary<String> garbage = Arbitraries.oneOf(
                Arbitraries.of("x", "0", "-1", "null", "%00", "%FF", "%C3%28", "%ED%A0%80", "..", ".", "%2E%2E", "%2F", "a%2Fb", "%5C",
                        "%20", "%3B", "1;x=1", "00000000-0000-0000-0000-00000000000g"),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40)
                        .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20")));
        Arbitrary<String> random = Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as((a, b) -> new UUID(a, b).toString());
        if (name.equals("tenantId")) {
            return Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just("default")), Tuple.of(1, Arbitraries.of("other", "Default")),
                    Tuple.of(1, garbage));
        }
        return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(REAL.get(name))), Tuple.of(1, random), Tuple.of(1, garbage));
    }

    private static Arbitrary<Optional<String>> ifMatch() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Optional.<String>empty())),
                Tuple.of(4, Arbitraries.just(Optional.of("*"))),
                Tuple.of(3, Arbitraries.of("\"1\"", "\"2\"", "\"0\"", "\"999999999999999999\"", "\"9999999999999999999\"", "W/\"1\"",
                        "\"1\", \"2\"", " ", "1", "\"-1\"").map(Optional::of)),
                Tuple.of(1, Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(30).map(Optional::of)));
    }

    /** Only {@code POST /orders} reads it; a few keys, so some repeat with another body. */
    private static Arbitrary<Optional<String>> idempotencyKey() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(Optional.<String>empty())),
                Tuple.of(1, Arbitraries.of("\"k1\"", "\"k2\"", "k3", "\"\"", "\"unterminated").map(Optional::of)));
    }

    /** (what kind of body, its bytes) */
    private static Arbitrary<Tuple.Tuple2<String, byte[]>> body(String route) {
        String valid = VALID.get(route);
        byte[] validBytes = valid.getBytes(StandardCharsets.UTF_8);
        List<Tuple.Tuple2<Integer, Arbitrary<? extends Tuple.Tuple2<String, byte[]>>>> choices = new ArrayList<>(List.of(
                Tuple.of(4, json.documents().map(d -> body("random JSON", RandomJson.write(d)))),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(300).map(b -> Tuple.of("random bytes", b))),
                Tuple.of(1, Arbitraries.just(Tuple.of("empty", new byte[0])))));
        if (!valid.isEmpty()) {
            J document = RandomJson.parse(valid);
            choices.add(Tuple.of(1, Arbitraries.just(Tuple.of("valid", validBytes))));
            choices.add(Tuple.of(6, json.mutations().list().ofMinSize(1).ofMaxSize(3)
                    .map(ms -> body("mutated valid", RandomJson.write(RandomJson.apply(document, ms))))));
            choices.add(Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, validBytes.length - 1), Arbitraries.bytes())
                    .as((at, b) -> {
                        byte[] broken = validBytes.clone();
                        broken[at] = b;
                        return Tuple.of("valid with a byte changed", broken);
                    })));
            choices.add(Tuple.of(1, Arbitraries.integers().between(1, validBytes.length - 1)
                    .map(n -> Tuple.of("valid cut short", java.util.Arrays.copyOf(validBytes, n)))));
        }
        return Arbitraries.frequencyOf(choices.toArray(Tuple.Tuple2[]::new));
    }

    private static Tuple.Tuple2<String, byte[]> body(String kind, String text) {
        return Tuple.of(kind, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Reply send(RandomRequest r) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + r.path()))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .method(r.method(), HttpRequest.BodyPublishers.ofByteArray(r.body()));
        r.ifMatch().ifPresent(v -> builder.header("If-Match", v));
        r.idempotencyKey().ifPresent(v -> builder.header("Idempotency-Key", v));
        try {
            return Reply.of(CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(r.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An admin token that also owns a status namespace, so history entries can be written. */
    private static String adminOwning(String module) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of("token", "--data-dir", dataDir.toString(), "--tenant", "default", "--roles", "admin",
                "--modules", module), Map.of(), OrderServerIT.print(out), OrderServerIT.print(err));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8).trim();
    }

    private static JsonNode created(String path, String body) {
        Http.Reply reply = Http.post(server.port(), path, admin, body);
        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(201);
        return reply.json();
    }
}
