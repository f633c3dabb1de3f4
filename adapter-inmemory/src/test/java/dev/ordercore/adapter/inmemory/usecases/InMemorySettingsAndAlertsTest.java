package dev.ordercore.adapter.inmemory.usecases;

import dev.ordercore.application.usecases.ScenarioStores;
import dev.ordercore.application.usecases.SettingsAndAlertsScenarios;

import java.time.Clock;

class InMemorySettingsAndAlertsTest extends SettingsAndAlertsScenarios {

    @Override
    protected ScenarioStores newStores(Clock clock) {
        return InMemoryScenarioStores.create(clock);
    }
}
