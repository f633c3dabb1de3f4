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
    public OrderNumber nextBlock(TenantId tenant, String prefix, int year, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a block holds at least one number, got " + count);
        }
        OrderNumber.of(prefix, year, 1);
        long last = db.run(tenant, dsl -> dsl.insertInto(ORDER_NUMBER_COUNTERS)
                .columns(ORDER_NUMBER_COUNTERS.TENANT_ID, ORDER_NUMBER_COUNTERS.PREFIX, ORDER_NUMBER_COUNTERS.YEAR,
                        ORDER_NUMBER_COUNTERS.LAST_VALUE)
                .values(tenant.value(), prefix, year, (long) count)
                .onConflict(ORDER_NUMBER_COUNTERS.TENANT_ID, ORDER_NUMBER_COUNTERS.PREFIX, ORDER_NUMBER_COUNTERS.YEAR)
                .doUpdate()
                .set(ORDER_NUMBER_COUNTERS.LAST_VALUE, ORDER_NUMBER_COUNTERS.LAST_VALUE.plus(count))
                .returningResult(ORDER_NUMBER_COUNTERS.LAST_VALUE)
                .fetchSingle()
                .value1());
        return OrderNumber.of(prefix, year, last - count + 1);
    }

    /** Lowers the counter the current transaction holds locked since it drew; the check keeps it from going below zero. */
    @Override
    public void giveBack(TenantId tenant, String prefix, int year, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("cannot give back " + count + " numbers");
        }
        int updated = db.run(tenant, dsl -> dsl.update(ORDER_NUMBER_COUNTERS)
                .set(ORDER_NUMBER_COUNTERS.LAST_VALUE, ORDER_NUMBER_COUNTERS.LAST_VALUE.minus(count))
                .where(ORDER_NUMBER_COUNTERS.TENANT_ID.eq(tenant.value()), ORDER_NUMBER_COUNTERS.PREFIX.eq(prefix),
                        ORDER_NUMBER_COUNTERS.YEAR.eq(year), ORDER_NUMBER_COUNTERS.LAST_VALUE.ge((long) count))
                .execute());
        if (updated != 1) {
            throw new IllegalArgumentException("cannot give back " + count + " numbers of " + tenant + "'s counter " + prefix + "/" + year);
        }
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
