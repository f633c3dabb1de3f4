package dev.ordercore.adapter.inmemory;

import dev.ordercore.application.port.out.OrderNumbers;
import dev.ordercore.domain.order.OrderNumber;
import dev.ordercore.domain.shared.TenantId;

import java.util.HashMap;
import java.util.Map;

/** Counters per tenant, prefix and year; a number drawn in a transaction that rolls back is drawn again. */
final class InMemoryOrderNumbers implements OrderNumbers {

    private record Counter(TenantId tenant, String prefix, int year) {
    }

    private final InMemoryDatabase db;
    private final Map<Counter, Long> counters = new HashMap<>();

    InMemoryOrderNumbers(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public OrderNumber next(TenantId tenant, String prefix, int year) {
        return db.write(() -> {
            Counter counter = new Counter(tenant, prefix, year);
            long next = counters.getOrDefault(counter, 0L) + 1;
            db.put(counters, counter, next);
            return OrderNumber.of(prefix, year, next);
        });
    }

    @Override
    public OrderNumber nextBlock(TenantId tenant, String prefix, int year, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a block holds at least one number, got " + count);
        }
        return db.write(() -> {
            Counter counter = new Counter(tenant, prefix, year);
            long first = counters.getOrDefault(counter, 0L) + 1;
            db.put(counters, counter, first + count - 1);
            return OrderNumber.of(prefix, year, first);
        });
    }

    @Override
    public void giveBack(TenantId tenant, String prefix, int year, int count) {
        db.write(() -> {
            Counter counter = new Counter(tenant, prefix, year);
            long last = counters.getOrDefault(counter, 0L);
            if (count < 0 || count > last) {
                throw new IllegalArgumentException("cannot give back " + count + " numbers of a counter at " + last);
            }
            db.put(counters, counter, last - count);
            return null;
        });
    }

    @Override
    public void observe(TenantId tenant, OrderNumber number) {
        db.write(() -> {
            Counter counter = new Counter(tenant, number.prefix(), number.year());
            if (counters.getOrDefault(counter, 0L) < number.sequence()) {
                db.put(counters, counter, number.sequence());
            }
            return null;
        });
    }
}
