package dev.ordercore.adapter.inmemory.usecases;

import dev.ordercore.application.usecases.HistoryScenarios;
import dev.ordercore.application.usecases.ScenarioStores;

import java.time.Clock;

class InMemoryHistoryTest extends HistoryScenarios {

    @Override
    protected ScenarioStores newStores(Clock clock) {
        return InMemoryScenarioStores.create(clock);
    }
}
