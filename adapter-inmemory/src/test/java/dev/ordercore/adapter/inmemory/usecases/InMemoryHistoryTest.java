package dev.ordercore.adapter.inmemory.usecases;

import dev.ordercore.adapter.inmemory.InMemoryStores;
import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.usecases.HistoryScenarios;
import dev.ordercore.domain.shared.DomainEvent;

import java.time.Clock;
import java.util.List;

class InMemoryHistoryTest extends HistoryScenarios {

    private InMemoryStores stores;

    @Override
    protected OrderCorePorts newPorts(Clock clock) {
        stores = InMemoryStores.create(clock);
        return stores.ports();
    }

    @Override
    protected List<DomainEvent> committedEvents() {
        return stores.outbox().events();
    }
}
