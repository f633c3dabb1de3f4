package dev.ordercore.adapter.inmemory.usecases;

import dev.ordercore.application.usecases.IntentBatchProperties;
import dev.ordercore.application.usecases.ScenarioStores;

import java.time.Clock;

class InMemoryIntentBatchProperties extends IntentBatchProperties {

    @Override
    protected ScenarioStores newStores(Clock clock) {
        return InMemoryScenarioStores.create(clock);
    }
}
