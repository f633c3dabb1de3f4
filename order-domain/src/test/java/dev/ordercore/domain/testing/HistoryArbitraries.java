package dev.ordercore.domain.testing;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.LineItemId;
import dev.ordercore.domain.order.LineRef;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusEntries;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.order.TransitionRequest;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Histories of orders (seed 004): placed orders on which random sequences of transitions of the
 * order and its lines, cancellations, adjustments, module entries (INFO, WARNING, BLOCKING) and
 * closings were played through the order's own methods, so every entry in the history is one the
 * domain wrote or accepted. Refused steps change nothing and are kept with their refusal.
 */
public final class HistoryArbitraries {

    /** The most steps played on one order. */
    public static final int MAX_STEPS = 20;
    /** The status namespaces the generated module writer owns (R18). */
    public static final List<String> MODULES = List.of("inventory", "billing", "payments", "procurement");
    /** Statuses modules write, as in seed 004's scenarios. */
    public static final List<String> STATUSES = List.of("reserved", "reservation_backordered", "captured", "authorized",
            "invoice_sent", "po_created", "manual_review");

    private HistoryArbitraries() {
    }

    /** The module writer of {@code tenant} that owns {@link #MODULES}. */
    public static Principal moduleWriter(TenantId tenant) {
        return Principal.moduleWriter("modules@" + tenant, tenant, MODULES.toArray(String[]::new));
    }

    /** Stories of orders from {@link OrderArbitraries#placedOrders()}. */
    public static Arbitrary<OrderStory> stories() {
        return stories(OrderArbitraries.placedOrders());
    }

    /** Stories of the given orders: up to {@link #MAX_STEPS} steps each. */
    public static Arbitrary<OrderStory> stories(Arbitrary<PlacedOrder> orders) {
        return orders.flatMap(p -> steps(p.setup()).list().ofMaxSize(MAX_STEPS).map(steps -> play(p, steps)));
    }

