package dev.ordercore.adapter.postgres.usecases;

import dev.ordercore.application.usecases.ScenarioStores;
import dev.ordercore.application.usecases.SettingsAndAlertsScenarios;

import java.time.Clock;

class PostgresSettingsAndAlertsIT extends SettingsAndAlertsScenarios {

    @Override
    protected ScenarioStores newStores(Clock clock) {
        return PostgresScenarioStores.create(getClass(), clock);
    }
}
