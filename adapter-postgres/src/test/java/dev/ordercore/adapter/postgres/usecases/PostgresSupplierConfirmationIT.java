package dev.ordercore.adapter.postgres.usecases;

import dev.ordercore.application.usecases.SupplierConfirmationScenarios;
import dev.ordercore.application.usecases.ScenarioStores;

import java.time.Clock;

class PostgresSupplierConfirmationIT extends SupplierConfirmationScenarios {

    @Override
    protected ScenarioStores newStores(Clock clock) {
        return PostgresScenarioStores.create(getClass(), clock);
    }
}
