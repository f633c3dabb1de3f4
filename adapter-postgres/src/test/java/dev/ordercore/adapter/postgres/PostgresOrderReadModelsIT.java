package dev.ordercore.adapter.postgres;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.contract.OrderReadModelsContract;

import java.time.Clock;

class PostgresOrderReadModelsIT extends OrderReadModelsContract {

    @Override
    protected OrderCorePorts ports(Clock clock) {
        return PostgresTestDatabase.forClass(getClass()).freshStores(clock).ports();
    }
}
