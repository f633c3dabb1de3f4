package dev.ordercore.domain.order;

import dev.ordercore.domain.shared.DomainEvent;

import java.util.List;
import java.util.Objects;

/**
 * What a command did to an order: the order as it now is, the history entries to append in this
 * order, and the events to put in the outbox, all in one transaction.
 */
public record OrderChange(Order order, List<NewStatusEntry> entries, List<DomainEvent> events) {

    public OrderChange {
        Objects.requireNonNull(order, "order");
        entries = List.copyOf(entries);
        events = List.copyOf(events);
    }
}
