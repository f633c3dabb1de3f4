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
