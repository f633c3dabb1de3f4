package dev.ordercore.adapter.inmemory.usecases;

import dev.ordercore.application.usecases.CatalogScenarios;
import dev.ordercore.application.usecases.ScenarioStores;

import java.time.Clock;

class InMemoryCatalogTest extends CatalogScenarios {

    @Override
    protected ScenarioStores newStores(Clock clock) {
        return InMemoryScenarioStores.create(clock);
    }
}
