package dev.ordercore.domain.lifecycle;

/** Seed 001's tables, the lifecycles every tenant starts with (R10, R11). */
public final class DefaultLifecycles {

    /**
     * R10: PENDING → CONFIRMED | REJECTED | CANCELLED; CONFIRMED → PAID | CANCELLED; PAID → PREPARING
     * | CANCELLED; PREPARING → SHIPPED | CANCELLED; SHIPPED → DELIVERED | CANCELLED; DELIVERED →
     * COMPLETED; COMPLETED, REJECTED, CANCELLED are terminal. Blocking entries never hold back
     * CANCELLED or REJECTED; DELIVERED waits for the lines.
     */
    public static final Lifecycle ORDER = Lifecycle.builder("order")
            .initial("PENDING")
            .state("PENDING", "CONFIRMED", "REJECTED", "CANCELLED")
            .state("CONFIRMED", "PAID", "CANCELLED")
            .state("PAID", "PREPARING", "CANCELLED")
            .state("PREPARING", "SHIPPED", "CANCELLED")
            .state("SHIPPED", "DELIVERED", "CANCELLED")
            .state("DELIVERED", "COMPLETED")
            .state("COMPLETED")
            .state("REJECTED")
            .state("CANCELLED")
            .stopStates("CANCELLED", "REJECTED")
            .cancelState("CANCELLED")
            .requiresLinesDone("DELIVERED")
            .build()
            .orElseThrow(e -> new IllegalStateException(e.message()));

    /**
     * R11: PENDING → CONFIRMED → ALLOCATED → SHIPPED → DELIVERED; PENDING, CONFIRMED, ALLOCATED →
     * CANCELLED; CANCELLED → REFUNDED. DELIVERED and REFUNDED are terminal.
     */
    public static final Lifecycle LINE_ITEM = Lifecycle.builder("line_item")
            .initial("PENDING")
            .state("PENDING", "CONFIRMED", "CANCELLED")
            .state("CONFIRMED", "ALLOCATED", "CANCELLED")
            .state("ALLOCATED", "SHIPPED", "CANCELLED")
            .state("SHIPPED", "DELIVERED")
            .state("DELIVERED")
            .state("CANCELLED", "REFUNDED")
            .state("REFUNDED")
            .stopStates("CANCELLED")
            .cancelState("CANCELLED")
            .build()
            .orElseThrow(e -> new IllegalStateException(e.message()));

    private DefaultLifecycles() {
    }
}