    /** Steps for orders of {@code setup}; module writes, BLOCKING ones included, are frequent. */
    public static Arbitrary<Step> steps(TenantSetup s) {
        Arbitrary<Integer> choice = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        Arbitrary<Boolean> rarely = Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true));
        Arbitrary<Boolean> coin = Arbitraries.of(true, false);
        Arbitrary<Step> moveOrder = Combinators.combine(choice, rarely, rarely, coin).as(Step.MoveOrder::new);
        Arbitrary<Step> moveLine = Combinators.combine(choice, choice, rarely, rarely, coin).as(Step.MoveLine::new);
        Arbitrary<Step> cancel = coin.map(Step.CancelOrder::new);
        Arbitrary<Step> adjust = Combinators.combine(choice.list().ofMaxSize(2), OrderArbitraries.lineDrafts(s)
                        .map(OrderArbitraries.IntendedLine::draft).list().ofMaxSize(2), coin)
                .as(Step.Adjust::new);
        Arbitrary<OptionalInt> line = choice.optional(0.4).map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty()));
        Arbitrary<Step> write = Combinators.combine(Arbitraries.of(MODULES), Arbitraries.of(STATUSES),
                        Arbitraries.frequency(Tuple.of(3, Severity.INFO), Tuple.of(2, Severity.WARNING), Tuple.of(3, Severity.BLOCKING)),
                        line, Arbitraries.frequency(Tuple.of(3, 0), Tuple.of(1, 90), Tuple.of(1, 5)),
                        Arbitraries.of("k1", "k2", "k3").optional(0.3))
                .as(Step.Write::new);
        Arbitrary<Step> close = Combinators.combine(choice, Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false))).as(Step.Close::new);
        return Arbitraries.frequencyOf(
                Tuple.of(8, moveOrder),
                Tuple.of(8, moveLine),
                Tuple.of(2, cancel),
                Tuple.of(3, adjust),
                Tuple.of(10, write),
                Tuple.of(6, close),
                Tuple.of(1, Arbitraries.just(new Step.Delete())));
    }

    /** Plays {@code steps} on {@code placed}, one after the other, each on the journal the one before left. */
    public static OrderStory play(PlacedOrder placed, List<Step> steps) {
        OrderJournal journal = placed.journal();
        List<OrderStory.Played> played = new ArrayList<>();
        for (Step step : steps) {
            Resolved r = resolve(placed.setup(), journal, step);
            Result<OrderJournal, OrderError> outcome = r.run();
            played.add(new OrderStory.Played(step, r.description(), outcome.isOk() ? Optional.empty() : Optional.of(outcome.error().code())));
            if (outcome.isOk()) {
                journal = outcome.value();
            }
            journal = journal.later(Duration.ofMinutes(1));
        }
        return new OrderStory(placed, played, journal);
    }

    private record Resolved(String description, java.util.function.Supplier<Result<OrderJournal, OrderError>> command) {
        Result<OrderJournal, OrderError> run() {
            return command.get();
        }
    }

    private static Resolved resolve(TenantSetup s, OrderJournal j, Step step) {
        Order order = j.order();
        Principal operator = s.operator();
        if (step instanceof Step.MoveOrder m) {
            String target = target(j.lifecycles().named(order.lifecycle()), order.status(), m.choice(), m.outside());
            TransitionRequest request = request(s, target, m.force(), m.admin());
            return new Resolved("order " + order.status() + " → " + target + flags(m.force(), m.admin()), () -> j.transition(request));
        }
        if (step instanceof Step.MoveLine m) {
            LineItem line = order.lineItems().get(m.line() % order.lineItems().size());
            String target = target(j.lifecycles().named(line.lifecycle()), line.status(), m.choice(), m.outside());
            TransitionRequest request = request(s, target, m.force(), m.admin());
            return new Resolved("line " + line.ref().orElse(line.id().toString()) + " " + line.status() + " → " + target
                    + flags(m.force(), m.admin()), () -> j.transitionLine(line.id(), request));
        }
        if (step instanceof Step.CancelOrder c) {
            Optional<String> cancel = j.lifecycles().named(order.lifecycle()).cancelState();
            String target = cancel.orElse(LifecycleArbitraries.NOT_A_STATE);
            TransitionRequest request = TransitionRequest.to(target, "customer cancelled", c.admin() ? s.admin() : operator);
            return new Resolved("cancel order " + order.status() + " → " + target, () -> j.transition(request));
        }
        if (step instanceof Step.Adjust a) {
            List<LineItemId> cancel = a.cancel().stream().map(i -> order.lineItems().get(i % order.lineItems().size()).id()).toList();
            List<LineItemDraft> add = a.add();
            if (a.modifyExisting() && !add.isEmpty()) {
                List<LineItemDraft> modified = new ArrayList<>(add);
                modified.set(0, add.get(0).toBuilder().modifies(LineRef.id(order.lineItems().get(0).id())).build());
                add = modified;
            }
            Order.Adjustment adjustment = new Order.Adjustment(add, cancel, "customer called", operator);
            return new Resolved("adjust: cancel " + cancel.size() + ", add " + add.size(),
                    () -> j.adjust(adjustment, s.catalog(), s.rounding()));
        }
        if (step instanceof Step.Write w) {
            Optional<LineItemId> line = w.line().isPresent()
                    ? Optional.of(order.lineItems().get(w.line().getAsInt() % order.lineItems().size()).id())
                    : Optional.empty();
            Optional<Instant> recordedAt = w.backdateMinutes() == 0
                    ? Optional.empty()
                    : Optional.of(j.now().minus(Duration.ofMinutes(w.backdateMinutes())));
            StatusEntries.Request request = new StatusEntries.Request(line, w.module() + ":" + w.status(), Optional.of("fulfillment"),
                    w.severity(), JsonObject.builder().put("at", j.now().toString()).build(), recordedAt, w.dedupeKey(), Optional.empty());
            return new Resolved("write " + w.module() + ":" + w.status() + " " + w.severity() + line.map(l -> " on a line").orElse(""),
                    () -> j.write(request, moduleWriter(s.tenant())));
        }
        if (step instanceof Step.Close c) {
            List<StatusEntry> open = j.openEntries().stream().filter(e -> !e.code().isOrder()).toList();
            List<StatusEntry> blocking = open.stream().filter(StatusEntry::isBlocking).toList();
            List<StatusEntry> pool = c.blockingFirst() && !blocking.isEmpty() ? blocking : open;
            if (pool.isEmpty()) {
                return new Resolved("close: nothing open", () -> Result.ok(j));
            }
            StatusEntry closed = pool.get(c.choice() % pool.size());
            return new Resolved("close " + closed.code() + " " + closed.severity(),
                    () -> j.close(closed.id(), Optional.of("resolved"), moduleWriter(s.tenant())));
        }
        return new Resolved("delete", () -> j.delete("duplicate order", operator));
    }

    private static String target(Lifecycle lifecycle, String from, int choice, boolean outside) {
        List<String> allowed = List.copyOf(lifecycle.allowedFrom(from));
        List<String> pool = outside || allowed.isEmpty() ? LifecycleArbitraries.outside(lifecycle, from) : allowed;
        return pool.get(choice % pool.size());
    }

    private static TransitionRequest request(TenantSetup s, String target, boolean force, boolean admin) {
        Principal actor = admin ? s.admin() : s.operator();
        return force ? TransitionRequest.forced(target, "the customer needs it today", actor) : TransitionRequest.to(target, actor);
    }

    private static String flags(boolean force, boolean admin) {
        return (force ? " forced" : "") + (admin ? " by admin" : "");
    }

    public static final class Stories implements ArbitrarySupplier<OrderStory> {
        @Override
        public Arbitrary<OrderStory> get() {
            return stories();
        }
    }
}
