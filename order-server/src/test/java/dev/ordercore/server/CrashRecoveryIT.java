package dev.ordercore.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server killed with SIGKILL leaves its PostgreSQL running; the next start on the same data directory recovers
 * (the smoke version of reliability/crash.sh: what was acknowledged is there, a retried intent gives the same order
 * and its OrderPlaced event is stored once).
 */
class CrashRecoveryIT {

    private static final String INTENTS = "/api/v1/tenants/default/intents";
    private static final String INTENT = """
            {"intentId": "crash-1", "sourceSystem": "channel.shopify", "contractVersion": 1, "externalOrderId": "#1",
             "customerRef": "0190f7a4-5c1e-7c3a-9f00-000000000001", "currency": "SEK",
             "lineItems": [{"description": "Chablis 2022", "quantity": 12, "unitPrice": "150.00", "on": "2026-02-01"}],
             "submittedAt": "2026-01-14T10:00:00Z"}""";
    private static final Pattern LISTENING = Pattern.compile("listening on http://localhost:(\\d+)");

    @Test
    void after_a_kill_9_the_next_start_stops_the_leftover_postgres_and_reads_the_order_back(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--port=0", "--data-dir=" + dir)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Optional<ProcessHandle> leftover = Optional.empty();
        try {
            int port = awaitPort(child, log);
            String token = Files.readString(dir.resolve("admin.token")).trim();
            Http.Reply placed = Http.post(port, OrderServerIT.ORDERS, token, OrderServerIT.ORDER);
            assertThat(placed.status()).as(placed.body()).isEqualTo(201);
            String id = placed.json().path("id").asText();
            Http.Reply submitted = Http.post(port, INTENTS, token, INTENT);
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
            String intentOrder = submitted.json().path("orderId").asText();

            long postmaster = Long.parseLong(Files.readAllLines(dir.resolve("postgres").resolve(LeftoverPostmaster.PID_FILE)).get(0).trim());
            child.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            leftover = ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive);
            assertThat(leftover).as("the killed server's PostgreSQL still runs").isPresent();
            assertThat(LeftoverPostmaster.isPostmasterFor(leftover.get(), dir.resolve("postgres"))).isTrue();

            try (OrderServer again = OrderServerIT.start(dir)) {
                assertThat(leftover.get().isAlive()).as("the leftover PostgreSQL was stopped").isFalse();
                Http.Reply read = Http.get(again.port(), OrderServerIT.ORDERS + "/" + id, token);
                assertThat(read.status()).as(read.body()).isEqualTo(200);
                assertThat(read.json().path("id").asText()).isEqualTo(id);

                // a client that lost the answer retries with the intent's id: the same order, and still one OrderPlaced
                Http.Reply retried = Http.post(again.port(), INTENTS, token, INTENT);
                assertThat(retried.status()).as(retried.body()).isEqualTo(200);
                assertThat(retried.json().path("orderId").asText()).isEqualTo(intentOrder);
                assertThat(orderPlacedEvents(dir, intentOrder)).isEqualTo(1);
            }
        } finally {
            child.destroyForcibly();
            leftover.filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroy);
        }
    }

    @Test
    void a_stale_postmaster_pid_does_not_block_the_start_whether_its_pid_is_gone_or_taken_by_another_program(@TempDir Path dir)
            throws Exception {
        OrderServerIT.start(dir).close();
        Path pidFile = dir.resolve("postgres").resolve(LeftoverPostmaster.PID_FILE);
        assertThat(pidFile).doesNotExist();

        Process gone = new ProcessBuilder(javaCommand(), "-version").redirectErrorStream(true).start();
        gone.waitFor(30, TimeUnit.SECONDS);
        // this JVM is alive and no PostgreSQL: PostgreSQL itself would refuse to start over its PID
        for (long pid : List.of(gone.pid(), ProcessHandle.current().pid())) {
            Files.writeString(pidFile, pid + "\n" + dir.resolve("postgres") + "\n1700000000\n5432\n");
            try (OrderServer server = OrderServerIT.start(dir)) {
                assertThat(Http.get(server.port(), "/health/ready", null).status()).as("PID " + pid).isEqualTo(200);
            }
        }
    }

    /** Counts in the embedded cluster, as its superuser (port and password from the data directory, as reliability/crash.sh does). */
    private static int orderPlacedEvents(Path dir, String orderId) throws Exception {
        String port = Files.readAllLines(dir.resolve("postgres").resolve(LeftoverPostmaster.PID_FILE)).get(3).trim();
        String password = Files.readString(dir.resolve(DataDirectory.SUPERUSER_PASSWORD)).trim();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + EmbeddedDatabase.DATABASE,
                "postgres", password);
             PreparedStatement s = c.prepareStatement("select count(*) from outbox where type = 'OrderPlaced' and aggregateid = ?")) {
            s.setString(1, orderId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int awaitPort(Process child, Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            String output = Files.exists(log) ? Files.readString(log) : "";
            Matcher matcher = LISTENING.matcher(output);
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            if (!child.isAlive()) {
                throw new AssertionError("the server exited with " + child.exitValue() + ":\n" + output);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not start:\n" + Files.readString(log));
    }
}
