package dev.ordercore.domain.order;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonBoolean;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.testing.HistoryArbitraries;
import dev.ordercore.domain.testing.LifecycleArbitraries;
import dev.ordercore.domain.testing.LifecycleDriver;
import dev.ordercore.domain.testing.OrderArbitraries;
import dev.ordercore.domain.testing.OrderJournal;
import dev.ordercore.domain.testing.OrderStory;
import dev.ordercore.domain.testing.PlacedOrder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders and lines moving along their lifecycles (R13-R16), checked on random histories: orders
 * placed with default, rental and generated lifecycles, then moved, cancelled, adjusted, blocked
 * and unblocked by the steps of {@link HistoryArbitraries}.
 */
@StatisticsReport(onFailureOnly = true)
class OrderTransitionsProperties {

    /** The order itself ({@code line} empty) or one of its lines. */
    record Subject(Optional<LineItem> line) {
        static Subject pick(Order order, int pick) {
            int n = order.lineItems().size() + 1;
            int i = pick % n;
            return new Subject(i == 0 ? Optional.empty() : Optional.of(order.lineItems().get(i - 1)));
        }

        String status(Order order) {
            return line.map(l -> order.line(l.id()).orElseThrow().status()).orElse(order.status());
        }

        Lifecycle lifecycle(Order order, LifecycleSet set) {
            return set.named(line.map(LineItem::lifecycle).orElse(order.lifecycle()));
        }

        Result<OrderJournal, OrderError> move(OrderJournal j, TransitionRequest request) {
            return line.isPresent() ? j.transitionLine(line.get().id(), request) : j.transition(request);
        }

        String name() {
            return line.isPresent() ? "line" : "order";
        }
    }

    @Provide
    Arbitrary<OrderStory> stories() {
        return HistoryArbitraries.stories();
    }

    @Group
    @Label("R13 the table")
    class Table {

        @Property(tries = 150)
        @Label("R13 a transition is refused exactly when the table does not allow it, naming current, requested and allowed states, and nothing is written")
        void a_transition_is_refused_exactly_when_outside_the_table(@ForAll("stories") OrderStory story,
                                                                   @ForAll @IntRange(min = 0, max = 10_000) int who,
                                                                   @ForAll @IntRange(min = 0, max = 10_000) int where) {
            OrderJournal j = story.journal();
            Order order = story.order();
            Subject subject = Subject.pick(order, who);
            Lifecycle l = subject.lifecycle(order, j.lifecycles());
            String current = subject.status(order);
            List<String> candidates = new ArrayList<>(l.states());
            candidates.add(LifecycleArbitraries.NOT_A_STATE);
            String requested = candidates.get(where % candidates.size());
            boolean inTable = l.allows(current, requested);

            Result<OrderJournal, OrderError> moved = subject.move(j, TransitionRequest.forced(requested, "tested", story.setup().admin()));

            Statistics.label("R13 transition").collect(inTable ? "in the table" : "outside the table");
            Statistics.label("R13 transition").coverage(c -> {
                c.check("in the table").count(n -> n > 0);
                c.check("outside the table").count(n -> n > 0);
            });
            if (order.isDeleted()) {
                assertThat(moved.error()).isInstanceOf(OrderError.OrderDeleted.class);
            } else if (!inTable) {
                assertThat(moved.error()).isEqualTo(new OrderError.TransitionNotAllowed(
                        subject.line().map(line -> "line item " + line.id()).orElse("order " + order.number()),
                        current, requested, List.copyOf(l.allowedFrom(current))));
                assertThat(story.journal().order()).isSameAs(order);
            } else if (moved.isOk()) {
                assertThat(subject.status(moved.value().order())).isEqualTo(requested);
            } else {
                assertThat(moved.error()).isInstanceOf(OrderError.LinesNotDone.class);
            }
        }
    }

    @Group
    @Label("R14 the history tells the status")
    class History {

