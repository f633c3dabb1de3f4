package dev.ordercore.adapter.postgres.usecases;

import dev.ordercore.application.usecases.HistoryScenarios;
import dev.ordercore.application.usecases.ScenarioStores;

import java.time.Clock;

class PostgresHistoryIT extends HistoryScenarios {

    @Override
    protected ScenarioStores newStores(Clock clock) {
        return PostgresScenarioStores.create(getClass(), clock);
    }
}
