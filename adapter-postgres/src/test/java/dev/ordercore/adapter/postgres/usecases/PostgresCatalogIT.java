package dev.ordercore.adapter.postgres.usecases;

import dev.ordercore.application.usecases.CatalogScenarios;
import dev.ordercore.application.usecases.ScenarioStores;

import java.time.Clock;

class PostgresCatalogIT extends CatalogScenarios {

    @Override
    protected ScenarioStores newStores(Clock clock) {
        return PostgresScenarioStores.create(getClass(), clock);
    }
}
