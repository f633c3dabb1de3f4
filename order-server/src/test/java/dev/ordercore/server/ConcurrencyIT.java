package dev.ordercore.server;

import dev.ordercore.server.Http.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many clients at once on the real server (embedded PostgreSQL), issue 7 item 4: identical intents
 * place one order (R22, R23), concurrent transitions of one order leave a valid history and every
 * loser a 409 or 412 (R13, R14), never a 5xx or a lost update. Each test ends with the
 * {@link HistoryChecker} over every order. {@code -Dconcurrency.rounds=N} repeats each test N times
 * (reliability/concurrency.sh); the default, 2 (one mixed, one chain), is the smoke run of {@code ./mvnw verify}.
 */
class ConcurrencyIT {

    static final int INTENT_CLIENTS = 50;
    static final int TRANSITION_CLIENTS = 100;
    private static final String API = "/api/v1/tenants/default";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** Transition targets from every state of seed 001's order lifecycle, so a chain of winners can run through it. */
    private static final List<String> TARGETS = List.of("CONFIRMED", "REJECTED", "CANCELLED", "PAID", "PREPARING", "SHIPPED",
            "DELIVERED", "COMPLETED", "PENDING");
    /** Without the states that end the order, so several clients win one after the other (a chain of versions). */
    private static final List<String> CHAIN = List.of("CONFIRMED", "PAID", "PREPARING", "SHIPPED", "PENDING");

    @TempDir
    static Path dataDir;
    static OrderServer server;
    static String admin;
    static int rounds;

    @BeforeAll
    static void start() throws IOException {
        rounds = Integer.getInteger("concurrency.rounds", 2);
        // the races are the subject here, not load shedding (LoadSheddingIT): admit every client, however slow the machine
        server = OrderServer.start(ServerConfig.parse(List.of("--port=0", "--data-dir=" + dataDir,
                "--max-queued=" + 2 * TRANSITION_CLIENTS, "--max-queue-wait-ms=60000"), Map.of()), Clock.systemUTC());
        admin = Files.readString(dataDir.resolve("admin.token")).trim();
    }

    @AfterAll
    static void stop() {
        try {
            assertHistoriesValid();
        } finally {
            server.close();
        }
    }

    @Test
    void R22_R23_fifty_identical_intents_at_once_place_exactly_one_order_and_all_fifty_are_answered_with_it() throws Exception {
        for (int round = 0; round < rounds; round++) {
            String intentId = "race-" + round + "-" + System.nanoTime();
            String intent = """
                    {"intentId": "%s", "sourceSystem": "channel.race", "contractVersion": 1,
                     "externalOrderId": "#%d", "customerRef": "0190f7a4-5c1e-7c3a-9f00-000000000001", "currency": "SEK",
                     "lineItems": [{"description": "Chablis 2022", "quantity": 12, "unitPrice": "150.00", "on": "2026-02-01"}],
                     "submittedAt": "2026-01-14T10:00:00Z"}""".formatted(intentId, round);

            List<Reply> replies = all(INTENT_CLIENTS, i -> send("POST", API + "/intents", Optional.empty(), intent));

            Map<Integer, Long> statuses = statuses(replies);
            assertThat(replies).as("round %d: %s", round, statuses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(200, 201));
            assertThat(replies.stream().filter(r -> r.status() == 201)).as("round %d: one accepted, the rest repeated", round).hasSize(1);
            List<String> orderIds = replies.stream().map(r -> r.json().path("orderId").asText()).distinct().toList();
            assertThat(orderIds).as("round %d: every answer names the same order", round).hasSize(1);
            try (DatabaseProbe db = DatabaseProbe.open(dataDir)) {
                assertThat(db.count("select count(*) from orders where intent_source = 'channel.race' and intent_id = '" + intentId + "'"))
                        .as("orders placed by the intent").isEqualTo(1);
                assertThat(db.count("select count(*) from outbox where type = 'OrderPlaced' and aggregateid = '" + orderIds.get(0) + "'"))
                        .as("OrderPlaced events of the order").isEqualTo(1);
                assertThat(db.count("select count(*) from intents where source_system = 'channel.race' and intent_id = '" + intentId + "'"))
                        .as("stored intents").isEqualTo(1);
            }
            System.out.printf("concurrency: round %d: %d identical intents -> %s, 1 order%n", round, INTENT_CLIENTS, statuses);
        }
        assertHistoriesValid();
    }

