package dev.ordercore.domain.testing;

import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.StatusHistory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A placed order, the steps played on it with what became of each, and where it ended. */
public record OrderStory(PlacedOrder placed, List<Played> played, OrderJournal journal) {

    /** A step and its outcome: empty when accepted, otherwise the refusal's code. */
    public record Played(Step step, String resolved, Optional<String> refusal) {
        public Played {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(resolved, "resolved");
            Objects.requireNonNull(refusal, "refusal");
        }

        public boolean accepted() {
            return refusal.isEmpty();
        }

        @Override
        public String toString() {
            return resolved + refusal.map(r -> " → refused " + r).orElse(" → ok");
        }
    }

    public OrderStory {
        Objects.requireNonNull(placed, "placed");
        played = List.copyOf(played);
        Objects.requireNonNull(journal, "journal");
    }

    public Order order() {
        return journal.order();
    }

    public StatusHistory history() {
        return journal.history();
    }

    public TenantSetup setup() {
        return placed.setup();
    }

    @Override
    public String toString() {
        return "OrderStory[" + placed + ", then " + played + ", ending " + order() + " with lines "
                + order().lineItems().stream().map(l -> l.kind() + " " + l.status()).toList() + " and blocks " + order().openBlocks() + "]";
    }
}
