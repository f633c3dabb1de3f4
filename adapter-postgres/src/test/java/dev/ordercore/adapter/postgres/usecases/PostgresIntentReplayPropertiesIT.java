package dev.ordercore.adapter.postgres.usecases;

import dev.ordercore.adapter.postgres.PostgresTestDatabase;
import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.usecases.IntentReplayProperties;

import java.time.Clock;

/** R24 on PostgreSQL: the source and the target of a replay are two databases, used in turn. */
class PostgresIntentReplayPropertiesIT extends IntentReplayProperties {

    private int calls;

    @Override
    protected OrderCorePorts newPorts(Clock clock) {
        String which = calls++ % 2 == 0 ? "source" : "target";
        return PostgresTestDatabase.forClass(getClass(), which).freshStores(clock).ports();
    }
}
