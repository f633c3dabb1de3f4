package dev.ordercore.benchmarks.reliability;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop overload run (a minimal driver of this package, until the shared
 * {@code dev.ordercore.benchmarks.load.OpenLoop} exists): order intents ({@code POST /intents},
 * 5 lines, unique ids) sent at fixed rates in phases, each request at its intended time whatever
 * the earlier ones are doing, its latency measured from that intended time (no coordinated
 * omission). Prints a per-second timeline and checks:
 *
 * <ol>
 *   <li>the server sheds: in the overload phase some requests are refused with 503 or 429, every
 *       refusal carries Retry-After and a problem+json body;</li>
 *   <li>it does not collapse: in the overload phase, no more than 1 % of requests fail without an
 *       answer (timeouts, resets), some are served every second (goodput > 0), and latency stays
 *       bounded instead of growing with the backlog: the p99 of every answer in the overload's second
 *       half is under {@code --max-p99-ms} or under 1.5 × the p99 of its first half;</li>
 *   <li>it recovers: after the load drops, p99 is back under {@code --recovered-factor} × the
 *       baseline's p99 (and under --recovered-floor-ms if that is larger) within 10 s and stays there.</li>
 * </ol>
 *
 * <pre>
 * java -cp benchmarks.jar dev.ordercore.benchmarks.reliability.OverloadRun --url http://localhost:18120 \
 *   --token-file data/admin.token --phases 50x10,1500x15,50x20
 * </pre>
 * {@code --phases}: rate (requests per second) x seconds, comma-separated: baseline, overload, after.
 * Exits 0 when every check passes.
 */
public final class OverloadRun {

    private static final long TIMEOUT_MS = 10_000;

    private record Phase(int rate, int seconds) {
    }

    /** What happened in one second of intended send times. */
    private static final class Second {
        final Histogram all = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        final Histogram admitted = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        final AtomicLong sent = new AtomicLong();
        final AtomicLong ok = new AtomicLong();
        final AtomicLong shed = new AtomicLong();
        final AtomicLong shedWithoutRetryAfter = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final AtomicLong other = new AtomicLong();

