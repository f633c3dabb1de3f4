package dev.ordercore.adapter.postgres.usecases;

import dev.ordercore.application.usecases.OrderListAndAdjustmentScenarios;
import dev.ordercore.application.usecases.ScenarioStores;

import java.time.Clock;

class PostgresOrderListAndAdjustmentIT extends OrderListAndAdjustmentScenarios {

    @Override
    protected ScenarioStores newStores(Clock clock) {
        return PostgresScenarioStores.create(getClass(), clock);
    }
}
