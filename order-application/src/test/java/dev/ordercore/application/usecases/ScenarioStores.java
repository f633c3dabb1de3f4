package dev.ordercore.application.usecases;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.domain.shared.DomainEvent;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** What an adapter gives the scenarios: fresh stores, and a way to read the events they committed, in commit order. */
public record ScenarioStores(OrderCorePorts ports, Supplier<List<DomainEvent>> committedEvents) {

    public ScenarioStores {
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(committedEvents, "committedEvents");
    }
}