        @Property(tries = 150)
        @Label("R14 folding the history through its lifecycle gives the current status of the order and of every line")
        void folding_the_history_gives_the_status_of_the_order_and_every_line(@ForAll("stories") OrderStory story) {
            Order order = story.order();
            StatusHistory history = story.history();
            LifecycleSet set = story.setup().lifecycles();

            Statistics.label("R14 order ends").collect(order.status().equals(set.named(order.lifecycle()).initial()) ? "initial" : "moved");
            assertThat(history.orderStatus(set.named(order.lifecycle())).value()).isEqualTo(order.status());
            for (LineItem line : order.lineItems()) {
                Statistics.label("R14 line ends").collect(line.status().equals(set.named(line.lifecycle()).initial()) ? "initial" : "moved");
                assertThat(history.lineStatus(line.id(), set.named(line.lifecycle())).value()).as("line %s", line.id())
                        .isEqualTo(line.status());
            }
            Statistics.label("R14 order ends").coverage(c -> c.check("moved").count(n -> n > 0));
            Statistics.label("R14 line ends").coverage(c -> c.check("moved").count(n -> n > 0));
        }

        @Property(tries = 150)
        @Label("R14 an accepted transition appends exactly one order:<state> entry, with the line's id when a line moved")
        void an_accepted_transition_appends_one_entry_for_the_state_entered(@ForAll("stories") OrderStory story,
                                                                          @ForAll @IntRange(min = 0, max = 10_000) int who,
                                                                          @ForAll @IntRange(min = 0, max = 10_000) int where) {
            OrderJournal j = story.journal();
            Order order = story.order();
            Subject subject = Subject.pick(order, who);
            Lifecycle l = subject.lifecycle(order, j.lifecycles());
            List<String> exits = List.copyOf(l.allowedFrom(subject.status(order)));
            String target = exits.isEmpty() ? LifecycleArbitraries.NOT_A_STATE : exits.get(where % exits.size());

            Result<OrderJournal, OrderError> moved = subject.move(j, TransitionRequest.forced(target, "tested", story.setup().admin()));

            Statistics.label("R14 transition").collect(subject.name(), moved.isOk() ? "accepted" : "refused");
            if (moved.isErr()) {
                // forced by an admin, an allowed step is held back only by unfinished lines or a deleted order
                assertThat(moved.error()).isInstanceOfAny(OrderError.LinesNotDone.class, OrderError.OrderDeleted.class,
                        OrderError.TransitionNotAllowed.class);
                assertThat(moved.error() instanceof OrderError.TransitionNotAllowed).isEqualTo(exits.isEmpty() && !order.isDeleted());
                return;
            }
            List<StatusEntry> added = moved.value().history().entries().subList(j.history().size(), moved.value().history().size());
            List<StatusEntry> own = added.stream()
                    .filter(e -> e.code().isTransition() && e.lineItem().equals(subject.line().map(LineItem::id)))
                    .toList();
            assertThat(own).singleElement().satisfies(e -> {
                assertThat(e.code()).isEqualTo(StatusCode.entered(target));
                assertThat(e.code().toString()).isEqualTo("order:" + target.toLowerCase());
                assertThat(e.payload().get("from")).contains(new JsonString(subject.status(order)));
                assertThat(e.payload().get("to")).contains(new JsonString(target));
            });
            boolean cancelsOrder = subject.line().isEmpty() && l.cancelsLines(target);
            if (!cancelsOrder) {
                assertThat(added).hasSize(1);
            } else {
                // the cascade: one entry per line cancelled, and a WARNING naming the lines that could not be (R16)
                assertThat(added.subList(1, added.size())).allSatisfy(e ->
                        assertThat(e.lineItem().isPresent() || e.code().equals(StatusCode.CANCEL_INCOMPLETE)).isTrue());
            }
        }

