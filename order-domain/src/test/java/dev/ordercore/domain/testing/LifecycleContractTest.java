package dev.ordercore.domain.testing;

import dev.ordercore.domain.lifecycle.DefaultLifecycles;
import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.order.LifecycleSet;
import net.jqwik.api.Example;
import net.jqwik.api.Label;

import java.util.List;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract can fail: its checks are real assertions, callable with examples as well as by jqwik (on a jqwik thread). */
class LifecycleContractTest {

    private static LifecycleContract contract(Lifecycle lifecycle, LifecycleSet set) {
        return new LifecycleContract() {
            @Override
            public Lifecycle lifecycle() {
                return lifecycle;
            }

            @Override
            public LifecycleSet lifecycles() {
                return set;
            }
        };
    }

    @Example
    @Label("R13 R14 a lifecycle set that never uses the lifecycle fails the contract")
    void r13_r14_a_lifecycle_set_that_never_uses_the_lifecycle_fails_the_contract() {
        LifecycleContract misconfigured = contract(LifecycleArbitraries.RENTAL, LifecycleSet.DEFAULT);

        assertThatThrownBy(misconfigured::r13_r14_the_lifecycle_set_uses_the_lifecycle_so_the_order_properties_exercise_it)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("lifecycles() must contain lifecycle() rental");
    }

    @Example
    @Label("R14 the contracts properties run on examples too")
    void r14_the_contracts_properties_run_on_examples_too() {
        LifecycleContract order = contract(DefaultLifecycles.ORDER, LifecycleSet.DEFAULT);

        assertThatCode(() -> order.folding_a_walk_gives_its_last_state(List.of("CONFIRMED", "PAID"))).doesNotThrowAnyException();
        assertThatCode(() -> order.folding_a_step_outside_the_table_is_refused(List.of("CONFIRMED"), 3)).doesNotThrowAnyException();
        assertThatThrownBy(() -> order.folding_a_walk_gives_its_last_state(List.of("PAID")))
                .as("a walk must follow the table").isInstanceOf(NoSuchElementException.class);
    }
}
