package dev.ordercore.adapter.postgres.usecases;

import dev.ordercore.adapter.postgres.PostgresTestDatabase;
import dev.ordercore.application.usecases.ScenarioStores;

import java.time.Clock;

/** The PostgreSQL adapter as the use-case scenarios need it: emptied stores on the test class's database. */
final class PostgresScenarioStores {

    private PostgresScenarioStores() {
    }

    static ScenarioStores create(Class<?> testClass, Clock clock) {
        PostgresTestDatabase db = PostgresTestDatabase.forClass(testClass);
        return new ScenarioStores(db.freshStores(clock).ports(), db::committedEvents);
    }
}
