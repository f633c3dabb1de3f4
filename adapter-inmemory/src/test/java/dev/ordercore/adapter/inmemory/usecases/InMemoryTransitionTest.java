package dev.ordercore.adapter.inmemory.usecases;

import dev.ordercore.application.usecases.TransitionScenarios;
import dev.ordercore.application.usecases.ScenarioStores;

import java.time.Clock;

class InMemoryTransitionTest extends TransitionScenarios {

    @Override
    protected ScenarioStores newStores(Clock clock) {
        return InMemoryScenarioStores.create(clock);
    }
}
