package dev.ordercore.adapter.postgres;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.contract.ContractData;
import dev.ordercore.application.contract.TenantPoliciesContract;
import dev.ordercore.application.port.out.TenantPolicy;
import dev.ordercore.domain.shared.TenantId;

class PostgresTenantPoliciesIT extends TenantPoliciesContract {

    private PostgresStores stores;

    @Override
    protected OrderCorePorts ports() {
        stores = PostgresTestDatabase.forClass(getClass()).freshStores(ContractData.CLOCK);
        return stores.ports();
    }

    @Override
    protected void givePolicy(TenantId tenant, TenantPolicy policy) {
        stores.policies().set(tenant, policy);
    }
}