        synchronized void record(long micros, boolean wasAdmitted) {
            all.recordValue(Math.min(micros, all.getHighestTrackableValue()));
            if (wasAdmitted) {
                admitted.recordValue(Math.min(micros, admitted.getHighestTrackableValue()));
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = Args.parse(args);
        URI endpoint = URI.create(Args.required(a, "url") + "/api/v1/tenants/" + a.getOrDefault("tenant", "default") + "/intents");
        String token = Files.readString(Path.of(Args.required(a, "token-file"))).trim();
        List<Phase> phases = new ArrayList<>();
        for (String p : a.getOrDefault("phases", "50x10,1500x15,50x20").split(",")) {
            String[] rs = p.split("x");
            phases.add(new Phase(Integer.parseInt(rs[0].trim()), Integer.parseInt(rs[1].trim())));
        }
        if (phases.size() != 3) {
            throw new IllegalArgumentException("--phases: baseline, overload, after (three rate x seconds)");
        }
        double maxP99Ms = Double.parseDouble(a.getOrDefault("max-p99-ms", "2000"));
        double factor = Double.parseDouble(a.getOrDefault("recovered-factor", "2"));
        double floorMs = Double.parseDouble(a.getOrDefault("recovered-floor-ms", "50"));
        String prefix = a.getOrDefault("prefix", "o" + System.currentTimeMillis());
        boolean pass = run(endpoint, token, phases, maxP99Ms, factor, floorMs, prefix);
        System.exit(pass ? 0 : 1);
    }

    private static boolean run(URI endpoint, String token, List<Phase> phases, double maxP99Ms, double factor, double floorMs,
            String prefix) throws InterruptedException {
        int totalSeconds = phases.stream().mapToInt(Phase::seconds).sum();
        Second[] seconds = new Second[totalSeconds + 1];
        for (int i = 0; i < seconds.length; i++) {
            seconds[i] = new Second();
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
        List<CompletableFuture<Void>> inFlight = new ArrayList<>();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        long offset = 0;
        long n = 0;
        for (Phase phase : phases) {
            long interval = 1_000_000_000L / phase.rate();
            long end = offset + phase.seconds() * 1_000_000_000L;
            for (long t = offset; t < end; t += interval) {
                long intended = start + t;
                long wait = intended - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                Second second = seconds[(int) (t / 1_000_000_000L)];
                second.sent.incrementAndGet();
                String id = prefix + "-" + (++n);
                HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofMillis(TIMEOUT_MS))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Intents.body(id))).build();
                inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
                    long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - intended);
                    if (failure != null) {
                        second.failed.incrementAndGet();
                        return null;
                    }
                    int status = response.statusCode();
                    if (status == 200 || status == 201) {
                        second.ok.incrementAndGet();
                        second.record(micros, true);
                    } else if (status == 503 || status == 429) {
                        second.shed.incrementAndGet();
                        boolean proper = response.headers().firstValue("Retry-After").isPresent()
                                && response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
                        if (!proper) {
                            second.shedWithoutRetryAfter.incrementAndGet();
                        }
                        second.record(micros, false);
                    } else {
                        second.other.incrementAndGet();
                        second.record(micros, false);
                    }
                    return null;
                }));
            }
            offset = end;
        }
        for (CompletableFuture<Void> f : inFlight) {
            f.join();
        }
        return report(seconds, phases, maxP99Ms, factor, floorMs);
    }

    private static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1000.0;
    }

    private static boolean report(Second[] seconds, List<Phase> phases, double maxP99Ms, double factor, double floorMs) {
        int baselineEnd = phases.get(0).seconds();
        int overloadEnd = baselineEnd + phases.get(1).seconds();
        int total = overloadEnd + phases.get(2).seconds();
        System.out.println("second phase     sent  2xx  shed(503/429) no-answer other  p50-ms  p99-ms  p99-admitted-ms");
        for (int s = 0; s < total; s++) {
            Second x = seconds[s];
            String phase = s < baselineEnd ? "baseline" : s < overloadEnd ? "overload" : "after";
            System.out.printf("%6d %-8s %5d %4d %14d %9d %5d %7.1f %7.1f %16.1f%n", s, phase, x.sent.get(), x.ok.get(), x.shed.get(),
                    x.failed.get(), x.other.get(), ms(x.all, 50), ms(x.all, 99), ms(x.admitted, 99));
        }
        Histogram baseline = merged(seconds, 1, baselineEnd); // the first second warms up
        Histogram overload = merged(seconds, baselineEnd, overloadEnd);
        int half = baselineEnd + (overloadEnd - baselineEnd) / 2;
        double firstHalfP99 = ms(merged(seconds, baselineEnd, half), 99);
        double secondHalfP99 = ms(merged(seconds, half, overloadEnd), 99);
        long sentOverload = sum(seconds, baselineEnd, overloadEnd, x -> x.sent.get());
        long shed = sum(seconds, baselineEnd, overloadEnd, x -> x.shed.get());
        long improper = sum(seconds, 0, total, x -> x.shedWithoutRetryAfter.get());
        long failedOverload = sum(seconds, baselineEnd, overloadEnd, x -> x.failed.get());
        long other = sum(seconds, 0, total, x -> x.other.get());
        long okOverload = sum(seconds, baselineEnd, overloadEnd, x -> x.ok.get());
        double baselineP99 = ms(baseline, 99);
        double recoveredBelow = Math.max(factor * baselineP99, floorMs);
        int recoveredAt = -1;
        for (int s = overloadEnd; s < total; s++) {
            boolean fromHereOn = true;
            for (int u = s; u < total; u++) {
                if (ms(seconds[u].all, 99) > recoveredBelow || seconds[u].failed.get() > 0) {
                    fromHereOn = false;
                    break;
                }
            }
            if (fromHereOn) {
                recoveredAt = s;
                break;
            }
        }
        boolean zeroGoodputSecond = false;
        for (int s = baselineEnd; s < overloadEnd; s++) {
            zeroGoodputSecond |= seconds[s].ok.get() == 0;
        }
        System.out.printf("baseline: p50 %.1f ms, p99 %.1f ms (%d answers)%n", ms(baseline, 50), baselineP99, baseline.getTotalCount());
        System.out.printf("overload: sent %d (%.0f/s), 2xx %d (%.0f/s), shed %d, no answer %d, p99 of every answer %.1f ms%n",
                sentOverload, sentOverload / (double) phases.get(1).seconds(), okOverload, okOverload / (double) phases.get(1).seconds(),
                shed, failedOverload, ms(overload, 99));
        boolean sheds = shed > 0 && improper == 0;
        boolean bounded = secondHalfP99 <= maxP99Ms || secondHalfP99 <= 1.5 * firstHalfP99;
        boolean noCollapse = failedOverload <= sentOverload / 100 && !zeroGoodputSecond && bounded && other == 0;
        boolean recovers = recoveredAt >= 0 && recoveredAt - overloadEnd <= 10;
        System.out.printf("%s  sheds: %d refused with 503/429, %d of them without Retry-After or problem+json%n",
                sheds ? "PASS" : "FAIL", shed, improper);
        System.out.printf("%s  no collapse: %d of %d without an answer (<= 1 %%), every second some 2xx: %s, "
                        + "p99 first half %.1f ms, second half %.1f ms (bounded: <= %.0f ms or <= 1.5 x first half: %s), other statuses %d%n",
                noCollapse ? "PASS" : "FAIL", failedOverload, sentOverload, !zeroGoodputSecond, firstHalfP99, secondHalfP99, maxP99Ms,
                bounded, other);
        System.out.printf("%s  p99 recovers within 10 s: p99 <= %.1f ms from %s s after the load dropped%n",
                recovers ? "PASS" : "FAIL", recoveredBelow, recoveredAt < 0 ? "never" : Integer.toString(recoveredAt - overloadEnd));
        return sheds && noCollapse && recovers;
    }

    private static Histogram merged(Second[] seconds, int from, int to) {
        Histogram h = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        for (int s = from; s < to; s++) {
            h.add(seconds[s].all);
        }
        return h;
    }

    private static long sum(Second[] seconds, int from, int to, java.util.function.ToLongFunction<Second> f) {
        long total = 0;
        for (int s = from; s < to; s++) {
            total += f.applyAsLong(seconds[s]);
        }
        return total;
    }
}
