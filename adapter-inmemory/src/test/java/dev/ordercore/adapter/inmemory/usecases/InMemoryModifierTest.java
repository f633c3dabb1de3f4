package dev.ordercore.adapter.inmemory.usecases;

import dev.ordercore.application.usecases.ModifierScenarios;
import dev.ordercore.application.usecases.ScenarioStores;

import java.time.Clock;

class InMemoryModifierTest extends ModifierScenarios {

    @Override
    protected ScenarioStores newStores(Clock clock) {
        return InMemoryScenarioStores.create(clock);
    }
}
