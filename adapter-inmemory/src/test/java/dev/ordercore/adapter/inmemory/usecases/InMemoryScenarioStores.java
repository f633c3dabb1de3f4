package dev.ordercore.adapter.inmemory.usecases;

import dev.ordercore.adapter.inmemory.InMemoryStores;
import dev.ordercore.application.usecases.ScenarioStores;

import java.time.Clock;

/** The in-memory adapter as the use-case scenarios need it. */
final class InMemoryScenarioStores {

    private InMemoryScenarioStores() {
    }

    static ScenarioStores create(Clock clock) {
        InMemoryStores stores = InMemoryStores.create(clock);
        return new ScenarioStores(stores.ports(), stores.outbox()::events);
    }
}
