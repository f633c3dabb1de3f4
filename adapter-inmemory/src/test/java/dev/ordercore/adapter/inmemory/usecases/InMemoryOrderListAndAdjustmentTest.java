package dev.ordercore.adapter.inmemory.usecases;

import dev.ordercore.application.usecases.OrderListAndAdjustmentScenarios;
import dev.ordercore.application.usecases.ScenarioStores;

import java.time.Clock;

class InMemoryOrderListAndAdjustmentTest extends OrderListAndAdjustmentScenarios {

    @Override
    protected ScenarioStores newStores(Clock clock) {
        return InMemoryScenarioStores.create(clock);
    }
}
