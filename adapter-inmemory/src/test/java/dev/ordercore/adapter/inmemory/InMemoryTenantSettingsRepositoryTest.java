package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.contract.ContractData;
import dev.ordercore.application.contract.TenantSettingsRepositoryContract;

class InMemoryTenantSettingsRepositoryTest extends TenantSettingsRepositoryContract {

    @Override
    protected OrderCorePorts ports() {
        return InMemoryStores.create(ContractData.CLOCK).ports();
    }
}