        @Property(tries = 100)
        @Label("R14 an adjustment appends order:manually_adjusted and moves nothing but the lines it cancels")
        void an_adjustment_records_itself_and_moves_only_the_lines_it_cancels(@ForAll("stories") OrderStory story,
                                                                            @ForAll @IntRange(min = 0, max = 10_000) int pick) {
            OrderJournal j = story.journal();
            Order order = story.order();
            LineItem line = order.lineItems().get(pick % order.lineItems().size());
            Order.Adjustment cancelOne = new Order.Adjustment(List.of(), List.of(line.id()), "customer changed mind", story.setup().operator());

            Result<OrderJournal, OrderError> adjusted = j.adjust(cancelOne, story.setup().catalog(), story.setup().rounding());

            Statistics.collect(adjusted.isOk() ? "adjusted" : adjusted.error().code());
            if (adjusted.isErr()) {
                Lifecycle ll = j.lifecycles().named(line.lifecycle());
                boolean cancellable = ll.cancelState().filter(c -> ll.allows(line.status(), c)).isPresent();
                if (order.isDeleted()) {
                    assertThat(adjusted.error()).isInstanceOf(OrderError.OrderDeleted.class);
                } else if (j.lifecycles().named(order.lifecycle()).isTerminal(order.status())) {
                    assertThat(adjusted.error()).isInstanceOf(OrderError.OrderNotAdjustable.class);
                } else {
                    assertThat(cancellable).isFalse();
                    assertThat(DraftEdits.violations(adjusted)).containsExactly("cancel[0] not_cancellable");
                }
                return;
            }
            Order after = adjusted.value().order();
            List<StatusEntry> added = adjusted.value().history().entries().subList(j.history().size(), adjusted.value().history().size());
            assertThat(added).extracting(e -> e.code().toString())
                    .containsExactly("order:" + j.lifecycles().named(line.lifecycle()).cancelState().orElseThrow().toLowerCase(),
                            "order:manually_adjusted");
            assertThat(after.status()).isEqualTo(order.status());
            for (LineItem other : order.lineItems()) {
                if (!other.id().equals(line.id())) {
                    assertThat(after.line(other.id()).orElseThrow().status()).isEqualTo(other.status());
                }
            }
        }
    }

    @Group
    @Label("R15 blocks")
    class Blocks {

