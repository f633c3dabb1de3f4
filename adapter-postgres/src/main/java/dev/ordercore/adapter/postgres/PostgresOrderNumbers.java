package dev.ordercore.adapter.postgres;

import dev.ordercore.application.port.out.OrderNumbers;
import dev.ordercore.domain.order.OrderNumber;
import dev.ordercore.domain.shared.TenantId;
import org.jooq.impl.DSL;

import static dev.ordercore.adapter.postgres.jooq.Tables.ORDER_NUMBER_COUNTERS;

/**
 * Order number counters, one row per tenant, prefix and year, each drawn or raised in one upsert.
 * The upsert keeps the counter's row locked until the transaction ends, so placements of one
 * tenant-year take their numbers one after another, and a rollback undoes the draw: the number is
 * drawn again and committed numbers have no gaps.
 */
final class PostgresOrderNumbers implements OrderNumbers {

    private final Database db;

    PostgresOrderNumbers(Database db) {
        this.db = db;
    }

    @Override
    public OrderNumber next(TenantId tenant, String prefix, int year) {
        OrderNumber.of(prefix, year, 1); // refuses a prefix or year no number can have before a counter is made for it
        long next = db.run(tenant, dsl -> dsl.insertInto(ORDER_NUMBER_COUNTERS)
                .columns(ORDER_NUMBER_COUNTERS.TENANT_ID, ORDER_NUMBER_COUNTERS.PREFIX, ORDER_NUMBER_COUNTERS.YEAR,
                        ORDER_NUMBER_COUNTERS.LAST_VALUE)
                .values(tenant.value(), prefix, year, 1L)
                .onConflict(ORDER_NUMBER_COUNTERS.TENANT_ID, ORDER_NUMBER_COUNTERS.PREFIX, ORDER_NUMBER_COUNTERS.YEAR)
                .doUpdate()
                .set(ORDER_NUMBER_COUNTERS.LAST_VALUE, ORDER_NUMBER_COUNTERS.LAST_VALUE.plus(1))
                .returningResult(ORDER_NUMBER_COUNTERS.LAST_VALUE)
                .fetchSingle()
                .value1());
        return OrderNumber.of(prefix, year, next);
    }

    @Override
    public void observe(TenantId tenant, OrderNumber number) {
        db.run(tenant, dsl -> dsl.insertInto(ORDER_NUMBER_COUNTERS)
                .columns(ORDER_NUMBER_COUNTERS.TENANT_ID, ORDER_NUMBER_COUNTERS.PREFIX, ORDER_NUMBER_COUNTERS.YEAR,
                        ORDER_NUMBER_COUNTERS.LAST_VALUE)
                .values(tenant.value(), number.prefix(), number.year(), number.sequence())
                .onConflict(ORDER_NUMBER_COUNTERS.TENANT_ID, ORDER_NUMBER_COUNTERS.PREFIX, ORDER_NUMBER_COUNTERS.YEAR)
                .doUpdate()
                .set(ORDER_NUMBER_COUNTERS.LAST_VALUE,
                        DSL.greatest(ORDER_NUMBER_COUNTERS.LAST_VALUE, DSL.excluded(ORDER_NUMBER_COUNTERS.LAST_VALUE)))
                .execute());
    }
}
