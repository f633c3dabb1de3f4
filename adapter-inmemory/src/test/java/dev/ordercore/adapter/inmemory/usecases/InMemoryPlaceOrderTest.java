package dev.ordercore.adapter.inmemory.usecases;

import dev.ordercore.application.usecases.PlaceOrderScenarios;
import dev.ordercore.application.usecases.ScenarioStores;

import java.time.Clock;

class InMemoryPlaceOrderTest extends PlaceOrderScenarios {

    @Override
    protected ScenarioStores newStores(Clock clock) {
        return InMemoryScenarioStores.create(clock);
    }
}
