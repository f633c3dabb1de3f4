package dev.ordercore.adapter.inmemory.usecases;

import dev.ordercore.application.usecases.IntentScenarios;
import dev.ordercore.application.usecases.ScenarioStores;

import java.time.Clock;

class InMemoryIntentTest extends IntentScenarios {

    @Override
    protected ScenarioStores newStores(Clock clock) {
        return InMemoryScenarioStores.create(clock);
    }
}
