package dev.ordercore.domain.testing;

import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderDraft;

import java.util.Objects;

/** An order placed through {@link Order#place} from {@code draft}, with the journal that continues from there. */
public record PlacedOrder(TenantSetup setup, OrderDraft draft, OrderJournal journal) {

    public PlacedOrder {
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(journal, "journal");
    }

    public Order order() {
        return journal.order();
    }

    @Override
    public String toString() {
        return "PlacedOrder[" + order() + " in " + setup.currency() + ", lifecycles " + setup.lifecycles().order().name() + "/"
                + setup.lifecycles().lineItem().name() + ", lines " + order().lineItems().stream().map(l -> l.kind() + " " + l.status()).toList()
                + "]";
    }
}
