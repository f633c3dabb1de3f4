package dev.ordercore.adapter.postgres.usecases;

import dev.ordercore.adapter.postgres.PostgresTestDatabase;
import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.usecases.IntentIdempotencyProperties;

import java.time.Clock;

class PostgresIntentIdempotencyPropertiesIT extends IntentIdempotencyProperties {

    @Override
    protected OrderCorePorts newPorts(Clock clock) {
        return PostgresTestDatabase.forClass(getClass()).freshStores(clock).ports();
    }
}
