package dev.ordercore.adapter.postgres;

import dev.ordercore.application.port.out.OrderNumbers;
import dev.ordercore.domain.order.OrderNumber;
import dev.ordercore.domain.shared.TenantId;

/** Order number counters. */
final class PostgresOrderNumbers implements OrderNumbers {

    private final Database db;

    PostgresOrderNumbers(Database db) {
        this.db = db;
    }

    @Override
    public OrderNumber next(TenantId tenant, String prefix, int year) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }

    @Override
    public void observe(TenantId tenant, OrderNumber number) {
        throw new UnsupportedOperationException("not yet on PostgreSQL");
    }
}
