package dev.ordercore.adapter.postgres;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.IntentReceipt;
import dev.ordercore.application.port.in.SubmitIntentBatchCommand;
import dev.ordercore.application.port.in.SubmitIntentCommand;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load measurement, not a test: it asserts nothing about speed and is not run by the build (its
 * name matches neither *Test nor *IT). It compares, on the embedded PostgreSQL of the tests, how many
 * orders per second intents of 5 lines place when submitted one by one ({@code POST /intents}'s
 * use case) and in batches of 1,000 ({@code POST /intents:batch}'s), each thread for a tenant of its
 * own. Run by {@code benchmarks/intents-batch-load.sh}, or
 * {@code ./mvnw -pl adapter-postgres verify -Dtest='NoSuch*' -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=IntentBatchLoad};
 * it prints one {@code RESULT} line per run and the ratio.
 */
class IntentBatchLoad {

    private static final int SINGLES_PER_THREAD = Integer.getInteger("load.singles", 500);
    private static final int BATCHES_PER_THREAD = Integer.getInteger("load.batches", 4);
    private static final int BATCH = SubmitIntentBatchCommand.MAX_INTENTS;
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Test
    void intents_one_by_one_against_batches_of_a_thousand() throws Exception {
        OrderCore core = PostgresTestDatabase.forClass(IntentBatchLoad.class).freshStores(Clock.systemUTC()).core();
        singles(core, 2, 200);
        batches(core, 1, 1);
        double single = 0;
        double batched = 0;
        for (int threads : new int[] {1, 2, 4}) {
            single = Math.max(single, report("single", threads, singles(core, threads, SINGLES_PER_THREAD), 1));
        }
        for (int threads : new int[] {1, 2}) {
            batched = Math.max(batched, report("batch-1000", threads, batches(core, threads, BATCHES_PER_THREAD), BATCH));
        }
        System.out.printf("RESULT best orders/s: single=%.0f batch-1000=%.0f ratio=%.2f%n", single, batched, batched / single);
    }

    private record Run(long[] latencies, double seconds) {
    }

    private static double report(String mode, int threads, Run run, int ordersPerRequest) {
        long[] l = run.latencies();
        Arrays.sort(l);
        double ordersPerSecond = (double) l.length * ordersPerRequest / run.seconds();
        System.out.printf("RESULT mode=%s threads=%d requests=%d orders=%d time=%.1fs orders/s=%.0f request p50=%.1fms p99=%.1fms%n",
                mode, threads, l.length, l.length * ordersPerRequest, run.seconds(), ordersPerSecond,
                l[l.length / 2] / 1e6, l[Math.min(l.length - 1, (int) (l.length * 0.99))] / 1e6);
        return ordersPerSecond;
    }

    private static Run singles(OrderCore core, int threads, int perThread) throws Exception {
        return run(threads, perThread, (principal, tenant) -> {
            JsonValue payload = IntentBatchRoundTripsIT.batch("single-" + NEXT.incrementAndGet(), 1).get(0);
            Result<IntentReceipt, OrderError> r = core.submitIntent().submit(new SubmitIntentCommand(principal, tenant, payload));
            if (r.isErr() || !r.value().intent().outcome().isAccepted()) {
                throw new IllegalStateException("not accepted: " + r);
            }
        });
    }

    private static Run batches(OrderCore core, int threads, int perThread) throws Exception {
        return run(threads, perThread, (principal, tenant) -> {
            List<JsonValue> payloads = IntentBatchRoundTripsIT.batch("batch-" + NEXT.incrementAndGet(), BATCH);
            List<Result<IntentReceipt, OrderError>> results = core.submitIntentBatch()
                    .submit(new SubmitIntentBatchCommand(principal, tenant, payloads))
                    .orElseThrow(e -> new IllegalStateException(e.message()));
            if (!results.stream().allMatch(r -> r.isOk() && r.value().intent().outcome().isAccepted())) {
                throw new IllegalStateException("not every intent of the batch was accepted");
            }
        });
    }

    @FunctionalInterface
    private interface Request {
        void send(Principal principal, TenantId tenant);
    }

    private static Run run(int threads, int perThread, Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            TenantId tenant = TenantId.of("tenant-" + t);
            Principal channel = Principal.moduleWriter("shop", tenant, "channel");
            futures.add(pool.submit(() -> {
                long[] latencies = new long[perThread];
                for (int i = 0; i < perThread; i++) {
                    long sent = System.nanoTime();
                    request.send(channel, tenant);
                    latencies[i] = System.nanoTime() - sent;
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            for (long l : f.get(30, TimeUnit.MINUTES)) {
                all.add(l);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Run(all.stream().mapToLong(Long::longValue).toArray(), seconds);
    }
}
