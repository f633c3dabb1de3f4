package dev.ordercore.adapter.postgres;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.contract.CalculationOverrideRepositoryContract;
import dev.ordercore.application.contract.ContractData;

class PostgresCalculationOverrideRepositoryIT extends CalculationOverrideRepositoryContract {

    @Override
    protected OrderCorePorts ports() {
        return PostgresTestDatabase.forClass(getClass()).freshStores(ContractData.CLOCK).ports();
    }
}
