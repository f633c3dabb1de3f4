package dev.ordercore.adapter.postgres.usecases;

import dev.ordercore.application.usecases.CaseAndRelationScenarios;
import dev.ordercore.application.usecases.ScenarioStores;

import java.time.Clock;

class PostgresCaseAndRelationIT extends CaseAndRelationScenarios {

    @Override
    protected ScenarioStores newStores(Clock clock) {
        return PostgresScenarioStores.create(getClass(), clock);
    }
}
