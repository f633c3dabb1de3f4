package dev.ordercore.adapter.postgres;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.contract.CategoryRepositoryContract;
import dev.ordercore.application.contract.ContractData;

class PostgresCategoryRepositoryIT extends CategoryRepositoryContract {

    @Override
    protected OrderCorePorts ports() {
        return PostgresTestDatabase.forClass(getClass()).freshStores(ContractData.CLOCK).ports();
    }
}
