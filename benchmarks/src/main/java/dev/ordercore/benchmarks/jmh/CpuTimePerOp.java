package dev.ordercore.benchmarks.jmh;

import org.openjdk.jmh.infra.Blackhole;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

/**
 * The CPU time this thread spends per operation of a benchmark, for comparing two versions on a
 * busy machine: JMH's ops/s count wall time, which other processes' load stretches, while thread
 * CPU time counts only the time the thread ran. Not a replacement for JMH (no forks, no dead-code
 * guards beyond a sink); use it when the machine cannot be made quiet.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.ordercore.benchmarks.jmh.CpuTimePerOp fold|admit-string|admit-number</pre>
 *
 * Runs 20,000 operations to warm up, then three rounds of 10,000, and prints microseconds of CPU per operation.
 */
public final class CpuTimePerOp {

    static volatile Object sink;

    private CpuTimePerOp() {
    }

    static void measure(String name, Supplier<Object> op) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 20_000; i++) {
            sink = op.get();
        }
        for (int round = 1; round <= 3; round++) {
            long start = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < 10_000; i++) {
                sink = op.get();
            }
            long cpu = mx.getCurrentThreadCpuTime() - start;
            System.out.printf("%-14s round %d: %8.1f us CPU/op%n", name, round, cpu / 1e3 / 10_000);
        }
    }

    public static void main(String[] args) {
        String what = args.length == 0 ? "" : args[0];
        switch (what) {
            case "fold" -> {
                HistoryFoldBenchmark.History h = new HistoryFoldBenchmark.History();
                h.entries = 1000;
                h.build();
                HistoryFoldBenchmark b = new HistoryFoldBenchmark();
                Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
                measure(what, () -> b.fold(h, bh));
            }
            case "admit-string", "admit-number" -> {
                IntentHashBenchmark.Intent s = new IntentHashBenchmark.Intent();
                s.prices = what.substring("admit-".length());
                s.parse();
                IntentHashBenchmark b = new IntentHashBenchmark();
                measure(what, () -> b.admit(s));
            }
            default -> {
                System.err.println("usage: CpuTimePerOp fold|admit-string|admit-number");
                System.exit(2);
            }
        }
    }
}
