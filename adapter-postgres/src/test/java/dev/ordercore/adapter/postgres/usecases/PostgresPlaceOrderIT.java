package dev.ordercore.adapter.postgres.usecases;

import dev.ordercore.application.usecases.PlaceOrderScenarios;
import dev.ordercore.application.usecases.ScenarioStores;

import java.time.Clock;

class PostgresPlaceOrderIT extends PlaceOrderScenarios {

    @Override
    protected ScenarioStores newStores(Clock clock) {
        return PostgresScenarioStores.create(getClass(), clock);
    }
}
