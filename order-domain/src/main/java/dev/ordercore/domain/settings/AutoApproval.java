package dev.ordercore.domain.settings;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.access.Role;
import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderChange;
import dev.ordercore.domain.order.OrderIds;
import dev.ordercore.domain.order.TransitionRequest;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Seed 002's AUTO_APPROVE_ORDERS: a tenant that auto-approves has each newly placed order moved
 * on from its initial state at once, in the placing transaction, by the system and with a reason
 * saying why. The approved state is the one exit of the lifecycle's initial state that is not a
 * stop state (CONFIRMED in the default lifecycle, R10); a lifecycle whose initial state has none
 * or several such exits has nothing to auto-approve to. R15 holds as for anyone: an open BLOCKING
 * entry (a failed credit check, say) keeps the order where it is.
 */
public final class AutoApproval {

    public static final String SUBJECT = "system";
    public static final String REASON = "auto-approved (settings.autoApproveOrders)";

    private AutoApproval() {
    }

    /** The state auto-approval moves a new order to, if its lifecycle has exactly one. */
    public static Optional<String> target(Lifecycle lifecycle) {
        List<String> forward = lifecycle.allowedFrom(lifecycle.initial()).stream().filter(s -> !lifecycle.isStop(s)).sorted().toList();
        return forward.size() == 1 ? Optional.of(forward.get(0)) : Optional.empty();
    }

    /**
     * The transition that approves a newly placed order, when the settings ask for it, the order
     * still stands in its lifecycle's initial state and the transition is allowed (not blocked, R15);
     * otherwise empty, and the order stays as placed.
     */
    public static Optional<OrderChange> approve(Order order, TenantSettings settings, LifecycleSet lifecycles, OrderIds ids, Instant now) {
        if (!settings.autoApproveOrders()) {
            return Optional.empty();
        }
        Lifecycle lifecycle = lifecycles.named(order.lifecycle());
        if (!order.status().equals(lifecycle.initial())) {
            return Optional.empty();
        }
        Principal system = new Principal(SUBJECT, Set.of(order.tenant()), Set.of(Role.OPERATOR), Set.of());
        return target(lifecycle).flatMap(to -> {
            Result<OrderChange, OrderError> moved = order.transition(TransitionRequest.to(to, REASON, system), lifecycles, ids, now);
            return moved.isOk() ? Optional.of(moved.value()) : Optional.empty();
        });
    }
}
