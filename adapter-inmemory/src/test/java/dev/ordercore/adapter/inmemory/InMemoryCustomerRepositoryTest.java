package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.contract.ContractData;
import dev.ordercore.application.contract.CustomerRepositoryContract;

class InMemoryCustomerRepositoryTest extends CustomerRepositoryContract {

    @Override
    protected OrderCorePorts ports() {
        return InMemoryStores.create(ContractData.CLOCK).ports();
    }
}
