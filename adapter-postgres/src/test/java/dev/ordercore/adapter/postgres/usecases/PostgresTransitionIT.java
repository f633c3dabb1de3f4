package dev.ordercore.adapter.postgres.usecases;

import dev.ordercore.application.usecases.TransitionScenarios;
import dev.ordercore.application.usecases.ScenarioStores;

import java.time.Clock;

class PostgresTransitionIT extends TransitionScenarios {

    @Override
    protected ScenarioStores newStores(Clock clock) {
        return PostgresScenarioStores.create(getClass(), clock);
    }
}
