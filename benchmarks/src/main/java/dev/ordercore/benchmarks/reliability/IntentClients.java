package dev.ordercore.benchmarks.reliability;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop clients that submit order intents ({@code POST /intents}, 5 lines, a unique id each)
 * and retry every unacknowledged intent, with the same id and body, until it is acknowledged
 * (201 or 200): through connection errors (the server was killed), 503s (its database is down)
 * and anything else 5xx. A 4xx other than 429 is a wrong answer and is counted, not retried.
 *
 * <pre>
 * java -cp benchmarks.jar dev.ordercore.benchmarks.reliability.IntentClients \
 *   --url http://localhost:18100 --token-file data/admin.token --clients 8 --submit-seconds 20 \
 *   --deadline-seconds 120 --prefix run1 --acks acks.tsv --attempts attempts.tsv
 * </pre>
 *
 * New intents are started for {@code --submit-seconds} or until {@code --stop-file} exists; after that the clients only finish what
 * is pending, until every intent is acknowledged or {@code --deadline-seconds} have passed.
 * {@code --acks}: one line per acknowledged intent, {@code intentId TAB orderId TAB status TAB attempts}.
 * {@code --attempts}: one line per attempt, {@code sentEpochMs TAB doneEpochMs TAB status TAB retryAfter TAB contentType TAB intentId}
 * (status 0: no answer, the connection failed). Exits 0 when every intent started was acknowledged
 * and no wrong answer came, else 1.
 */
public final class IntentClients {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final long RETRY_PAUSE_MS = 100;

    private final URI endpoint;
    private final String token;
    private final HttpClient http;
    private final PrintWriter acks;
    private final PrintWriter attempts;
    private final Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong wrong = new AtomicLong();

    private IntentClients(URI endpoint, String token, PrintWriter acks, PrintWriter attempts) {
        this.endpoint = endpoint;
        this.token = token;
        this.acks = acks;
        this.attempts = attempts;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = Args.parse(args);
        URI endpoint = URI.create(Args.required(a, "url") + "/api/v1/tenants/" + a.getOrDefault("tenant", "default") + "/intents");
        String token = Files.readString(Path.of(Args.required(a, "token-file"))).trim();
        int clients = Integer.parseInt(a.getOrDefault("clients", "8"));
        long submitMs = (long) (Double.parseDouble(a.getOrDefault("submit-seconds", "20")) * 1000);
        long deadlineMs = (long) (Double.parseDouble(a.getOrDefault("deadline-seconds", "120")) * 1000);
        String prefix = a.getOrDefault("prefix", "r" + System.currentTimeMillis());
        Path stopFile = Path.of(a.getOrDefault("stop-file", "/nonexistent/ordercore-stop"));
        try (PrintWriter acks = writer(Args.required(a, "acks")); PrintWriter attempts = writer(a.getOrDefault("attempts", "/dev/null"))) {
            IntentClients run = new IntentClients(endpoint, token, acks, attempts);
            boolean ok = run.run(clients, prefix, submitMs, deadlineMs, stopFile);
            System.exit(ok ? 0 : 1);
        }
    }

    private static PrintWriter writer(String file) throws IOException {
        return new PrintWriter(Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8), true);
    }

    private boolean run(int clients, String prefix, long submitMs, long deadlineMs, Path stopFile) throws InterruptedException {
        long begin = System.currentTimeMillis();
        long stopSubmitting = begin + submitMs;
        long deadline = begin + deadlineMs;
        AtomicBoolean late = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                for (int n = 1; System.currentTimeMillis() < stopSubmitting && !Files.exists(stopFile); n++) {
                    String id = prefix + "-" + client + "-" + n;
                    started.incrementAndGet();
                    if (!untilAcknowledged(id, deadline)) {
                        late.set(true);
                        return;
                    }
                }
            }, "intent-client-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        long seconds = Math.max(1, (System.currentTimeMillis() - begin) / 1000);
        System.out.printf("intents started: %d, acknowledged: %d, wrong answers: %d, in %d s%n",
                started.get(), acknowledged.get(), wrong.get(), seconds);
        System.out.println("answers by status (0 = connection failed): " + new java.util.TreeMap<>(copy(statuses)));
        if (late.get()) {
            System.out.println("some intents were still unacknowledged at the deadline");
        }
        return !late.get() && wrong.get() == 0 && started.get() == acknowledged.get();
    }

    private static Map<String, Long> copy(Map<String, AtomicLong> counts) {
        Map<String, Long> copy = new HashMap<>();
        counts.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    /** Submits one intent until it is acknowledged; false when the deadline passed first. */
    private boolean untilAcknowledged(String id, long deadline) {
        String body = Intents.body(id);
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        for (int attempt = 1; System.currentTimeMillis() < deadline; attempt++) {
            long sent = System.currentTimeMillis();
            int status;
            String reply = "";
            String retryAfter = "-";
            String contentType = "-";
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                reply = response.body();
                retryAfter = response.headers().firstValue("Retry-After").orElse("-");
                contentType = response.headers().firstValue("Content-Type").orElse("-");
            } catch (IOException e) {
                status = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            long done = System.currentTimeMillis();
            statuses.computeIfAbsent(Integer.toString(status), k -> new AtomicLong()).incrementAndGet();
            synchronized (attempts) {
                attempts.printf("%d\t%d\t%d\t%s\t%s\t%s%n", sent, done, status, retryAfter, contentType, id);
            }
            if (status == 200 || status == 201) {
                acknowledged.incrementAndGet();
                synchronized (acks) {
                    acks.printf("%s\t%s\t%d\t%d%n", id, Intents.orderId(reply), status, attempt);
                }
                return true;
            }
            if (status >= 400 && status < 500 && status != 429) {
                wrong.incrementAndGet();
                System.out.println("wrong answer for " + id + ": " + status + " " + reply);
                return true;
            }
            pause();
        }
        return false;
    }

    /**
     * A short pause before the retry, shorter than the server's Retry-After on purpose: the clients
     * are a probe that should see the moment the server is back, not a polite production client.
     */
    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted"));
        }
    }
}
