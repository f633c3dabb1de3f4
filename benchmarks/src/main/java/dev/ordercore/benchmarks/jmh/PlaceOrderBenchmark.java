package dev.ordercore.benchmarks.jmh;

import dev.ordercore.adapter.inmemory.InMemoryStores;
import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.CalculationOfOrder;
import dev.ordercore.application.port.in.GetCalculationQuery;
import dev.ordercore.application.port.in.PlaceOrderCommand;
import dev.ordercore.application.port.in.TransitionOrderCommand;
import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderChange;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.OrderIds;
import dev.ordercore.domain.order.OrderNumber;
import dev.ordercore.domain.order.TransitionRequest;
import dev.ordercore.domain.pricing.OrderCalculation;
import dev.ordercore.domain.pricing.TaxPolicy;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.RoundingPolicy;
import dev.ordercore.domain.shared.Uuids;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static dev.ordercore.benchmarks.jmh.OrderFixture.OPERATOR;
import static dev.ordercore.benchmarks.jmh.OrderFixture.TENANT;
import static dev.ordercore.benchmarks.jmh.OrderFixture.ok;

/**
 * Issue 7, JMH item 1: place an order of 10 lines priced by the domain (R32, plus one R33 rule that
 * adds 5 charge lines), compute its calculation (R31) and confirm it (R13), as
 * {@link OrderFixture} describes.
 *
 * <ul>
 *   <li>{@code useCases}: through {@link OrderCore} on the in-memory adapter, what an embedding
 *       team pays: three transactions (place, read the calculation, confirm), the catalog and rule
 *       look-ups, the history, projections and outbox writes.</li>
 *   <li>{@code domain}: the same three steps straight on the domain ({@code Order.place},
 *       {@code OrderCalculation.of}, {@code Order.transition}), no store; and each step alone
 *       ({@code domainPlace}, {@code domainCalculate}, {@code domainConfirm}) to see which dominates.</li>
 * </ul>
 *
 * <p>State: the in-memory stores keep every order placed. They are made afresh (with the catalog,
 * through the use cases) before every iteration ({@code Level.Iteration}), so an iteration starts
 * from an empty store and only that iteration's orders accumulate; the stores' writes are hash
 * and tree maps, so their cost per order hardly depends on how many there are (to check: the
 * score should not fall from {@code -r 1s} to {@code -r 4s}). The domain benchmarks keep no state.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PlaceOrderBenchmark {

    /** 10 lines requested, 15 placed; what the placed order must add up to (checked before measuring). */
    static final BigDecimal EXPECTED_TOTAL = new BigDecimal("94750.00");

    @State(Scope.Thread)
    public static class InMemory {
        OrderCore core;
        OrderDraft draft;

        @Setup(Level.Iteration)
        public void freshStores() {
            core = InMemoryStores.create(Clock.systemUTC()).core();
            draft = OrderFixture.draft(OrderFixture.createThroughUseCases(core));
            Order placed = ok(core.placeOrder().place(new PlaceOrderCommand(OPERATOR, TENANT, draft)));
            checkPriced(placed);
        }
    }

    @State(Scope.Thread)
    public static class Domain {
        final Clock clock = Clock.systemUTC();
        final Uuids uuids = new Uuids(clock); // as OrderCore makes it: UUIDv7 from SecureRandom
        final LifecycleSet lifecycles = LifecycleSet.DEFAULT;
        final RoundingPolicy rounding = RoundingPolicy.DEFAULT;
        final TaxPolicy tax = TaxPolicy.DEFAULT;
        final OrderNumber number = OrderNumber.of("ORD", 2026, 1);
        CatalogSnapshot catalog;
        OrderDraft draft;
        /** A placed order for {@code domainCalculate} and {@code domainConfirm}. */
        Order placed;

        @Setup(Level.Trial)
        public void catalog() {
            OrderFixture.Snapshot snapshot = OrderFixture.createInDomain(clock.instant());
            catalog = snapshot.catalog();
            draft = OrderFixture.draft(snapshot.ids());
            placed = place(this).order();
            checkPriced(placed);
            Money total = ok(OrderCalculation.of(placed, lifecycles, tax, rounding, Map.of())).total();
            if (total.amount().compareTo(new BigDecimal("118437.50")) != 0) {
                throw new IllegalStateException("the calculation's total (25 % VAT) is " + total + ", not 118437.50 SEK");
            }
        }
    }

    static void checkPriced(Order placed) {
        if (placed.lineItems().size() != OrderFixture.PLACED_LINES || placed.lineItems().stream().filter(LineItem::isRuleCharge).count() != 5) {
            throw new IllegalStateException("expected 10 priced lines and 5 rule charges, got " + placed.lineItems());
        }
        Money total = placed.total(LifecycleSet.DEFAULT);
        if (total.amount().compareTo(EXPECTED_TOTAL) != 0) {
            throw new IllegalStateException("the order totals " + total + ", not " + EXPECTED_TOTAL + " SEK: the klass prices were not applied");
        }
    }

    static OrderChange place(Domain s) {
        return ok(Order.place(new Order.Placement(TENANT, OrderId.next(s.uuids), s.number, s.draft, s.catalog, s.rounding,
                s.lifecycles, OrderIds.fresh(s.uuids), Optional.empty(), OPERATOR, s.clock.instant())));
    }

    @Benchmark
    public Order useCases(InMemory s, Blackhole bh) {
        Order placed = ok(s.core.placeOrder().place(new PlaceOrderCommand(OPERATOR, TENANT, s.draft)));
        CalculationOfOrder calculation = ok(s.core.getCalculation().get(new GetCalculationQuery(OPERATOR, TENANT, placed.id())));
        bh.consume(calculation);
        return ok(s.core.transitionOrder().transition(new TransitionOrderCommand(OPERATOR, TENANT, placed.id(), "CONFIRMED",
                Optional.empty(), false, Optional.of(placed.version()))));
    }

    @Benchmark
    public OrderChange domain(Domain s, Blackhole bh) {
        OrderChange placed = place(s);
        bh.consume(placed);
        bh.consume(ok(OrderCalculation.of(placed.order(), s.lifecycles, s.tax, s.rounding, Map.of())));
        Instant now = s.clock.instant();
        return ok(placed.order().transition(TransitionRequest.to("CONFIRMED", OPERATOR), s.lifecycles, OrderIds.fresh(s.uuids), now));
    }

    @Benchmark
    public OrderChange domainPlace(Domain s) {
        return place(s);
    }

    @Benchmark
    public OrderCalculation domainCalculate(Domain s) {
        return ok(OrderCalculation.of(s.placed, s.lifecycles, s.tax, s.rounding, Map.of()));
    }

    @Benchmark
    public OrderChange domainConfirm(Domain s) {
        return ok(s.placed.transition(TransitionRequest.to("CONFIRMED", OPERATOR), s.lifecycles, OrderIds.fresh(s.uuids),
                s.clock.instant()));
    }
}
