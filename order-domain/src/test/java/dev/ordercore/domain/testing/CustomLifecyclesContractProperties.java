package dev.ordercore.domain.testing;

import dev.ordercore.domain.lifecycle.DefaultLifecycles;
import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItemKind;
import net.jqwik.api.Group;

import java.util.List;
import java.util.Map;

/**
 * The custom lifecycles DESIGN.md names satisfy the lifecycle contract (R12-R14), configured the way
 * a tenant would use them, and also when they drive both orders and lines (the contract's default).
 */
class CustomLifecyclesContractProperties {

    /** A rental shop's line lifecycle for RENTAL lines: RESERVED → OUT → RETURNED → INSPECTED, or CANCELLED. */
    @Group
    class RentalLinesLifecycle implements LifecycleContract {
        @Override
        public Lifecycle lifecycle() {
            return LifecycleArbitraries.RENTAL;
        }

        @Override
        public LifecycleSet lifecycles() {
            return LifecycleSet.DEFAULT.withLineItemLifecycle(LineItemKind.RENTAL, lifecycle());
        }
    }

    /** The rental lifecycle driving orders and every line (the contract's default set). */
    @Group
    class RentalEverywhere implements LifecycleContract {
        @Override
        public Lifecycle lifecycle() {
            return LifecycleArbitraries.RENTAL;
        }
    }

    /** Seed 000's IT-services shop: orders go DRAFT → SENT → PAID, lines follow the default line lifecycle. */
    @Group
    class DraftSentPaidOrders implements LifecycleContract {
        @Override
        public Lifecycle lifecycle() {
            return LifecycleArbitraries.DRAFT_SENT_PAID;
        }

        @Override
        public LifecycleSet lifecycles() {
            return new LifecycleSet(lifecycle(), DefaultLifecycles.LINE_ITEM, Map.of(), List.of());
        }
    }
}
