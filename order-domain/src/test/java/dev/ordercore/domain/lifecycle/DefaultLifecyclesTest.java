package dev.ordercore.domain.lifecycle;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The lifecycles every tenant starts with are seed 001's tables, exactly. */
class DefaultLifecyclesTest {

    private static final Lifecycle ORDER = DefaultLifecycles.ORDER;
    private static final Lifecycle LINE = DefaultLifecycles.LINE_ITEM;

    @Test
    @DisplayName("R10 the default order lifecycle is seed 001s table")
    void r10_the_default_order_lifecycle_is_seed_001s_table() {
        assertThat(ORDER.initial()).isEqualTo("PENDING");
        assertThat(ORDER.transitions()).isEqualTo(Map.of(
                "PENDING", Set.of("CONFIRMED", "REJECTED", "CANCELLED"),
                "CONFIRMED", Set.of("PAID", "CANCELLED"),
                "PAID", Set.of("PREPARING", "CANCELLED"),
                "PREPARING", Set.of("SHIPPED", "CANCELLED"),
                "SHIPPED", Set.of("DELIVERED", "CANCELLED"),
                "DELIVERED", Set.of("COMPLETED"),
                "COMPLETED", Set.of(),
                "REJECTED", Set.of(),
                "CANCELLED", Set.of()));
        assertThat(ORDER.terminal()).containsExactlyInAnyOrder("COMPLETED", "REJECTED", "CANCELLED");
    }

    @Test
    @DisplayName("R10 blocking entries never hold back cancelling or rejecting and delivered waits for the lines")
    void r10_blocking_entries_never_hold_back_cancelling_or_rejecting_and_delivered_waits_for_the_lines() {
        assertThat(ORDER.stopStates()).containsExactlyInAnyOrder("CANCELLED", "REJECTED");
        assertThat(ORDER.cancelState()).contains("CANCELLED");
        assertThat(ORDER.cancelledStates()).containsExactly("CANCELLED");
        assertThat(ORDER.requiresLinesDone()).containsExactly("DELIVERED");
    }

    @Test
    @DisplayName("R11 the default line lifecycle is seed 001s table")
    void r11_the_default_line_lifecycle_is_seed_001s_table() {
        assertThat(LINE.initial()).isEqualTo("PENDING");
        assertThat(LINE.transitions()).isEqualTo(Map.of(
                "PENDING", Set.of("CONFIRMED", "CANCELLED"),
                "CONFIRMED", Set.of("ALLOCATED", "CANCELLED"),
                "ALLOCATED", Set.of("SHIPPED", "CANCELLED"),
                "SHIPPED", Set.of("DELIVERED"),
                "DELIVERED", Set.of(),
                "CANCELLED", Set.of("REFUNDED"),
                "REFUNDED", Set.of()));
        assertThat(LINE.terminal()).containsExactlyInAnyOrder("DELIVERED", "REFUNDED");
    }

    @Test
    @DisplayName("R11 a refunded line counts as cancelled and a shipped line cannot be cancelled")
    void r11_a_refunded_line_counts_as_cancelled_and_a_shipped_line_cannot_be_cancelled() {
        assertThat(LINE.cancelState()).contains("CANCELLED");
        assertThat(LINE.cancelledStates()).containsExactlyInAnyOrder("CANCELLED", "REFUNDED");
        assertThat(LINE.allows("SHIPPED", "CANCELLED")).isFalse();
        assertThat(LINE.allows("DELIVERED", "CANCELLED")).isFalse();
    }

    @Test
    @DisplayName("R12 both defaults are valid lifecycles")
    void r12_both_defaults_are_valid_lifecycles() {
        assertThat(Lifecycle.define(ORDER.definition()).value()).isEqualTo(ORDER);
        assertThat(Lifecycle.define(LINE.definition()).value()).isEqualTo(LINE);
    }
}