    @Test
    void R13_R14_a_hundred_concurrent_transitions_of_one_order_leave_a_valid_history_and_every_loser_a_409_or_412() throws Exception {
        for (int round = 0; round < rounds; round++) {
            Reply placed = send("POST", API + "/orders", Optional.empty(), OrderServerIT.ORDER);
            assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
            String orderId = placed.json().path("id").asText();
            String path = API + "/orders/" + orderId + "/status";

            // mixed targets; If-Match the version read ("1"), any version ("*"), a later version, or none
            List<Optional<String>> ifMatch = List.of(Optional.of("\"1\""), Optional.of("*"), Optional.of("*"), Optional.of("\"2\""),
                    Optional.of("\"3\""), Optional.empty());
            List<String> targets = round % 2 == 0 ? TARGETS : CHAIN;
            List<Reply> replies = all(TRANSITION_CLIENTS, i -> send(i % 2 == 0 ? "PUT" : "PATCH", path, ifMatch.get(i % ifMatch.size()),
                    "{\"status\": \"%s\", \"reason\": \"client %d\", \"force\": false}".formatted(targets.get(i % targets.size()), i)));

            Map<Integer, Long> statuses = statuses(replies);
            for (int i = 0; i < replies.size(); i++) {
                Reply r = replies.get(i);
                Optional<String> sent = ifMatch.get(i % ifMatch.size());
                if (sent.isEmpty()) {
                    assertThat(r.status()).as("client %d without If-Match: %s", i, r).isEqualTo(428);
                } else {
                    assertThat(r.status()).as("client %d If-Match %s -> %s: %s", i, sent.get(), targets.get(i % targets.size()), r)
                            .isIn(200, 409, 412);
                }
                if (r.status() >= 400) {
                    assertThat(r.contentType()).as(r.toString()).startsWith("application/problem+json");
                }
            }
            // no lost update: the winners were handed the versions 2, 3, … one each, and each left one transition entry
            List<Long> versions = replies.stream().filter(r -> r.status() == 200)
                    .map(r -> Long.parseLong(r.etag().orElseThrow().replace("\"", ""))).sorted().toList();
            assertThat(versions).as("round %d: the winners' versions", round)
                    .containsExactlyElementsOf(LongStream.rangeClosed(2, 1 + versions.size()).boxed().toList());
            Reply read = send("GET", API + "/orders/" + orderId, Optional.empty(), null);
            assertThat(read.json().path("version").asLong()).isEqualTo(1 + versions.size());
            try (DatabaseProbe db = DatabaseProbe.open(dataDir)) {
                long transitions = db.count("select count(*) from status_history where order_id = '" + orderId + "'"
                        + " and namespace = 'order' and line_item_id is null and status not in ('submitted', 'manually_adjusted', 'cancel_incomplete')");
                assertThat(transitions).as("round %d: transition entries = winners", round).isEqualTo(versions.size());
            }
            System.out.printf("concurrency: round %d: %d concurrent transitions -> %s, final %s v%d%n", round, TRANSITION_CLIENTS,
                    statuses, read.json().path("status").asText(), read.json().path("version").asLong());
        }
        assertHistoriesValid();
    }

    static void assertHistoriesValid() {
        try (DatabaseProbe db = DatabaseProbe.open(dataDir)) {
            HistoryChecker.Report report = HistoryChecker.withDefaultLifecycles().check(db.connection());
            System.out.println("concurrency: history check: " + report);
            assertThat(report.valid()).as(report.toString()).isTrue();
        }
    }

    private static Map<Integer, Long> statuses(List<Reply> replies) {
        Map<Integer, Long> counts = new TreeMap<>();
        replies.forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        return counts;
    }

    private interface Client {
        Reply call(int index) throws Exception;
    }

    /** Runs {@code n} clients, each on its own thread, released together. */
    private static List<Reply> all(int n, Client client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<Reply> task = () -> {
                    ready.countDown();
                    go.await();
                    return client.call(index);
                };
                futures.add(pool.submit(task));
            }
            ready.await();
            go.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> f : futures) {
                replies.add(f.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Reply send(String method, String path, Optional<String> ifMatch, String body) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + admin);
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        ifMatch.ifPresent(v -> builder.header("If-Match", v));
        return Reply.of(CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString()));
    }
}
