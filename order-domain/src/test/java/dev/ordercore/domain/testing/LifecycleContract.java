package dev.ordercore.domain.testing;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.StatusHistory;
import dev.ordercore.domain.order.TransitionRequest;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a lifecycle must satisfy to drive orders (R12-R14), as jqwik properties an embedding team
 * runs against its own configuration. Implement {@link #lifecycle()} in a test class named
 * {@code *Properties} (or however your build finds jqwik tests):
 *
 * <pre>{@code
 * class RentalLifecycleProperties implements LifecycleContract {
 *     public Lifecycle lifecycle() { return MyLifecycles.RENTAL; }
 *     public LifecycleSet lifecycles() { return LifecycleSet.DEFAULT.withLineItemLifecycle(LineItemKind.RENTAL, lifecycle()); }
 * }
 * }</pre>
 *
 * <p>The R13 and R14 properties place real orders through {@link Order#place} with
 * {@link #lifecycles()}, one line of every kind each, and drive whatever uses the lifecycle (the
 * order, its lines, or both) through {@link Order#transition} and {@link Order#transitionLine}.
 */
public interface LifecycleContract {

    /** The lifecycle under test. */
    Lifecycle lifecycle();

    /**
     * The lifecycle set orders are placed with for the R13 and R14 properties. By default the
     * lifecycle drives both orders and lines; override it to check the lifecycle in the place your
     * tenant uses it (only for rental lines, say). It must use {@link #lifecycle()} somewhere.
     */
    default LifecycleSet lifecycles() {
        return new LifecycleSet(lifecycle(), lifecycle(), Map.of(), List.of());
    }

    /** Who drives the orders: an operator of the generated tenant. */
    private static Principal driver(PlacedOrder placed) {
        return placed.setup().operator();
    }

    // ---- R12

    @Example
    default void r12_every_state_is_reachable_from_the_initial_state() {
        Lifecycle l = lifecycle();

        assertThat(l.states()).contains(l.initial());
        assertThat(l.reachableFrom(l.initial())).containsExactlyInAnyOrderElementsOf(l.states());
    }

    @Example
    default void r12_terminal_states_have_no_exits_and_every_other_state_has_one() {
        Lifecycle l = lifecycle();

        for (String state : l.states()) {
            if (l.isTerminal(state)) {
                assertThat(l.allowedFrom(state)).as("exits of terminal state %s", state).isEmpty();
            } else {
                assertThat(l.allowedFrom(state)).as("exits of %s, which is not terminal", state).isNotEmpty();
            }
        }
        assertThat(l.states()).containsAll(l.terminal());
    }

    @Example
    default void r12_lifecycle_define_accepts_the_lifecycles_own_definition_and_gives_back_an_equal_lifecycle() {
        Result<Lifecycle, OrderError> defined = Lifecycle.define(lifecycle().definition());

        assertThat(defined.isOk()).as("define(%s) refused: %s", lifecycle(), defined.isErr() ? defined.error() : "").isTrue();
        assertThat(defined.value()).isEqualTo(lifecycle());
    }

    @Example
    default void r13_r14_the_lifecycle_set_uses_the_lifecycle_so_the_order_properties_exercise_it() {
        LifecycleSet set = lifecycles();

        assertThat(set.find(lifecycle().name())).as("lifecycles() must contain lifecycle() %s", lifecycle().name())
                .contains(lifecycle());
    }

    // ---- R13

    @Property(tries = 200)
    @StatisticsReport(onFailureOnly = true)
    @Label("R13 folding a step outside the table is refused, naming the current, requested and allowed states")
    default void folding_a_step_outside_the_table_is_refused(@ForAll("lifecycleContractWalks") List<String> walk,
                                                             @ForAll("lifecycleContractPicks") int pick) {
        Lifecycle l = lifecycle();
        String current = walk.isEmpty() ? l.initial() : walk.get(walk.size() - 1);
        List<String> outside = LifecycleArbitraries.outside(l, current);
        String requested = outside.get(pick % outside.size());
        List<String> entered = new ArrayList<>(walk);
        entered.add(requested);

        Result<String, OrderError> folded = l.fold(entered);

        Statistics.label("R13 requested").collect(requested.equals(LifecycleArbitraries.NOT_A_STATE) ? "unknown state" : "state of the lifecycle");
        assertThat(folded.isErr()).isTrue();
        assertThat(folded.error()).isInstanceOfSatisfying(OrderError.TransitionNotAllowed.class, refused -> {
            assertThat(refused.current()).isEqualTo(current);
            assertThat(refused.requested()).isEqualTo(requested);
            assertThat(refused.allowed()).containsExactlyElementsOf(l.allowedFrom(current));
        });
    }

    @Property(tries = 40)
    @StatisticsReport(onFailureOnly = true)
    @Label("R13 an order or line asked to move outside the table refuses, names the states, and nothing changes")
    default void moving_outside_the_table_is_refused_and_changes_nothing(@ForAll("lifecycleContractOrders") PlacedOrder placed,
                                                                         @ForAll("lifecycleContractWalks") List<String> walk,
                                                                         @ForAll("lifecycleContractPicks") int pick) {
        Lifecycle l = lifecycle();
        OrderJournal before = drive(placed, walk);
        Order order = before.order();
        for (Subject subject : subjects(order)) {
            String current = subject.status(order);
            List<String> outside = LifecycleArbitraries.outside(l, current);
            String requested = outside.get(pick % outside.size());
            TransitionRequest request = TransitionRequest.to(requested, placed.setup().admin());

            Result<OrderJournal, OrderError> refused = subject.line() == null
                    ? before.transition(request)
                    : before.transitionLine(subject.line().id(), request);

            Statistics.label("R13 subject").collect(subject.line() == null ? "order" : "line");
            assertThat(refused.isErr()).as("%s → %s from %s", subject, requested, current).isTrue();
            assertThat(refused.error()).isInstanceOfSatisfying(OrderError.TransitionNotAllowed.class, e -> {
                assertThat(e.current()).isEqualTo(current);
                assertThat(e.requested()).isEqualTo(requested);
                assertThat(e.allowed()).containsExactlyElementsOf(l.allowedFrom(current));
                assertThat(e.message()).contains(current, requested);
            });
            assertThat(before.order()).isSameAs(order);
            assertThat(order.version()).isEqualTo(before.order().version());
            assertThat(subject.status(before.order())).isEqualTo(current);
        }
    }

    // ---- R14

    @Property(tries = 200)
    @StatisticsReport(onFailureOnly = true)
    @Label("R14 folding the states a walk entered gives the walk's last state")
    default void folding_a_walk_gives_its_last_state(@ForAll("lifecycleContractWalks") List<String> walk) {
        Lifecycle l = lifecycle();

        Result<String, OrderError> folded = l.fold(walk);

        Statistics.label("R14 walk ends").collect(walk.isEmpty() ? "initial" : l.isTerminal(walk.get(walk.size() - 1)) ? "terminal" : "open");
        assertThat(folded.value()).isEqualTo(walk.isEmpty() ? l.initial() : walk.get(walk.size() - 1));
    }

    @Property(tries = 40)
    @StatisticsReport(onFailureOnly = true)
    @Label("R14 an order driven along a walk has a history whose fold equals its status and its lines' statuses")
    default void driving_along_a_walk_keeps_history_and_status_in_step(@ForAll("lifecycleContractOrders") PlacedOrder placed,
                                                                       @ForAll("lifecycleContractWalks") List<String> walk) {
        OrderJournal driven = drive(placed, walk);
        Order order = driven.order();
        StatusHistory history = driven.history();
        LifecycleSet set = placed.setup().lifecycles();

        assertThat(history.orderStatus(set.named(order.lifecycle())).value()).isEqualTo(order.status());
        for (LineItem line : order.lineItems()) {
            assertThat(history.lineStatus(line.id(), set.named(line.lifecycle())).value()).as("line %s", line.id()).isEqualTo(line.status());
        }
        assertThat(history.project(order, set).value()).isEqualTo(StatusHistory.Projection.of(order));
        assertThat(history.entries().get(0).code().toString()).isEqualTo("order:submitted");
    }

    // ---- generators; named so they do not clash with an implementing class's own

    @Provide
    default Arbitrary<List<String>> lifecycleContractWalks() {
        return LifecycleArbitraries.walks(lifecycle());
    }

    @Provide
    default Arbitrary<Integer> lifecycleContractPicks() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE);
    }

    @Provide
    default Arbitrary<PlacedOrder> lifecycleContractOrders() {
        return OrderArbitraries.placedOrdersWithEveryKind(lifecycles());
    }

    // ---- driving

    /** The order itself ({@code line} null) or one of its lines, when it uses the lifecycle under test. */
    record Subject(LineItem line) {
        String status(Order order) {
            return line == null ? order.status() : order.line(line.id()).orElseThrow().status();
        }
    }

    private List<Subject> subjects(Order order) {
        List<Subject> subjects = new ArrayList<>();
        if (order.lifecycle().equals(lifecycle().name())) {
            subjects.add(new Subject(null));
        }
        order.lineItems().stream().filter(l -> l.lifecycle().equals(lifecycle().name())).map(Subject::new).forEach(subjects::add);
        assertThat(subjects).as("lifecycles() uses %s for neither the order nor any line", lifecycle().name()).isNotEmpty();
        return subjects;
    }

    /**
     * Drives every subject that uses the lifecycle along {@code walk}: first each line (and checks it
     * reached the walk's end), then the order, finishing lines first when its lifecycle wants them done.
     */
    private OrderJournal drive(PlacedOrder placed, List<String> walk) {
        Principal actor = driver(placed);
        OrderJournal j = placed.journal();
        Lifecycle l = lifecycle();
        String end = walk.isEmpty() ? l.initial() : walk.get(walk.size() - 1);
        List<Subject> subjects = subjects(j.order());
        for (Subject s : subjects) {
            if (s.line() != null) {
                LifecycleDriver.Driven d = LifecycleDriver.driveLine(j, s.line().id(), walk, actor);
                assertThat(d.stoppedBy()).as("driving line %s along %s", s.line().id(), walk).isEmpty();
                j = d.journal();
                assertThat(s.status(j.order())).isEqualTo(end);
            }
        }
        if (subjects.get(0).line() == null) {
            LifecycleDriver.Driven d = LifecycleDriver.driveOrder(j, walk, actor);
            Statistics.label("R14 order walk").collect(d.completed() ? "completed" : "cut short: lines cannot finish");
            d.stoppedBy().ifPresent(e -> assertThat(e).isInstanceOf(OrderError.LinesNotDone.class));
            j = d.journal();
            List<String> entered = d.entered();
            assertThat(j.order().status()).isEqualTo(entered.isEmpty() ? l.initial() : entered.get(entered.size() - 1));
        }
        return j;
    }
}
