package dev.ordercore.adapter.postgres.usecases;

import dev.ordercore.application.usecases.CalculationScenarios;
import dev.ordercore.application.usecases.ScenarioStores;

import java.time.Clock;

class PostgresCalculationIT extends CalculationScenarios {

    @Override
    protected ScenarioStores newStores(Clock clock) {
        return PostgresScenarioStores.create(getClass(), clock);
    }
}
