package dev.ordercore.adapter.postgres;

import dev.ordercore.application.port.out.CustomerFigures;
import dev.ordercore.application.port.out.LifecycleStates;
import dev.ordercore.domain.customer.CustomerMetrics;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.TenantId;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record4;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static dev.ordercore.adapter.postgres.jooq.Tables.LINE_ITEMS;
import static dev.ordercore.adapter.postgres.jooq.Tables.ORDERS;

/**
 * A customer's figures as one aggregate query each over the customer's lines (index
 * {@code line_items_customer_ix}, V6) joined to their orders by primary key: no order is loaded.
 * Which statuses count as cancelled or closed comes from the tenant's lifecycles, as conditions on
 * (lifecycle, status) pairs.
 */
final class PostgresCustomerFigures implements CustomerFigures {

    private final Database db;

    PostgresCustomerFigures(Database db) {
        this.db = db;
    }

    @Override
    public CustomerMetrics metrics(TenantId tenant, CustomerId customer, LifecycleStates cancelledLines) {
        Field<BigDecimal> spent = DSL.sum(LINE_ITEMS.AMOUNT).filterWhere(DSL.not(in(cancelledLines, LINE_ITEMS.LIFECYCLE, LINE_ITEMS.STATUS)));
        Field<Integer> orders = DSL.countDistinct(LINE_ITEMS.ORDER_ID);
        Field<OffsetDateTime> last = DSL.max(ORDERS.CREATED_AT);
        List<Record4<String, Integer, BigDecimal, OffsetDateTime>> rows = db.run(tenant, dsl -> dsl
                .select(LINE_ITEMS.CURRENCY, orders, spent, last)
                .from(LINE_ITEMS)
                .join(ORDERS).on(ORDERS.TENANT_ID.eq(LINE_ITEMS.TENANT_ID), ORDERS.ID.eq(LINE_ITEMS.ORDER_ID))
                .where(LINE_ITEMS.TENANT_ID.eq(tenant.value()), LINE_ITEMS.CUSTOMER_ID.eq(customer.value()), ORDERS.DELETED_AT.isNull())
                .groupBy(LINE_ITEMS.CURRENCY)
                .fetch());
        long count = 0;
        Optional<Instant> newest = Optional.empty();
        List<Money> totals = new ArrayList<>();
        for (Record4<String, Integer, BigDecimal, OffsetDateTime> row : rows) {
            count += row.value2(); // an order has one currency (R8), so no order is counted twice
            Currency currency = Currency.getInstance(row.value1());
            totals.add(row.value3() == null ? Money.zero(currency) : new Money(row.value3().stripTrailingZeros(), currency));
            Instant at = Rows.instant(row.value4());
            newest = newest.filter(n -> n.isAfter(at)).or(() -> Optional.of(at));
        }
        return new CustomerMetrics(count, totals, newest);
    }

    @Override
    public Money openExposure(TenantId tenant, CustomerId customer, Currency currency, LifecycleStates cancelledLines,
                              LifecycleStates closedOrders) {
        BigDecimal sum = db.run(tenant, dsl -> dsl
                .select(DSL.sum(LINE_ITEMS.AMOUNT))
                .from(LINE_ITEMS)
                .join(ORDERS).on(ORDERS.TENANT_ID.eq(LINE_ITEMS.TENANT_ID), ORDERS.ID.eq(LINE_ITEMS.ORDER_ID))
                .where(LINE_ITEMS.TENANT_ID.eq(tenant.value()), LINE_ITEMS.CUSTOMER_ID.eq(customer.value()),
                        LINE_ITEMS.CURRENCY.eq(currency.getCurrencyCode()), ORDERS.DELETED_AT.isNull(),
                        DSL.not(in(cancelledLines, LINE_ITEMS.LIFECYCLE, LINE_ITEMS.STATUS)),
                        DSL.not(in(closedOrders, ORDERS.LIFECYCLE, ORDERS.STATUS)))
                .fetchOne(Record1::value1));
        return sum == null ? Money.zero(currency) : new Money(sum.stripTrailingZeros(), currency);
    }

    /** Whether (lifecycle, status) is one of {@code states}; false when there are none. */
    private static Condition in(LifecycleStates states, Field<String> lifecycle, Field<String> status) {
        Condition any = DSL.falseCondition();
        for (var entry : states.byLifecycle().entrySet()) {
            any = any.or(lifecycle.eq(entry.getKey()).and(status.in(entry.getValue())));
        }
        return any;
    }
}
