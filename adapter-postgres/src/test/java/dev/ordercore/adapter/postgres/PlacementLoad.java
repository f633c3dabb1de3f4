package dev.ordercore.adapter.postgres;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.PlaceOrderCommand;
import dev.ordercore.application.port.in.TransitionOrderCommand;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.access.Role;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A load measurement, not a test: it asserts nothing about speed and is not run by the build
 * (its name matches neither *Test nor *IT). Run it on a quiet machine with
 * {@code ./mvnw -o -pl adapter-postgres verify -Dit.test=PlacementLoad} and copy the printed
 * numbers into docs/benchmarks.md. Each thread places orders of five lines for one of eight
 * tenants and confirms each one; latencies are per command.
 */
class PlacementLoad {

    private static final int WARMUP = 300;
    private static final int ORDERS_PER_THREAD = 500;

    @Test
    void place_and_confirm_orders() throws Exception {
        OrderCore core = PostgresTestDatabase.forClass(PlacementLoad.class).freshStores(Clock.systemUTC()).core();
        run(core, 2, WARMUP / 2);
        for (int threads : new int[] {1, 4, 16}) {
            long start = System.nanoTime();
            long[] latencies = run(core, threads, ORDERS_PER_THREAD);
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(latencies);
            System.out.printf("threads=%d orders=%d time=%.1fs orders/s=%.0f place+confirm p50=%.1fms p99=%.1fms%n",
                    threads, latencies.length, seconds, latencies.length / seconds,
                    latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.99)] / 1e6);
        }
    }

    private static long[] run(OrderCore core, int threads, int perThread) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            TenantId tenant = TenantId.of("tenant-" + (t % 8));
            Principal ann = Principal.user("ann", tenant, Role.OPERATOR);
            futures.add(pool.submit(() -> {
                long[] latencies = new long[perThread];
                for (int i = 0; i < perThread; i++) {
                    long start = System.nanoTime();
                    Order order = core.placeOrder().place(new PlaceOrderCommand(ann, tenant, draft()))
                            .orElseThrow(e -> new IllegalStateException(e.message()));
                    core.transitionOrder().transition(new TransitionOrderCommand(ann, tenant, order.id(), "CONFIRMED", Optional.empty(),
                            false, Optional.of(order.version()))).orElseThrow(e -> new IllegalStateException(e.message()));
                    latencies[i] = System.nanoTime() - start;
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            for (long l : f.get(10, TimeUnit.MINUTES)) {
                all.add(l);
            }
        }
        pool.shutdown();
        return all.stream().mapToLong(Long::longValue).toArray();
    }

    private static OrderDraft draft() {
        OrderDraft.Builder draft = OrderDraft.builder(Currency.getInstance("SEK"))
                .customer(CustomerId.of("0190f7a4-5c1e-7c3a-9f00-000000000001"));
        for (int i = 0; i < 5; i++) {
            draft.line(LineItemDraft.builder().description("Wine " + i).quantity(2).unitPrice("450.00")
                    .on(LocalDate.parse("2026-02-01")).build());
        }
        return draft.build();
    }
}
