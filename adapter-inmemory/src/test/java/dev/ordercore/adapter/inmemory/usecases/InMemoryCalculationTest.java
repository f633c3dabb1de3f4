package dev.ordercore.adapter.inmemory.usecases;

import dev.ordercore.application.usecases.CalculationScenarios;
import dev.ordercore.application.usecases.ScenarioStores;

import java.time.Clock;

class InMemoryCalculationTest extends CalculationScenarios {

    @Override
    protected ScenarioStores newStores(Clock clock) {
        return InMemoryScenarioStores.create(clock);
    }
}
