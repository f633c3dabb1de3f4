package dev.ordercore.adapter.inmemory.usecases;

import dev.ordercore.application.usecases.CustomerScenarios;
import dev.ordercore.application.usecases.ScenarioStores;

import java.time.Clock;

class InMemoryCustomerTest extends CustomerScenarios {

    @Override
    protected ScenarioStores newStores(Clock clock) {
        return InMemoryScenarioStores.create(clock);
    }
}
