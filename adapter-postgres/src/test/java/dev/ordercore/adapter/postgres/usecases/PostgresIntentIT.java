package dev.ordercore.adapter.postgres.usecases;

import dev.ordercore.application.usecases.IntentScenarios;
import dev.ordercore.application.usecases.ScenarioStores;

import java.time.Clock;

class PostgresIntentIT extends IntentScenarios {

    @Override
    protected ScenarioStores newStores(Clock clock) {
        return PostgresScenarioStores.create(getClass(), clock);
    }
}
