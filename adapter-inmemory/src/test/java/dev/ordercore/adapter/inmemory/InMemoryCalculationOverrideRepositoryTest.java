package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.contract.CalculationOverrideRepositoryContract;
import dev.ordercore.application.contract.ContractData;

class InMemoryCalculationOverrideRepositoryTest extends CalculationOverrideRepositoryContract {

    @Override
    protected OrderCorePorts ports() {
        return InMemoryStores.create(ContractData.CLOCK).ports();
    }
}