        @Property(tries = 200)
        @Label("R15 an open BLOCKING entry refuses forward transitions unless an admin forces them with a reason; stop states pass")
        void blocking_entries_hold_back_forward_transitions_unless_forced_by_an_admin(
                @ForAll("stories") OrderStory story,
                @ForAll @IntRange(min = 0, max = 10_000) int who,
                @ForAll @IntRange(min = 0, max = 10_000) int where,
                @ForAll boolean force, @ForAll boolean admin, @ForAll boolean block, @ForAll boolean onTheLine) {
            OrderJournal j = story.journal();
            Subject subject = Subject.pick(story.order(), who);
            if (block && !story.order().isDeleted()) {
                // half the time a module has just reported a problem, on the order or on the line that is to move
                Optional<LineItemId> line = onTheLine ? subject.line().map(LineItem::id) : Optional.empty();
                j = j.write(new StatusEntries.Request(line, "inventory:reservation_backordered", Optional.empty(), Severity.BLOCKING,
                        JsonObject.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                        HistoryArbitraries.moduleWriter(story.order().tenant())).value();
            }
            Order order = j.order();
            Lifecycle l = subject.lifecycle(order, j.lifecycles());
            List<String> exits = List.copyOf(l.allowedFrom(subject.status(order)));
            if (exits.isEmpty() || order.isDeleted()) {
                Statistics.label("R15 case").collect("nothing to move");
                assertThat(subject.move(j, TransitionRequest.forced(LifecycleArbitraries.NOT_A_STATE, "any", story.setup().admin())).error())
                        .isInstanceOfAny(OrderError.OrderDeleted.class, OrderError.TransitionNotAllowed.class);
                return;
            }
            String target = exits.get(where % exits.size());
            Principal actor = admin ? story.setup().admin() : story.setup().operator();
            TransitionRequest request = force ? TransitionRequest.forced(target, "customer needs it", actor) : TransitionRequest.to(target, actor);
            // decision 0005: a block on the order holds back the order and every line; a block on a line holds back that line,
            // and the order too unless the line has been cancelled
            LifecycleSet lifecycles = j.lifecycles();
            List<Block> holding = order.openBlocks().stream()
                    .filter(b -> subject.line().isPresent()
                            ? b.lineItem().isEmpty() || b.lineItem().equals(subject.line().map(LineItem::id))
                            : b.lineItem().flatMap(order::line).filter(bl -> lifecycles.named(bl.lifecycle()).isCancelled(bl.status())).isEmpty())
                    .toList();

            Result<OrderJournal, OrderError> moved = subject.move(j, request);

            String label;
            if (holding.isEmpty()) {
                label = "not blocked";
                assertThat(moved.isOk() || moved.error() instanceof OrderError.LinesNotDone).as("%s", moved).isTrue();
            } else if (l.isStop(target)) {
                label = "blocked, stop state passes";
                assertThat(moved.isOk()).as("%s", moved).isTrue();
                assertThat(lastOwnEntry(moved.value(), subject).payload().get("forced")).contains(JsonBoolean.of(false));
            } else if (!force) {
                label = "blocked, refused";
                assertThat(moved.error()).isEqualTo(new OrderError.TransitionBlocked(
                        subject.line().map(line -> "line item " + line.id()).orElse("order " + order.number()), target,
                        holding.stream().map(Block::toString).toList()));
            } else if (!admin) {
                label = "forced by operator, refused";
                assertThat(moved.error()).isInstanceOf(OrderError.Forbidden.class);
            } else {
                label = moved.isOk() ? "forced by admin" : "forced by admin, lines not done";
                if (moved.isOk()) {
                    JsonObject payload = lastOwnEntry(moved.value(), subject).payload();
                    assertThat(payload.get("forced")).contains(JsonBoolean.of(true));
                    assertThat(payload.get("forcedBy")).contains(new JsonString(actor.subject()));
                    assertThat(payload.get("reason")).contains(new JsonString("customer needs it"));
                    assertThat(payload.get("overrode")).contains(new JsonArray(holding.stream()
                            .<JsonValue>map(b -> new JsonString(b.entry().toString())).toList()));
                } else {
                    assertThat(moved.error()).isInstanceOf(OrderError.LinesNotDone.class);
                }
            }
            if (moved.isErr()) {
                assertThat(j.order()).isSameAs(order);
            }
            Statistics.label("R15 case").collect(label);
            Statistics.label("R15 case").coverage(c -> {
                c.check("not blocked").count(n -> n > 0);
                c.check("blocked, refused").count(n -> n > 0);
                c.check("forced by admin").count(n -> n > 0);
                c.check("forced by operator, refused").count(n -> n > 0);
                c.check("blocked, stop state passes").count(n -> n > 0);
            });
        }

        @Property(tries = 100)
        @Label("R15 closing every block that holds a transition back lets the same transition through")
        void closing_the_blocks_lets_the_transition_through(@ForAll("stories") OrderStory story,
                                                           @ForAll @IntRange(min = 0, max = 10_000) int who,
                                                           @ForAll @IntRange(min = 0, max = 10_000) int where) {
            OrderJournal j = story.journal();
            Order order = story.order();
            Subject subject = Subject.pick(order, who);
            List<String> exits = List.copyOf(subject.lifecycle(order, j.lifecycles()).allowedFrom(subject.status(order)));
            if (exits.isEmpty() || order.isDeleted()) {
                Statistics.collect("nothing to move");
                assertThat(order.isDeleted() || subject.lifecycle(order, j.lifecycles()).isTerminal(subject.status(order))).isTrue();
                return;
            }
            TransitionRequest request = TransitionRequest.to(exits.get(where % exits.size()), story.setup().operator());
            Result<OrderJournal, OrderError> before = subject.move(j, request);
            Statistics.collect(before.isOk() ? "went through" : before.error().code());
            if (!(before.isErr() && before.error() instanceof OrderError.TransitionBlocked)) {
                assertThat(before.isOk() || before.error() instanceof OrderError.LinesNotDone).as("%s", before).isTrue();
                return;
            }

            OrderJournal unblocked = j;
            for (Block b : order.openBlocks()) {
                unblocked = unblocked.close(b.entry(), Optional.of("resolved"), HistoryArbitraries.moduleWriter(order.tenant())).value();
            }

            assertThat(unblocked.order().openBlocks()).isEmpty();
            Result<OrderJournal, OrderError> after = subject.move(unblocked, request);
            assertThat(after.isOk() || after.error() instanceof OrderError.LinesNotDone).as("%s", after).isTrue();
        }
    }

