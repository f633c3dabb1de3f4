package dev.ordercore.benchmarks.jmh;

import dev.ordercore.adapter.inmemory.InMemoryStores;
import dev.ordercore.application.OrderCore;
import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.AppendStatusEntryCommand;
import dev.ordercore.application.port.in.CloseStatusEntryCommand;
import dev.ordercore.application.port.in.GetStatusesQuery;
import dev.ordercore.application.port.in.OrderStatuses;
import dev.ordercore.application.port.in.PlaceOrderCommand;
import dev.ordercore.application.port.in.TransitionLineItemCommand;
import dev.ordercore.application.port.in.TransitionOrderCommand;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemId;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusEntries;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.order.StatusHistory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static dev.ordercore.benchmarks.jmh.OrderFixture.ADMIN;
import static dev.ordercore.benchmarks.jmh.OrderFixture.OPERATOR;
import static dev.ordercore.benchmarks.jmh.OrderFixture.TENANT;
import static dev.ordercore.benchmarks.jmh.OrderFixture.ok;

/**
 * Issue 7, JMH item 2: fold a history of {@code entries} (1,000) entries into an order's statuses.
 *
 * <p>The history is made once per trial through the use cases, so every entry is one the model
 * accepts: the 15-line order of {@link OrderFixture} walks its whole lifecycle (order PENDING to
 * COMPLETED, every line PENDING to DELIVERED: 7 + 60 transition entries), and five module
 * namespaces write the rest, INFO, WARNING and BLOCKING entries on the order and on its lines
 * (every BLOCKING entry closed by a {@code <ns>:closed} entry, except the last three, which stay
 * open), half of them with dedupe keys.
 *
 * <ul>
 *   <li>{@code fold}: what the domain does to recompute every projection from scratch (R14, R20):
 *       {@code StatusHistory.of} (sort by arrival, check ids), {@code project} (the order's status
 *       and each line's, folded through their lifecycles, and the open BLOCKING entries) and
 *       {@code latestPerModule} (seed 004's newest entry per module); all that GET /statuses shows.</li>
 *   <li>{@code statusesUseCase}: GET /orders/{id}/statuses as the application serves it on the
 *       in-memory adapter, which keeps the projections incrementally and folds nothing.</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HistoryFoldBenchmark {

    private static final String[] MODULES = {"inventory", "billing", "shipping", "payments", "notifications"};
    private static final int OPEN_BLOCKS_AT_END = 3;

    @State(Scope.Benchmark)
    public static class History {
        @Param("1000")
        public int entries;

        OrderCore core;
        Order order;
        OrderId orderId;
        List<StatusEntry> stored;
        final LifecycleSet lifecycles = LifecycleSet.DEFAULT;

        @Setup(Level.Trial)
        public void build() {
            InMemoryStores stores = InMemoryStores.create(Clock.systemUTC());
            core = stores.core();
            OrderCorePorts ports = stores.ports();
            Order placed = ok(core.placeOrder().place(new PlaceOrderCommand(OPERATOR, TENANT,
                    OrderFixture.draft(OrderFixture.createThroughUseCases(core)))));
            orderId = placed.id();
            new Writer(core, ports, placed, entries).run();
            order = ports.orders().find(TENANT, orderId).orElseThrow();
            stored = ports.history().history(TENANT, orderId).entries();
            check();
        }

        private void check() {
            if (stored.size() != entries) {
                throw new IllegalStateException("the history has " + stored.size() + " entries, not " + entries);
            }
            StatusHistory.Projection projection = ok(StatusHistory.of(orderId, stored).project(order, lifecycles));
            if (!projection.equals(StatusHistory.Projection.of(order)) || !order.status().equals("COMPLETED")
                    || projection.openBlocks().size() != OPEN_BLOCKS_AT_END) {
                throw new IllegalStateException("the fold does not give the stored projections (R20): " + projection);
            }
        }
    }

    /** Writes the history through the use cases, spreading the lifecycle steps over it. */
    private static final class Writer {
        private final OrderCore core;
        private final OrderCorePorts ports;
        private final OrderId id;
        private final List<LineItemId> lines;
        private final int size;
        private final Principal modules = Principal.moduleWriter("bench-modules", TENANT, MODULES);
        private int written;

        Writer(OrderCore core, OrderCorePorts ports, Order placed, int size) {
            this.core = core;
            this.ports = ports;
            this.id = placed.id();
            this.lines = placed.lineItems().stream().map(LineItem::id).toList();
            this.size = size;
        }

        void run() {
            // {fraction of the history written before the step, step}; order: and line: steps in lifecycle order.
            Object[][] steps = {
                    {0.05, "order:CONFIRMED"}, {0.10, "lines:CONFIRMED"}, {0.20, "order:PAID"}, {0.30, "lines:ALLOCATED"},
                    {0.40, "order:PREPARING"}, {0.50, "lines:SHIPPED"}, {0.55, "order:SHIPPED"}, {0.65, "lines:DELIVERED"},
                    {0.70, "order:DELIVERED"}, {0.80, "order:COMPLETED"}};
            for (Object[] step : steps) {
                moduleEntriesUntil((int) ((double) step[0] * size));
                String[] what = ((String) step[1]).split(":");
                if (what[0].equals("order")) {
                    ok(core.transitionOrder().transition(new TransitionOrderCommand(OPERATOR, TENANT, id, what[1],
                            Optional.empty(), false, Optional.empty())));
                } else {
                    for (LineItemId line : lines) {
                        ok(core.transitionLineItem().transition(new TransitionLineItemCommand(OPERATOR, TENANT, id, line, what[1],
                                Optional.empty(), false, Optional.empty())));
                    }
                }
            }
            moduleEntriesUntil(size - OPEN_BLOCKS_AT_END);
            for (int i = 0; i < OPEN_BLOCKS_AT_END; i++) {
                append(MODULES[i] + ":on_hold", Severity.BLOCKING, Optional.of(lines.get(i)), Optional.empty());
            }
        }

        private int count() {
            return ports.history().history(TENANT, id).size();
        }

        /** Module entries until the history holds {@code target}: mostly INFO, some WARNING, BLOCKING ones closed at once. */
        private void moduleEntriesUntil(int target) {
            int n = count();
            while (n < target) {
                int i = written++;
                String module = MODULES[i % MODULES.length];
                Optional<LineItemId> line = i % 3 == 0 ? Optional.empty() : Optional.of(lines.get(i % lines.size()));
                Optional<String> dedupe = i % 2 == 0 ? Optional.of(module + "-" + i) : Optional.empty();
                if (i % 10 == 9 && n + 2 <= target) {
                    StatusEntry block = append(module + ":needs_attention", Severity.BLOCKING, line, dedupe);
                    ok(core.closeStatusEntry().close(new CloseStatusEntryCommand(modules, TENANT, id, block.id(),
                            Optional.of("resolved"), Optional.empty())));
                    n += 2;
                } else {
                    append(module + (i % 7 == 0 ? ":delayed" : ":progress"), i % 7 == 0 ? Severity.WARNING : Severity.INFO, line, dedupe);
                    n += 1;
                }
            }
        }

        private StatusEntry append(String code, Severity severity, Optional<LineItemId> line, Optional<String> dedupe) {
            JsonObject payload = JsonObject.builder().put("step", written).put("note", "benchmark entry " + written).build();
            return ok(core.appendStatusEntry().append(new AppendStatusEntryCommand(modules, TENANT, id, new StatusEntries.Request(line,
                    code, Optional.of("fulfillment"), severity, payload, Optional.empty(), dedupe, Optional.empty()))));
        }
    }

    @Benchmark
    public Map<String, StatusEntry> fold(History h, Blackhole bh) {
        StatusHistory history = StatusHistory.of(h.orderId, h.stored);
        bh.consume(ok(history.project(h.order, h.lifecycles)));
        return history.latestPerModule();
    }

    @Benchmark
    public OrderStatuses statusesUseCase(History h) {
        return ok(h.core.statuses().statuses(new GetStatusesQuery(ADMIN, TENANT, h.orderId)));
    }
}
