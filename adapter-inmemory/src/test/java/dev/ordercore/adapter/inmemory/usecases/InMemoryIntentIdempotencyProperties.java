package dev.ordercore.adapter.inmemory.usecases;

import dev.ordercore.adapter.inmemory.InMemoryStores;
import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.usecases.IntentIdempotencyProperties;

import java.time.Clock;

class InMemoryIntentIdempotencyProperties extends IntentIdempotencyProperties {

    @Override
    protected OrderCorePorts newPorts(Clock clock) {
        return InMemoryStores.create(clock).ports();
    }
}
