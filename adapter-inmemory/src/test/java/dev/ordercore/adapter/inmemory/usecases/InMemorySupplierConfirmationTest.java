package dev.ordercore.adapter.inmemory.usecases;

import dev.ordercore.application.usecases.SupplierConfirmationScenarios;
import dev.ordercore.application.usecases.ScenarioStores;

import java.time.Clock;

class InMemorySupplierConfirmationTest extends SupplierConfirmationScenarios {

    @Override
    protected ScenarioStores newStores(Clock clock) {
        return InMemoryScenarioStores.create(clock);
    }
}
