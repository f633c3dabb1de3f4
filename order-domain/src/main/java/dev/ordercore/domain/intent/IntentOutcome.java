package dev.ordercore.domain.intent;

import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.OrderNumber;
import dev.ordercore.domain.shared.Violation;

import java.util.List;
import java.util.Objects;

/** What became of an intent (R23): ACCEPTED with the order it created, or REJECTED with every reason. */
public sealed interface IntentOutcome {

    record Accepted(OrderId orderId, OrderNumber orderNumber) implements IntentOutcome {
        public Accepted {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(orderNumber, "orderNumber");
        }
    }

    record Rejected(List<Violation> reasons) implements IntentOutcome {
        public Rejected {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a rejection gives its reasons");
            }
        }
    }

    default boolean isAccepted() {
        return this instanceof Accepted;
    }
}
