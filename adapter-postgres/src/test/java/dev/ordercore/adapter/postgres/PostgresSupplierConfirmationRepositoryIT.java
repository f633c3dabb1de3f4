package dev.ordercore.adapter.postgres;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.contract.ContractData;
import dev.ordercore.application.contract.SupplierConfirmationRepositoryContract;

class PostgresSupplierConfirmationRepositoryIT extends SupplierConfirmationRepositoryContract {

    @Override
    protected OrderCorePorts ports() {
        return PostgresTestDatabase.forClass(getClass()).freshStores(ContractData.CLOCK).ports();
    }
}
