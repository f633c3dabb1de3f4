package dev.ordercore.adapter.postgres.usecases;

import dev.ordercore.application.usecases.CustomerScenarios;
import dev.ordercore.application.usecases.ScenarioStores;

import java.time.Clock;

class PostgresCustomerIT extends CustomerScenarios {

    @Override
    protected ScenarioStores newStores(Clock clock) {
        return PostgresScenarioStores.create(getClass(), clock);
    }
}
