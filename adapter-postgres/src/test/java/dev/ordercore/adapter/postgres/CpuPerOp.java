package dev.ordercore.adapter.postgres;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.GetStatusesQuery;
import dev.ordercore.application.port.in.ListOrdersQuery;
import dev.ordercore.application.port.in.PlaceOrderCommand;
import dev.ordercore.application.port.out.OrderFilter;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.access.Role;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A CPU measurement, not a test: it asserts nothing about speed and is not run by the build (its
 * name matches neither *Test nor *IT). It measures this thread's CPU time per operation through the
 * stores, no HTTP: placing a 5-line order, reading an order's statuses, listing a page of 50
 * orders. Run it with
 * {@code ./mvnw -o -pl adapter-postgres verify -Dtest='NoSuch*' -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=CpuPerOp}
 * ({@code -Dcpu.ops=N}: N of each measured after N of each as warm-up, default 3000); a JFR of it:
 * add {@code -DargLine="-XX:FlightRecorderOptions:stackdepth=256 -XX:StartFlightRecording=filename=/tmp/cpu.jfr,settings=profile"},
 * then {@code jfr print --events jdk.ExecutionSample /tmp/cpu.jfr}.
 * The CPU time is the calling thread's (ThreadMXBean), so it includes the JDBC driver's work on
 * this thread but not PostgreSQL's.
 */
class CpuPerOp {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void cpu_per_operation() {
        int ops = Integer.getInteger("cpu.ops", 3000);
        OrderCore core = PostgresTestDatabase.forClass(CpuPerOp.class).freshStores(Clock.systemUTC()).core();
        TenantId tenant = TenantId.of("tenant-cpu");
        Principal ann = Principal.user("ann", tenant, Role.OPERATOR);
        List<Order> placed = new ArrayList<>();
        measure("warm-up", ops, core, ann, tenant, placed);
        measure("measured", ops, core, ann, tenant, placed);
    }

    private static void measure(String phase, int ops, OrderCore core, Principal ann, TenantId tenant, List<Order> placed) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < ops; i++) {
            placed.add(core.placeOrder().place(new PlaceOrderCommand(ann, tenant, draft()))
                    .orElseThrow(e -> new IllegalStateException(e.message())));
        }
        long placeCpu = THREADS.getCurrentThreadCpuTime() - cpu;
        cpu = THREADS.getCurrentThreadCpuTime();
        int statuses = 0;
        for (int i = 0; i < ops; i++) {
            Order o = placed.get(placed.size() - 1 - i);
            statuses += core.statuses().statuses(new GetStatusesQuery(ann, tenant, o.id()))
                    .orElseThrow(e -> new IllegalStateException(e.message())).latestPerModule().size();
        }
        long statusesCpu = THREADS.getCurrentThreadCpuTime() - cpu;
        cpu = THREADS.getCurrentThreadCpuTime();
        int listed = 0;
        for (int i = 0; i < ops; i++) {
            listed += core.listOrders().list(new ListOrdersQuery(ann, tenant, OrderFilter.ALL, 50, Optional.empty()))
                    .orElseThrow(e -> new IllegalStateException(e.message())).items().size();
        }
        long listCpu = THREADS.getCurrentThreadCpuTime() - cpu;
        System.out.printf("CpuPerOp %s ops=%d cpu ms/op: place(5 lines)=%.3f statuses=%.3f list(50)=%.3f (entries %d, listed %d)%n",
                phase, ops, placeCpu / 1e6 / ops, statusesCpu / 1e6 / ops, listCpu / 1e6 / ops, statuses, listed);
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
