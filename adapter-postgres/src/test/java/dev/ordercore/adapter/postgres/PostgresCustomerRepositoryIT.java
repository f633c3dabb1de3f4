package dev.ordercore.adapter.postgres;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.contract.ContractData;
import dev.ordercore.application.contract.CustomerRepositoryContract;

class PostgresCustomerRepositoryIT extends CustomerRepositoryContract {

    @Override
    protected OrderCorePorts ports() {
        return PostgresTestDatabase.forClass(getClass()).freshStores(ContractData.CLOCK).ports();
    }
}
