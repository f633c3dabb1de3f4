package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.contract.ContractData;
import dev.ordercore.application.contract.EventOutboxContract;
import dev.ordercore.domain.shared.DomainEvent;

import java.util.List;

class InMemoryEventOutboxTest extends EventOutboxContract {

    private InMemoryStores stores;

    @Override
    protected OrderCorePorts ports() {
        stores = InMemoryStores.create(ContractData.CLOCK);
        return stores.ports();
    }

    @Override
    protected List<DomainEvent> committedEvents() {
        return stores.outbox().events();
    }
}