    private static StatusEntry lastOwnEntry(OrderJournal j, Subject subject) {
        List<StatusEntry> entries = j.history().entries();
        for (int i = entries.size() - 1; i >= 0; i--) {
            StatusEntry e = entries.get(i);
            if (e.code().isTransition() && e.lineItem().equals(subject.line().map(LineItem::id))) {
                return e;
            }
        }
        throw new AssertionError("no transition entry");
    }

    @Group
    @Label("R16 cancelling and finishing")
    class Cancelling {

        @Property(tries = 150)
        @Label("R16 cancelling an order cancels every line that can be, keeps the others and names them in one cancel_incomplete WARNING")
        void cancelling_cancels_what_can_be_and_warns_about_the_rest(@ForAll("stories") OrderStory story) {
            OrderJournal j = story.journal();
            Order order = story.order();
            Lifecycle l = j.lifecycles().named(order.lifecycle());
            if (order.isDeleted() || l.cancelState().isEmpty() || !l.allows(order.status(), l.cancelState().get())) {
                Statistics.label("R16 cancel").collect("cannot cancel from here");
                l.cancelState().ifPresent(cancel -> assertThat(j.transition(TransitionRequest.to(cancel, story.setup().operator())).error())
                        .isInstanceOfAny(OrderError.OrderDeleted.class, OrderError.TransitionNotAllowed.class));
                return;
            }

            OrderJournal cancelled = j.transition(TransitionRequest.to(l.cancelState().get(), "customer cancelled", story.setup().operator()))
                    .value();

            List<String> kept = assertCancelledWhatCouldBe(j, cancelled);
            Statistics.label("R16 cancel").collect(kept.isEmpty() ? "complete" : "incomplete");
            Statistics.label("R16 cancel").coverage(c -> c.check("complete").count(n -> n > 0));
        }

        @Property(tries = 60)
        @Label("R16 cancelling an order whose lines went past their cancel state keeps those lines and names them in one cancel_incomplete WARNING")
        void cancelling_keeps_the_lines_past_cancelling(@ForAll("defaultPlacedOrders") PlacedOrder placed,
                                                        @ForAll("finished") List<Boolean> pastCancelling) {
            Principal operator = placed.setup().operator();
            OrderJournal j = placed.journal();
            for (int i = 0; i < j.order().lineItems().size(); i++) {
                LineItem line = j.order().lineItems().get(i);
                Lifecycle ll = j.lifecycles().named(line.lifecycle());
                if (pastCancelling.get(i)) {
                    List<String> path = LifecycleArbitraries.pathTo(ll, line.status(),
                            s -> !ll.isCancelled(s) && ll.cancelState().filter(c -> ll.allows(s, c)).isEmpty()).orElseThrow();
                    j = LifecycleDriver.driveLine(j, line.id(), path, operator).journal();
                }
            }

            OrderJournal cancelled = j.transition(TransitionRequest.to("CANCELLED", "customer cancelled", operator)).value();

            List<String> kept = assertCancelledWhatCouldBe(j, cancelled);
            assertThat(cancelled.order().status()).isEqualTo("CANCELLED");
            Statistics.label("R16 cancel").collect(kept.isEmpty() ? "complete" : "incomplete");
            Statistics.label("R16 cancel").coverage(c -> c.check("incomplete").count(n -> n > 0));
        }

