package dev.ordercore.adapter.inmemory.usecases;

import dev.ordercore.application.usecases.CaseAndRelationScenarios;
import dev.ordercore.application.usecases.ScenarioStores;

import java.time.Clock;

class InMemoryCaseAndRelationTest extends CaseAndRelationScenarios {

    @Override
    protected ScenarioStores newStores(Clock clock) {
        return InMemoryScenarioStores.create(clock);
    }
}
