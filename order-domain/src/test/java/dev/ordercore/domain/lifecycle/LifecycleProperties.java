package dev.ordercore.domain.lifecycle;

import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Violation;
import dev.ordercore.domain.testing.LifecycleArbitraries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lifecycles as data, over random valid and invalid definitions (R12-R14). */
class LifecycleProperties {

    @Group
    @Label("R12 valid lifecycles")
    class Validity {

        @Property(tries = 200)
        @Label("R12 a valid lifecycle reaches every state, its terminal states have no exits and the others have one")
        void a_valid_lifecycle_reaches_every_state_and_only_terminal_states_lack_exits(
                @ForAll(supplier = LifecycleArbitraries.Lifecycles.class) Lifecycle lifecycle) {
            assertThat(lifecycle.reachableFrom(lifecycle.initial())).containsExactlyInAnyOrderElementsOf(lifecycle.states());
            for (String state : lifecycle.states()) {
                assertThat(lifecycle.allowedFrom(state).isEmpty()).as(state).isEqualTo(lifecycle.isTerminal(state));
            }
        }

        @Property(tries = 200)
        @Label("R12 defining a lifecycle's own definition gives back an equal lifecycle")
        void defining_a_lifecycles_definition_gives_an_equal_lifecycle(
                @ForAll(supplier = LifecycleArbitraries.Lifecycles.class) Lifecycle lifecycle) {
            Lifecycle again = Lifecycle.define(lifecycle.definition()).value();

            assertThat(again).isEqualTo(lifecycle).hasSameHashCodeAs(lifecycle);
            assertThat(again.cancelledStates()).isEqualTo(lifecycle.cancelledStates());
        }

        @Property(tries = 200)
        @StatisticsReport(onFailureOnly = true)
        @Label("R12 a definition that breaks the rules is refused, naming the rule it breaks")
        void a_broken_definition_is_refused_naming_what_is_wrong(
                @ForAll(supplier = LifecycleArbitraries.InvalidDefinitions.class) LifecycleArbitraries.InvalidLifecycle invalid) {
            Result<Lifecycle, OrderError> defined = Lifecycle.define(invalid.definition());

            Statistics.label("broken by").collect(invalid.expectedCode());
            Statistics.label("broken by").coverage(c -> List.of("unknown_state", "unreachable_state", "terminal_has_exits", "dead_end")
                    .forEach(code -> c.check(code).count(n -> n > 0)));
            assertThat(defined.isErr()).isTrue();
            assertThat(defined.error()).isInstanceOfSatisfying(OrderError.ValidationFailed.class, failed ->
                    assertThat(failed.violations()).extracting(Violation::code).contains(invalid.expectedCode()));
        }
    }

    @Group
    @Label("R13 the table decides")
    class Table {

        @Property(tries = 200)
        @StatisticsReport(onFailureOnly = true)
        @Label("R13 folding one more step succeeds exactly when the table allows it, and a refusal names current, requested and allowed states")
        void one_more_step_folds_exactly_when_the_table_allows_it(
                @ForAll(supplier = LifecycleArbitraries.Walks.class) LifecycleArbitraries.Walk walk,
                @ForAll @IntRange(min = 0, max = 1000) int pick) {
            Lifecycle l = walk.lifecycle();
            String current = walk.last();
            List<String> candidates = new ArrayList<>(l.states());
            candidates.add(LifecycleArbitraries.NOT_A_STATE);
            String requested = candidates.get(pick % candidates.size());
            List<String> entered = new ArrayList<>(walk.entered());
            entered.add(requested);

            Result<String, OrderError> folded = l.fold(entered);

            boolean allowed = l.allows(current, requested);
            Statistics.label("R13 step").collect(allowed ? "in the table" : "outside the table");
            Statistics.label("R13 step").coverage(c -> {
                c.check("in the table").count(n -> n > 0);
                c.check("outside the table").count(n -> n > 0);
            });
            if (allowed) {
                assertThat(folded.value()).isEqualTo(requested);
            } else {
                assertThat(folded.error()).isEqualTo(new OrderError.TransitionNotAllowed("lifecycle " + l.name(), current, requested,
                        List.copyOf(l.allowedFrom(current))));
            }
        }
    }

    @Group
    @Label("R14 folding")
    class Folding {

        @Property(tries = 200)
        @Label("R14 folding the states a walk entered gives its last state")
        void folding_a_walk_gives_its_last_state(@ForAll(supplier = LifecycleArbitraries.Walks.class) LifecycleArbitraries.Walk walk) {
            assertThat(walk.lifecycle().fold(walk.entered()).value()).isEqualTo(walk.last());
        }

        @Property(tries = 200)
        @Label("R14 folding a walk in two parts is folding the second part from where the first ended")
        void folding_is_compositional(@ForAll(supplier = LifecycleArbitraries.Walks.class) LifecycleArbitraries.Walk walk,
                                      @ForAll @IntRange(min = 0, max = 1000) int cut) {
            Lifecycle l = walk.lifecycle();
            int at = cut % (walk.entered().size() + 1);
            List<String> first = walk.entered().subList(0, at);
            List<String> second = walk.entered().subList(at, walk.entered().size());
            String middle = l.fold(first).value();

            String end = middle;
            for (String next : second) {
                assertThat(l.allows(end, next)).isTrue();
                end = next;
            }
            assertThat(l.fold(walk.entered()).value()).isEqualTo(end);
        }
    }
}
