package dev.ordercore.adapter.postgres.usecases;

import dev.ordercore.application.usecases.ModifierScenarios;
import dev.ordercore.application.usecases.ScenarioStores;

import java.time.Clock;

class PostgresModifierIT extends ModifierScenarios {

    @Override
    protected ScenarioStores newStores(Clock clock) {
        return PostgresScenarioStores.create(getClass(), clock);
    }
}
