package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.contract.ContractData;
import dev.ordercore.application.contract.StatusHistorySearchContract;

class InMemoryStatusHistorySearchTest extends StatusHistorySearchContract {

    @Override
    protected OrderCorePorts ports() {
        return InMemoryStores.create(ContractData.CLOCK).ports();
    }
}
