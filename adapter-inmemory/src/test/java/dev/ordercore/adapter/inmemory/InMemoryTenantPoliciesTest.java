package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.contract.ContractData;
import dev.ordercore.application.contract.TenantPoliciesContract;
import dev.ordercore.application.port.out.TenantPolicy;
import dev.ordercore.domain.shared.TenantId;

class InMemoryTenantPoliciesTest extends TenantPoliciesContract {

    private InMemoryStores stores;

    @Override
    protected OrderCorePorts ports() {
        stores = InMemoryStores.create(ContractData.CLOCK);
        return stores.ports();
    }

    @Override
    protected void givePolicy(TenantId tenant, TenantPolicy policy) {
        stores.policies().set(tenant, policy);
    }
}
