package dev.ordercore.benchmarks.load;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop HTTP load generator in the manner of wrk2: a constant offered rate over N
 * keep-alive connections, where request {@code i} has the intended send time
 * {@code start + i / rate} and its latency is measured from that intended time, not from when it
 * was actually sent. A server that stalls therefore shows the stall in every request that should
 * have been sent meanwhile (coordinated omission corrected). A closed-loop mode ({@code --closed})
 * sends as fast as the connections allow, for the maximum throughput.
 *
 * <p>Run {@code java -cp benchmarks/target/benchmarks.jar dev.ordercore.benchmarks.load.OpenLoop --help}.
 * The last line of the output is one {@code summary key=value …} line for scripts.
 */
public final class OpenLoop {

    private static final long HIGHEST_MICROS = 3_600_000_000L;

    private final Options o;
    private final RequestTemplate template;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Map<Integer, String> samples = new ConcurrentHashMap<>();
    private final Map<Long, Second> timeline = new ConcurrentHashMap<>();
    private final AtomicLong backlog = new AtomicLong();

    private OpenLoop(Options o) throws IOException {
        this.o = o;
        this.template = new RequestTemplate(o.method, o.url, o.headers, o.body);
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("OpenLoop: " + e.getMessage());
            System.err.println("run with --help for the flags");
            System.exit(2);
            return;
        }
        if (options == null) {
            System.out.println(Options.HELP);
            return;
        }
        new OpenLoop(options).run(System.out);
    }

    /** What one second of the run saw, by completion time. */
    private static final class Second {
        final Histogram latency = new Histogram(HIGHEST_MICROS, 2);
        final Map<Integer, Long> statuses = new TreeMap<>();
        long errors;

        synchronized void record(int status, long micros) {
            statuses.merge(status, 1L, Long::sum);
            latency.recordValue(Math.min(Math.max(micros, 0), HIGHEST_MICROS));
        }

        synchronized void error() {
            errors++;
        }
    }

    private void run(PrintStream out) throws InterruptedException {
        long warmupNanos = (long) (o.warmupSeconds * 1e9);
        long durationNanos = (long) (o.durationSeconds * 1e9);
        long start = System.nanoTime() + 50_000_000L; // give every thread time to start
        long measureFrom = start + warmupNanos;
        long end = measureFrom + durationNanos;
        List<Histogram> histograms = new ArrayList<>();
        List<long[]> completions = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < o.connections; c++) {
            Histogram h = new Histogram(HIGHEST_MICROS, 3);
            long[] completed = new long[1];
            histograms.add(h);
            completions.add(completed);
            int connection = c;
            Thread t = new Thread(() -> connectionLoop(connection, start, measureFrom, end, h, completed), "load-" + c);
            t.setDaemon(true);
            threads.add(t);
        }
        out.printf(Locale.ROOT, "OpenLoop: %s %s, %s, %d connections, %.0f s warm-up + %.0f s measured%n",
                o.method, o.url, o.closed ? "closed loop (as fast as possible)" : String.format(Locale.ROOT, "open loop at %.1f req/s", o.rate),
                o.connections, o.warmupSeconds, o.durationSeconds);
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            // a request in flight at the end gets its time-out to finish
            t.join(Math.max(1, (end - System.nanoTime()) / 1_000_000) + o.timeoutSeconds * 1000L + 1000);
        }
        Histogram all = new Histogram(HIGHEST_MICROS, 3);
        histograms.forEach(all::add);
        long completed = completions.stream().mapToLong(x -> x[0]).sum();
        report(out, all, completed, (end - measureFrom) / 1e9, start);
    }

    private void connectionLoop(int connection, long start, long measureFrom, long end, Histogram histogram, long[] completed) {
        HttpConnection http = new HttpConnection(template.host(), template.port(), o.timeoutSeconds * 1000);
        double intervalNanos = o.closed ? 0 : 1e9 / o.rate;
        try (http) {
            for (long k = 0; ; k++) {
                long intended;
                if (o.closed) {
                    intended = Math.max(System.nanoTime(), start);
                } else {
                    intended = start + (long) ((k * o.connections + connection) * intervalNanos);
                }
                if (intended >= end) {
                    return;
                }
                long now;
                while ((now = System.nanoTime()) < intended) {
                    LockSupport.parkNanos(intended - now);
                }
                byte[] request = template.render(sequence.incrementAndGet());
                int status;
                HttpConnection.Response response = null;
                try {
                    response = http.exchange(request);
                    status = response.status();
                } catch (IOException | RuntimeException e) {
                    status = -1;
                    errors.computeIfAbsent(e.getClass().getSimpleName() + ": " + e.getMessage(), x -> new AtomicLong()).incrementAndGet();
                }
                long done = System.nanoTime();
                long micros = (done - intended) / 1_000;
                Second second = o.timeline ? timeline.computeIfAbsent((done - start) / 1_000_000_000L, x -> new Second()) : null;
                if (status < 0) {
                    if (second != null) {
                        second.error();
                    }
                } else {
                    if (second != null) {
                        second.record(status, micros);
                    }
                    if (status >= 300 && response != null) {
                        samples.putIfAbsent(status, response.bodyStart());
                    }
                }
                if (intended >= measureFrom && done <= end + o.timeoutSeconds * 1_000_000_000L) {
                    if (status >= 0) {
                        statuses.computeIfAbsent(status, x -> new AtomicLong()).incrementAndGet();
                        histogram.recordValue(Math.min(Math.max(micros, 0), HIGHEST_MICROS));
                        completed[0]++;
                    }
                }
                if (!o.closed && done >= end) {
                    // requests whose intended time passed while this one was under way were never sent
                    long lastIntended = start + (long) ((k * o.connections + connection) * intervalNanos);
                    long unsent = (long) ((end - lastIntended) / (intervalNanos * o.connections)) ;
                    if (unsent > 0) {
                        backlog.addAndGet(unsent);
                    }
                    return;
                }
            }
        }
    }

    private void report(PrintStream out, Histogram h, long completed, double seconds, long start) {
        if (o.timeline) {
            out.println("timeline (by completion second since start, warm-up included):");
            out.println("  second  completed  errors  p50_ms  p99_ms  max_ms  statuses");
            new TreeMap<>(timeline).forEach((s, sec) -> {
                synchronized (sec) {
                    long n = sec.latency.getTotalCount();
                    out.printf(Locale.ROOT, "  %6d  %9d  %6d  %6.1f  %6.1f  %6.1f  %s%n", s, n, sec.errors,
                            ms(sec.latency.getValueAtPercentile(50)), ms(sec.latency.getValueAtPercentile(99)), ms(sec.latency.getMaxValue()),
                            sec.statuses);
                }
            });
        }
        long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
        Map<Integer, Long> byStatus = new TreeMap<>();
        statuses.forEach((k, v) -> byStatus.put(k, v.get()));
        out.printf(Locale.ROOT, "completed %d requests in %.1f s: %.1f req/s%n", completed, seconds, completed / seconds);
        out.printf(Locale.ROOT, "latency (ms, %s): p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
                o.closed ? "from actual send" : "from intended send time",
                ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(90)), ms(h.getValueAtPercentile(99)),
                ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()));
        out.println("statuses: " + byStatus);
        samples.forEach((status, body) -> out.println("  first " + status + " body: " + body.replace('\n', ' ')));
        if (errorCount > 0) {
            out.println("errors: " + errorCount);
            errors.forEach((e, n) -> out.println("  " + n.get() + " × " + e));
        }
        if (backlog.get() > 0) {
            out.println("not sent (behind schedule at the end): " + backlog.get());
        }
        StringBuilder summary = new StringBuilder("summary");
        Map<String, String> kv = new LinkedHashMap<>();
        kv.put("mode", o.closed ? "closed" : "open");
        kv.put("offered_rate", o.closed ? "max" : fmt(o.rate));
        kv.put("connections", Integer.toString(o.connections));
        kv.put("seconds", fmt(seconds));
        kv.put("completed", Long.toString(completed));
        kv.put("throughput", fmt(completed / seconds));
        kv.put("p50_ms", fmt(ms(h.getValueAtPercentile(50))));
        kv.put("p90_ms", fmt(ms(h.getValueAtPercentile(90))));
        kv.put("p99_ms", fmt(ms(h.getValueAtPercentile(99))));
        kv.put("p999_ms", fmt(ms(h.getValueAtPercentile(99.9))));
        kv.put("max_ms", fmt(ms(h.getMaxValue())));
        kv.put("errors", Long.toString(errorCount));
        kv.put("not_sent", Long.toString(backlog.get()));
        long ok = byStatus.entrySet().stream().filter(e -> e.getKey() >= 200 && e.getKey() < 300).mapToLong(Map.Entry::getValue).sum();
        kv.put("status_2xx", Long.toString(ok));
        kv.put("status_other", Long.toString(completed - ok));
        byStatus.forEach((k, v) -> kv.put("status_" + k, Long.toString(v)));
        kv.forEach((k, v) -> summary.append(' ').append(k).append('=').append(v));
        out.println(summary);
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    /** The command line. */
    static final class Options {
        static final String HELP = """
                OpenLoop: an open-loop (wrk2-style) HTTP/1.1 load generator with HdrHistogram latencies.

                  java -cp benchmarks/target/benchmarks.jar dev.ordercore.benchmarks.load.OpenLoop \\
                       --url http://localhost:8080/api/v1/tenants/default/orders \\
                       -H 'Authorization: Bearer ...' --body-file order.json \\
                       --rate 500 --connections 16 --duration 30 --warmup 5 [--timeline]

                  --url URL            http:// only (required)
                  --method M           GET, POST, ... (default: POST with a body, GET without)
                  -H, --header 'K: V'  a request header (repeatable); Content-Type defaults to application/json with a body
                  --body TEXT          the request body
                  --body-file FILE     the request body from a file
                                       In the URL and body, every {{uuid}} becomes a fresh random UUID (each occurrence
                                       its own) and {{seq}} the request's sequence number, per request.
                  --rate R             the offered rate, requests per second over all connections (open loop; required
                                       unless --closed). Request i is due at start + i/R; its latency counts from then.
                  --closed             closed loop: each connection sends its next request as soon as the previous
                                       one is answered (maximum throughput; latency from the actual send)
                  --connections N      keep-alive connections, one thread each (default 16)
                  --duration S         measured seconds (default 30)
                  --warmup S           seconds at the same load before measuring (default 0)
                  --timeout S          per-request socket time-out in seconds (default 30); a time-out is an error
                  --timeline           print one line per second: completions, errors, p50/p99/max and status counts
                  --help               this text

                Output: throughput, p50/p90/p99/p99.9/max, status counts (with the first body of each non-2xx
                status), errors by kind, requests not sent because the connections fell behind the schedule,
                and a last line 'summary key=value ...' for scripts.
                """;

        String url;
        String method;
        final Map<String, String> headers = new LinkedHashMap<>();
        String body;
        double rate = -1;
        boolean closed;
        int connections = 16;
        double durationSeconds = 30;
        double warmupSeconds = 0;
        int timeoutSeconds = 30;
        boolean timeline;

        /** The options, or null when --help was asked for. */
        static Options parse(String[] args) throws IOException {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String value = null;
                if (a.startsWith("--") && a.contains("=")) {
                    value = a.substring(a.indexOf('=') + 1);
                    a = a.substring(0, a.indexOf('='));
                }
                switch (a) {
                    case "--help", "-h" -> {
                        return null;
                    }
                    case "--closed" -> o.closed = true;
                    case "--timeline" -> o.timeline = true;
                    default -> {
                        if (value == null) {
                            if (i + 1 >= args.length) {
                                throw new IllegalArgumentException(a + " needs a value");
                            }
                            value = args[++i];
                        }
                        o.set(a, value);
                    }
                }
            }
            if (o.url == null) {
                throw new IllegalArgumentException("--url is required");
            }
            if (!o.closed && o.rate <= 0) {
                throw new IllegalArgumentException("--rate R (> 0) is required unless --closed");
            }
            if (o.closed && o.rate > 0) {
                throw new IllegalArgumentException("--rate and --closed exclude each other");
            }
            if (o.connections < 1 || o.durationSeconds <= 0 || o.warmupSeconds < 0 || o.timeoutSeconds < 1) {
                throw new IllegalArgumentException("--connections >= 1, --duration > 0, --warmup >= 0, --timeout >= 1");
            }
            if (o.method == null) {
                o.method = o.body == null ? "GET" : "POST";
            }
            return o;
        }

        private void set(String flag, String value) throws IOException {
            try {
                switch (flag) {
                    case "--url" -> url = value;
                    case "--method" -> method = value.toUpperCase(Locale.ROOT);
                    case "-H", "--header" -> {
                        int colon = value.indexOf(':');
                        if (colon <= 0) {
                            throw new IllegalArgumentException("a header is 'Name: value', got '" + value + "'");
                        }
                        headers.put(value.substring(0, colon).trim(), value.substring(colon + 1).trim());
                    }
                    case "--body" -> body = value;
                    case "--body-file" -> body = Files.readString(Path.of(value));
                    case "--rate" -> rate = Double.parseDouble(value);
                    case "--connections" -> connections = Integer.parseInt(value);
                    case "--duration" -> durationSeconds = Double.parseDouble(value);
                    case "--warmup" -> warmupSeconds = Double.parseDouble(value);
                    case "--timeout" -> timeoutSeconds = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown flag " + flag);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(flag + " needs a number, got '" + value + "'");
            }
        }
    }
}
