package dev.ordercore.benchmarks.jmh;

import dev.ordercore.domain.intent.IntentContract;
import dev.ordercore.domain.intent.IntentLimits;
import dev.ordercore.domain.intent.OrderIntent;
import dev.ordercore.domain.intent.PayloadHash;
import dev.ordercore.domain.json.CanonicalJson;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.shared.Result;
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

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Issue 7, JMH item 3: the canonical form and hash of a 50-line intent (R21).
 *
 * <p>The payload is an intent of contract version 1 with 50 lines (the default limit, R25), each
 * with a ref, a product, a description (some not ASCII), a quantity, a unit price and a date, and
 * stated totals: about 11 KB of canonical JSON. {@code prices} says how the source wrote money:
 * as JSON strings ({@code "17.35"}) or as JSON numbers ({@code 17.35}), which RFC 8785 must
 * rewrite as the shortest double (the number path of {@code CanonicalJson}).
 *
 * <ul>
 *   <li>{@code canonical}: the RFC 8785 bytes alone;</li>
 *   <li>{@code hash}: {@code PayloadHash.of}, canonical bytes plus SHA-256 (R21);</li>
 *   <li>{@code admit}: {@code IntentContract.admit}, what intake runs on every submitted intent
 *       before it looks anything up: the hash plus the R25 checks (size of the canonical form, depth,
 *       U+0000, identity, contract version, line count).</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IntentHashBenchmark {

    static final int LINES = 50;

    @State(Scope.Benchmark)
    public static class Intent {
        @Param({"string", "number"})
        public String prices;

        JsonValue payload;

        @Setup(Level.Trial)
        public void parse() {
            payload = JsonValue.parse(text(prices.equals("number")));
            IntentContract.Admission admission = OrderFixture.ok(IntentContract.admit(payload, IntentLimits.DEFAULT));
            Result<OrderIntent, ?> read = IntentContract.read(admission);
            if (read.isErr() || read.value().order().lineItems().size() != LINES) {
                throw new IllegalStateException("the benchmark intent does not read: " + read);
            }
            if (!admission.payloadHash().equals(PayloadHash.of(JsonValue.parse(text(prices.equals("number")))))) {
                throw new IllegalStateException("hashing is not deterministic");
            }
        }
    }

    /** The intent as a source would send it; {@code numbers}: prices as JSON numbers rather than strings. */
    static String text(boolean numbers) {
        StringBuilder s = new StringBuilder(16 * 1024);
        s.append("{\"intentId\":\"bench-intent-0001\",\"sourceSystem\":\"channel.shopify\",\"contractVersion\":1,")
                .append("\"externalOrderId\":\"#100234\",\"customerRef\":\"0190f7a4-5c1e-7c3a-9f00-000000000001\",")
                .append("\"currency\":\"SEK\",\"notes\":\"Leverera till bakre entrén, port 3\",\"lineItems\":[");
        long cents = 0;
        for (int i = 0; i < LINES; i++) {
            long unitCents = 1000 + 735L * i + (i % 3 == 0 ? 5 : 0);
            int quantity = 1 + i % 12;
            cents += unitCents * quantity;
            if (i > 0) {
                s.append(',');
            }
            s.append("{\"ref\":\"line-").append(i).append("\",")
                    .append(String.format(Locale.ROOT, "\"productId\":\"0190f7a4-5c1e-7c3a-9f00-%012d\",", 1000 + i))
                    .append("\"description\":\"").append(i % 4 == 0 ? "Château Lafleur Rosé " : "Chablis Premier Cru ").append(2000 + i % 23)
                    .append("\",\"quantity\":").append(quantity)
                    .append(",\"unitPrice\":").append(money(unitCents, numbers))
                    .append(",\"on\":\"2026-02-").append(String.format(Locale.ROOT, "%02d", 1 + i % 28)).append("\"}");
        }
        s.append("],\"totals\":{\"subtotal\":").append(money(cents, numbers)).append("},")
                .append("\"submittedAt\":\"2026-01-14T10:00:00Z\"}");
        return s.toString();
    }

    private static String money(long cents, boolean number) {
        String decimal = String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
        return number ? decimal : '"' + decimal + '"';
    }

    @Benchmark
    public byte[] canonical(Intent s) {
        return CanonicalJson.utf8(s.payload);
    }

    @Benchmark
    public PayloadHash hash(Intent s) {
        return PayloadHash.of(s.payload);
    }

    @Benchmark
    public Object admit(Intent s) {
        return OrderFixture.ok(IntentContract.admit(s.payload, IntentLimits.DEFAULT));
    }

    /** The canonical size, for the docs. */
    public static void main(String[] args) {
        for (boolean numbers : new boolean[] {false, true}) {
            String text = text(numbers);
            System.out.println((numbers ? "number" : "string") + " prices: " + text.getBytes(StandardCharsets.UTF_8).length
                    + " bytes sent, " + CanonicalJson.utf8(JsonValue.parse(text)).length + " canonical");
        }
    }
}
