package dev.ordercore.application.port.out;

import dev.ordercore.domain.lifecycle.DefaultLifecycles;
import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItemKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The (lifecycle, status) pairs a store is told to leave out when it adds orders up: every
 * lifecycle a tenant's lines and orders may be in counts, the per-kind and the retired ones too.
 */
class LifecycleStatesTest {

    private static final Lifecycle RENTAL = Lifecycle.builder("rental").initial("RESERVED").state("RESERVED", "OUT", "VOID")
            .state("OUT", "RETURNED").state("RETURNED").state("VOID").stopStates("VOID").cancelState("VOID").build()
            .orElseThrow(e -> new IllegalStateException(e.message()));
    private static final Lifecycle OLD_ORDER = Lifecycle.builder("order_2025").initial("NEW").state("NEW", "DONE", "DROPPED")
            .state("DONE").state("DROPPED").stopStates("DROPPED").cancelState("DROPPED").build()
            .orElseThrow(e -> new IllegalStateException(e.message()));
    private static final LifecycleSet SET = new LifecycleSet(DefaultLifecycles.ORDER, DefaultLifecycles.LINE_ITEM,
            Map.of(LineItemKind.RENTAL, RENTAL), List.of(OLD_ORDER));

    @Test
    void R16_the_cancelled_states_of_the_order_the_line_the_per_kind_and_the_retired_lifecycles() {
        LifecycleStates cancelled = LifecycleStates.cancelled(SET);

        assertThat(cancelled).isEqualTo(new LifecycleStates(Map.of(
                "order", Set.of("CANCELLED"),
                "line_item", Set.of("CANCELLED", "REFUNDED"),
                "rental", Set.of("VOID"),
                "order_2025", Set.of("DROPPED"))));
        assertThat(cancelled.contains("rental", "VOID")).isTrue();
        assertThat(cancelled.contains("rental", "CANCELLED")).isFalse();
        assertThat(cancelled.contains("unknown", "CANCELLED")).isFalse();
        assertThat(cancelled.isEmpty()).isFalse();
    }

    @Test
    void R10_the_terminal_states_of_the_current_and_retired_order_lifecycles_only() {
        assertThat(LifecycleStates.terminalOrders(SET)).isEqualTo(new LifecycleStates(Map.of(
                "order", Set.of("COMPLETED", "REJECTED", "CANCELLED"),
                "order_2025", Set.of("DONE", "DROPPED"))));
    }

    @Test
    void lifecycles_without_such_states_are_left_out_and_none_at_all_is_empty() {
        Lifecycle neverCancelled = Lifecycle.builder("simple").initial("OPEN").state("OPEN", "SHUT").state("SHUT").build()
                .orElseThrow(e -> new IllegalStateException(e.message()));
        LifecycleStates none = LifecycleStates.cancelled(new LifecycleSet(neverCancelled,
                Lifecycle.builder("simple_line").initial("OPEN").state("OPEN").build().orElseThrow(e -> new IllegalStateException(e.message())),
                Map.of(), List.of()));

        assertThat(none.isEmpty()).isTrue();
        assertThat(none.byLifecycle()).isEmpty();
        assertThat(new LifecycleStates(Map.of("order", Set.of(), "line_item", Set.of("CANCELLED"))).byLifecycle())
                .isEqualTo(Map.of("line_item", Set.of("CANCELLED")));
    }
}
