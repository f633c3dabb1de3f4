package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.contract.OrderReadModelsContract;

import java.time.Clock;

class InMemoryOrderReadModelsTest extends OrderReadModelsContract {

    @Override
    protected OrderCorePorts ports(Clock clock) {
        return InMemoryStores.create(clock).ports();
    }
}