        /** Checks R16 on one cancellation and returns the ids of the lines it had to keep. */
        private List<String> assertCancelledWhatCouldBe(OrderJournal j, OrderJournal cancelled) {
            List<String> kept = new ArrayList<>();
            for (LineItem before : j.order().lineItems()) {
                Lifecycle ll = j.lifecycles().named(before.lifecycle());
                LineItem after = cancelled.order().line(before.id()).orElseThrow();
                if (ll.isCancelled(before.status())) {
                    assertThat(after.status()).isEqualTo(before.status());
                } else if (ll.cancelState().filter(c -> ll.allows(before.status(), c)).isPresent()) {
                    assertThat(after.status()).isEqualTo(ll.cancelState().get());
                } else {
                    assertThat(after.status()).isEqualTo(before.status());
                    kept.add(before.id().toString());
                }
            }
            List<StatusEntry> added = cancelled.history().entries().subList(j.history().size(), cancelled.history().size());
            List<StatusEntry> warnings = added.stream().filter(e -> e.code().equals(StatusCode.CANCEL_INCOMPLETE)).toList();
            if (kept.isEmpty()) {
                assertThat(warnings).isEmpty();
            } else {
                assertThat(warnings).singleElement().satisfies(w -> {
                    assertThat(w.severity()).isEqualTo(Severity.WARNING);
                    JsonArray named = (JsonArray) w.payload().get("lineItems").orElseThrow();
                    assertThat(named.values()).extracting(v -> ((JsonObject) v).get("lineItemId").orElseThrow())
                            .containsExactlyElementsOf(kept.stream().<JsonValue>map(JsonString::new).toList());
                });
            }
            return kept;
        }

        @Provide
        Arbitrary<List<Boolean>> finished() {
            return Arbitraries.frequency(Tuple.of(5, true), Tuple.of(1, false))
                    .list().ofSize(OrderArbitraries.MAX_LINES + OrderArbitraries.MAX_MODIFIERS);
        }

        @Property(tries = 100)
        @Label("R16 an order enters DELIVERED only when every line that is not cancelled is done")
        void delivered_waits_for_every_line_that_is_not_cancelled(
                @ForAll("defaultPlacedOrders") PlacedOrder placed,
                @ForAll("finished") List<Boolean> finish,
                @ForAll("walkChoices") List<List<Integer>> walks) {
            Principal operator = placed.setup().operator();
            OrderJournal j = placed.journal();
            for (int i = 0; i < j.order().lineItems().size(); i++) {
                LineItem line = j.order().lineItems().get(i);
                Lifecycle ll = j.lifecycles().named(line.lifecycle());
                List<String> path = finish.get(i)
                        ? LifecycleArbitraries.pathTo(ll, line.status(), s -> ll.isTerminal(s) || ll.isCancelled(s)).orElseThrow()
                        : LifecycleArbitraries.walk(ll, line.status(), walks.get(i));
                j = LifecycleDriver.driveLine(j, line.id(), path, operator).journal();
            }
            j = LifecycleDriver.driveOrder(j, List.of("CONFIRMED", "PAID", "PREPARING", "SHIPPED"), operator).journal();
            OrderJournal atShipped = j;
            List<LineItem> notDone = atShipped.order().lineItems().stream()
                    .filter(l -> {
                        Lifecycle ll = atShipped.lifecycles().named(l.lifecycle());
                        return !ll.isCancelled(l.status()) && !ll.isTerminal(l.status());
                    })
                    .toList();

            Result<OrderJournal, OrderError> delivered = j.transition(TransitionRequest.to("DELIVERED", operator));

            Statistics.collect(notDone.isEmpty() ? "every line done" : "lines not done");
            Statistics.coverage(c -> {
                c.check("every line done").count(n -> n > 0);
                c.check("lines not done").count(n -> n > 0);
            });
            if (notDone.isEmpty()) {
                assertThat(delivered.value().order().status()).isEqualTo("DELIVERED");
            } else {
                assertThat(delivered.error()).isEqualTo(new OrderError.LinesNotDone("DELIVERED",
                        notDone.stream().map(l -> l.id() + " (" + l.status() + ")").toList()));
            }
        }

        @Provide
        Arbitrary<PlacedOrder> defaultPlacedOrders() {
            return OrderArbitraries.setups(LifecycleSet.DEFAULT).flatMap(OrderArbitraries::placedOrders);
        }

        @Provide
        Arbitrary<List<List<Integer>>> walkChoices() {
            return Arbitraries.integers().between(0, 100).list().ofMaxSize(4)
                    .list().ofSize(OrderArbitraries.MAX_LINES + OrderArbitraries.MAX_MODIFIERS);
        }
    }
}
