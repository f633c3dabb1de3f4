package dev.ordercore.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A server killed with SIGKILL leaves its PostgreSQL running; the next start on the same data directory recovers. */
class CrashRecoveryIT {

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
