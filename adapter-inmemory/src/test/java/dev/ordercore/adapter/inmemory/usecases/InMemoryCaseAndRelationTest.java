package dev.ordercore.adapter.inmemory.usecases;

import dev.ordercore.adapter.inmemory.InMemoryStores;
import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.usecases.CaseAndRelationScenarios;
import dev.ordercore.domain.shared.DomainEvent;

import java.time.Clock;
import java.util.List;

class InMemoryCaseAndRelationTest extends CaseAndRelationScenarios {

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
