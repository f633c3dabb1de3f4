package dev.ordercore.application.port.out;

import dev.ordercore.domain.shared.DomainEvent;

import java.util.List;

/** Records events in the same transaction as the change that caused them; subscribers see them after commit, in order. */
public interface EventOutbox {

    void append(List<DomainEvent> events);
}
