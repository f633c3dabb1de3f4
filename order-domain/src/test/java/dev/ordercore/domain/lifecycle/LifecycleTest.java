package dev.ordercore.domain.lifecycle;

import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LifecycleTest {

    @Test
    @DisplayName("R16 states past the lines-done gate are those only the gate leads to")
    void a_state_the_order_reaches_before_the_gate_is_not_past_it() {
        Lifecycle returns = Lifecycle.builder("returns")
                .initial("PENDING")
                .state("PENDING", "SHIPPED", "CANCELLED")
                .state("SHIPPED", "DELIVERED", "CANCELLED")
                .state("DELIVERED", "RETURNED", "COMPLETED")
                .state("RETURNED", "SHIPPED")
                .state("COMPLETED")
                .state("CANCELLED")
                .stopStates("CANCELLED")
                .cancelState("CANCELLED")
                .requiresLinesDone("DELIVERED")
                .build()
                .value();

        assertThat(returns.isPastLinesDone("SHIPPED")).isFalse();
        assertThat(returns.isPastLinesDone("DELIVERED")).isTrue();
        assertThat(returns.isPastLinesDone("RETURNED")).isTrue();
        assertThat(returns.isPastLinesDone("COMPLETED")).isTrue();
        assertThat(DefaultLifecycles.ORDER.isPastLinesDone("SHIPPED")).isFalse();
        assertThat(DefaultLifecycles.ORDER.isPastLinesDone("COMPLETED")).isTrue();
    }

    @Test
    @DisplayName("R12 a cancel state that is not a stop state, and a gate on the initial state, are refused")
    void a_cancel_state_must_be_a_stop_state_and_the_gate_cannot_be_the_initial_state() {
        Result<Lifecycle, OrderError> result = Lifecycle.builder("odd")
                .initial("OPEN")
                .state("OPEN", "DONE", "VOID")
                .state("DONE")
                .state("VOID")
                .cancelState("VOID")
                .requiresLinesDone("OPEN")
                .build();

        assertThat(((OrderError.ValidationFailed) result.error()).violations()).extracting(Violation::code)
                .containsExactlyInAnyOrder("cancel_not_a_stop_state", "gate_is_initial");
    }

    @Test
    @DisplayName("R16 a lifecycle that can reopen a cancelled order still counts only its cancelled states as cancelled")
    void a_reopen_edge_does_not_make_every_state_cancelled() {
        Lifecycle reopening = Lifecycle.builder("reopening")
                .initial("PENDING")
                .state("PENDING", "CONFIRMED", "CANCELLED")
                .state("CONFIRMED", "DONE", "CANCELLED")
                .state("CANCELLED", "PENDING", "REFUNDED")
                .state("DONE")
                .state("REFUNDED")
                .stopStates("CANCELLED")
                .cancelState("CANCELLED")
                .build()
                .value();

        assertThat(reopening.cancelledStates()).containsExactlyInAnyOrder("CANCELLED", "REFUNDED");
        assertThat(DefaultLifecycles.LINE_ITEM.cancelledStates()).containsExactlyInAnyOrder("CANCELLED", "REFUNDED");
        assertThat(DefaultLifecycles.ORDER.cancelledStates()).containsExactly("CANCELLED");
    }

    @Test
    @DisplayName("R12 a lifecycle built state by state declares states without exits terminal")
    void r12_a_lifecycle_built_state_by_state_declares_states_without_exits_terminal() {
        Lifecycle rental = Lifecycle.builder("rental").initial("RESERVED")
                .state("RESERVED", "OUT", "CANCELLED").state("OUT", "RETURNED").state("RETURNED", "INSPECTED")
                .state("INSPECTED").state("CANCELLED")
                .stopStates("CANCELLED").cancelState("CANCELLED")
                .build().value();

        assertThat(rental.terminal()).containsExactlyInAnyOrder("INSPECTED", "CANCELLED");
        assertThat(rental.states()).containsExactly("RESERVED", "OUT", "RETURNED", "INSPECTED", "CANCELLED");
    }

    @Test
    @DisplayName("R12 an invalid definition is refused with every violation at once")
    void r12_an_invalid_definition_is_refused_with_every_violation_at_once() {
        Lifecycle.Definition broken = new Lifecycle.Definition("broken", "START",
                Map.of("A", Set.of("B"), "B", Set.of(), "C", Set.of("A"), "D", Set.of("A", "NOWHERE")),
                Set.of("C"), Set.of(), Optional.empty(), Set.of());

        Result<Lifecycle, OrderError> defined = Lifecycle.define(broken);

        assertThat(defined.error()).isInstanceOf(OrderError.ValidationFailed.class);
        assertThat(((OrderError.ValidationFailed) defined.error()).violations())
                .extracting(Violation::path, Violation::code)
                .contains(
                        tuple("initial", "unknown_state"),
                        tuple("terminal", "terminal_has_exits"),
                        tuple("transitions.B", "dead_end"),
                        tuple("transitions.D", "unknown_state"));
    }

    @Test
    @DisplayName("R12 a state nothing reaches is refused")
    void r12_a_state_nothing_reaches_is_refused() {
        Result<Lifecycle, OrderError> defined = Lifecycle.builder("orphaned").initial("A")
                .state("A", "B").state("B").state("ORPHAN", "A")
                .build();

        assertThat(((OrderError.ValidationFailed) defined.error()).violations())
                .extracting(Violation::code, Violation::message)
                .containsExactly(tuple("unreachable_state", "ORPHAN cannot be reached from A (R12)"));
    }

    @Test
    void state_names_that_history_entries_use_are_reserved() {
        Result<Lifecycle, OrderError> defined = Lifecycle.builder("reserved").initial("SUBMITTED")
                .state("SUBMITTED", "MANUALLY_ADJUSTED").state("MANUALLY_ADJUSTED")
                .build();

        assertThat(((OrderError.ValidationFailed) defined.error()).violations())
                .extracting(Violation::code).containsExactly("reserved_state", "reserved_state");
    }

    @Test
    @DisplayName("R13 folding a step outside the table names the current requested and allowed states")
    void r13_folding_a_step_outside_the_table_names_the_current_requested_and_allowed_states() {
        Result<String, OrderError> folded = DefaultLifecycles.ORDER.fold(List.of("CONFIRMED", "SHIPPED"));

        assertThat(folded.error()).isEqualTo(new OrderError.TransitionNotAllowed("lifecycle order", "CONFIRMED", "SHIPPED",
                List.of("PAID", "CANCELLED")));
        assertThat(folded.error().message()).isEqualTo("lifecycle order cannot go from CONFIRMED to SHIPPED; allowed from CONFIRMED: PAID, CANCELLED");
    }

    @Test
    @DisplayName("R13 nothing leaves a terminal state")
    void r13_nothing_leaves_a_terminal_state() {
        Result<String, OrderError> folded = DefaultLifecycles.ORDER.fold(List.of("CANCELLED", "PENDING"));

        assertThat(folded.error().message()).endsWith("allowed from CANCELLED: nothing (terminal)");
    }

    @Test
    @DisplayName("R14 folding seed 001s happy path gives completed")
    void r14_folding_seed_001s_happy_path_gives_completed() {
        assertThat(DefaultLifecycles.ORDER.fold(List.of("CONFIRMED", "PAID", "PREPARING", "SHIPPED", "DELIVERED", "COMPLETED")).value())
                .isEqualTo("COMPLETED");
        assertThat(DefaultLifecycles.ORDER.fold(List.of()).value()).isEqualTo("PENDING");
    }

    private static Result<Lifecycle, OrderError> chainOf(int states) {
        Lifecycle.Builder b = Lifecycle.builder("long").initial("S0");
        for (int i = 0; i < states - 1; i++) {
            b.state("S" + i, "S" + (i + 1));
        }
        return b.state("S" + (states - 1)).build();
    }

    @Test
    @DisplayName("R12 a lifecycle has at most 64 states and at least one")
    void r12_a_lifecycle_has_at_most_64_states_and_at_least_one() {
        Result<Lifecycle, OrderError> empty = Lifecycle.builder("empty").initial("OPEN").build();

        assertThat(chainOf(Lifecycle.MAX_STATES).value().states()).hasSize(64);
        assertThat(((OrderError.ValidationFailed) chainOf(Lifecycle.MAX_STATES + 1).error()).violations())
                .extracting(Violation::path, Violation::code, Violation::message)
                .containsExactly(tuple("states", "too_many_states", "a lifecycle has at most 64 states"));
        assertThat(((OrderError.ValidationFailed) empty.error()).violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("states", "no_states"));
    }

    @Test
    @DisplayName("a lifecycle knows its states and equals another made from the same definition")
    void a_lifecycle_knows_its_states_and_equals_another_made_from_the_same_definition() {
        Lifecycle order = DefaultLifecycles.ORDER;
        Lifecycle same = Lifecycle.define(order.definition()).value();
        Lifecycle shorter = Lifecycle.builder("order").initial("PENDING").state("PENDING", "DONE").state("DONE").build().value();

        assertThat(order.has("SHIPPED")).isTrue();
        assertThat(order.has("REFUNDED")).isFalse();
        assertThat(same).isEqualTo(order).hasSameHashCodeAs(order);
        assertThat(shorter).isNotEqualTo(order);
        assertThat(order).isNotEqualTo(order.definition());
        assertThat(shorter).hasToString("Lifecycle[order: {PENDING=[DONE], DONE=[]}, terminal [DONE]]");
    }
}
