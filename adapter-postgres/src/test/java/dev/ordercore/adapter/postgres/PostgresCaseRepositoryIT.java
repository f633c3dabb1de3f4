package dev.ordercore.adapter.postgres;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.contract.CaseRepositoryContract;
import dev.ordercore.application.contract.ContractData;

class PostgresCaseRepositoryIT extends CaseRepositoryContract {

    @Override
    protected OrderCorePorts ports() {
        return PostgresTestDatabase.forClass(getClass()).freshStores(ContractData.CLOCK).ports();
    }
}
