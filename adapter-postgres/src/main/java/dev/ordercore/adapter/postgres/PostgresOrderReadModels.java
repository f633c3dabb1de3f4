package dev.ordercore.adapter.postgres;

import dev.ordercore.adapter.postgres.jooq.tables.LineItems;
import dev.ordercore.adapter.postgres.jooq.tables.Orders;
import dev.ordercore.application.port.out.OrderReadModels;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.planning.Activity;
import dev.ordercore.domain.planning.Activity.StateRef;
import dev.ordercore.domain.planning.DashboardFigures;
import dev.ordercore.domain.planning.DashboardWindows;
import dev.ordercore.domain.planning.DemandHorizon;
import dev.ordercore.domain.planning.DemandRequirement;
import dev.ordercore.domain.planning.OrderVolume;
import dev.ordercore.domain.planning.ProductQuantity;
import dev.ordercore.domain.planning.Revenue;
import dev.ordercore.domain.settings.TenantSettings;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.TenantId;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Row2;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.ordercore.adapter.postgres.jooq.Tables.LINE_ITEMS;
import static dev.ordercore.adapter.postgres.jooq.Tables.ORDERS;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

/**
 * The read models as SQL aggregates: each answer is a few statements over indexed columns of one
 * tenant (V8), and no order is loaded. The definitions are the domain's ({@link Activity}); since
 * lifecycles are data, the (lifecycle, state) pairs they name are bound as parameters.
 */
final class PostgresOrderReadModels implements OrderReadModels {

    private static final Orders O = ORDERS;
    private static final LineItems L = LINE_ITEMS;

    private final Database db;

    PostgresOrderReadModels(Database db) {
        this.db = db;
    }

    @Override
    public DashboardFigures dashboard(TenantId tenant, LifecycleSet lifecycles, DashboardWindows w) {
        Activity.States states = Activity.states(lifecycles);
        return db.run(tenant, dsl -> {
            Map<StateRef, Long> byState = new HashMap<>();
            long blocked = 0;
            for (Record r : dsl.select(O.LIFECYCLE, O.STATUS, count(), count().filterWhere(O.BLOCKING_COUNT.gt(0)))
                    .from(O)
                    .where(O.TENANT_ID.eq(tenant.value()), O.DELETED_AT.isNull())
                    .groupBy(O.LIFECYCLE, O.STATUS)
                    .fetch()) {
                byState.put(new StateRef(r.get(O.LIFECYCLE), r.get(O.STATUS)), (long) r.get(2, Integer.class));
                blocked += r.get(3, Integer.class);
            }
            // lines carry their order's (immutable) creation time: the period's lines come from one index range,
            // joined to the period's undeleted orders
            Condition last30Days = L.TENANT_ID.eq(tenant.value())
                    .and(L.ORDER_CREATED_AT.ge(ts(w.last30DaysStart())))
                    .and(L.ORDER_CREATED_AT.lt(ts(w.end())))
                    .and(notIn(L.LIFECYCLE, L.STATUS, states.cancelled()))
                    .and(O.TENANT_ID.eq(tenant.value()))
                    .and(O.DELETED_AT.isNull())
                    .and(O.CREATED_AT.ge(ts(w.last30DaysStart())))
                    .and(O.CREATED_AT.lt(ts(w.end())));
            // revenue: the period's counted lines summed per order first, so counting orders needs no count(distinct)
            Table<?> perOrder = dsl.select(L.ORDER_ID, L.CURRENCY, L.ORDER_CREATED_AT, sum(L.AMOUNT).as("amount"))
                    .from(L)
                    .join(O).on(O.TENANT_ID.eq(L.TENANT_ID), O.ID.eq(L.ORDER_ID))
                    .where(last30Days)
                    .groupBy(L.ORDER_ID, L.CURRENCY, L.ORDER_CREATED_AT)
                    .asTable("per_order");
            Field<String> currency = perOrder.field(L.CURRENCY);
            Field<BigDecimal> amount = perOrder.field("amount", BigDecimal.class);
            Condition today = perOrder.field(L.ORDER_CREATED_AT).ge(ts(w.todayStart()));
            Condition last7Days = perOrder.field(L.ORDER_CREATED_AT).ge(ts(w.last7DaysStart()));
            List<Revenue> revenueToday = new ArrayList<>();
            List<Revenue> revenue7 = new ArrayList<>();
            List<Revenue> revenue30 = new ArrayList<>();
            for (Record r : dsl.select(currency, sum(amount).filterWhere(today), count().filterWhere(today),
                            sum(amount).filterWhere(last7Days), count().filterWhere(last7Days), sum(amount), count())
                    .from(perOrder)
                    .groupBy(currency)
                    .fetch()) {
                Currency c = Currency.getInstance(r.get(currency));
                revenue(revenueToday, c, r.get(1, BigDecimal.class), r.get(2, Integer.class));
                revenue(revenue7, c, r.get(3, BigDecimal.class), r.get(4, Integer.class));
                revenue(revenue30, c, r.get(5, BigDecimal.class), r.get(6, Integer.class));
            }
            Field<BigDecimal> units = sum(L.QUANTITY);
            List<ProductQuantity> top = dsl.select(L.PRODUCT_ID, units)
                    .from(L)
                    .join(O).on(O.TENANT_ID.eq(L.TENANT_ID), O.ID.eq(L.ORDER_ID))
                    .where(last30Days, L.PRODUCT_ID.isNotNull())
                    .groupBy(L.PRODUCT_ID)
                    .orderBy(units.desc(), L.PRODUCT_ID)
                    .limit(DashboardFigures.TOP_PRODUCTS)
                    .fetch(r -> new ProductQuantity(new ProductId(r.value1()), r.value2().longValueExact()));
            return new DashboardFigures(byState, blocked, revenueToday, revenue7, revenue30, top);
        });
    }

    @Override
    public List<DemandRequirement> demand(TenantId tenant, LifecycleSet lifecycles, DemandHorizon horizon) {
        Set<StateRef> inactive = Activity.states(lifecycles).inactive();
        Field<BigDecimal> units = sum(L.QUANTITY);
        return db.run(tenant, dsl -> dsl.select(L.PRODUCT_ID, L.DEMAND_DATE, units)
                .from(L)
                .join(O).on(O.TENANT_ID.eq(L.TENANT_ID), O.ID.eq(L.ORDER_ID))
                .where(L.TENANT_ID.eq(tenant.value()),
                        L.PRODUCT_ID.isNotNull(),
                        L.DEMAND_DATE.ge(horizon.from()),
                        L.DEMAND_DATE.lt(horizon.end()),
                        notIn(L.LIFECYCLE, L.STATUS, inactive),
                        O.TENANT_ID.eq(tenant.value()),
                        O.DELETED_AT.isNull(),
                        notIn(O.LIFECYCLE, O.STATUS, inactive))
                .groupBy(L.PRODUCT_ID, L.DEMAND_DATE)
                .orderBy(L.DEMAND_DATE, L.PRODUCT_ID)
                .fetch(r -> new DemandRequirement(new ProductId(r.value1()), r.value2(), r.value3().longValueExact())));
    }

    @Override
    public OrderVolume volume(TenantId tenant, LifecycleSet lifecycles, TenantSettings settings, LocalDate from, LocalDate to, ZoneId zone) {
        Set<StateRef> cancelled = Activity.states(lifecycles).cancelled();
        return db.run(tenant, dsl -> {
            var perOrder = dsl.select(O.ID, DSL.coalesce(sum(L.QUANTITY), BigDecimal.ZERO).as("units"))
                    .from(O)
                    .leftJoin(L).on(L.TENANT_ID.eq(O.TENANT_ID), L.ORDER_ID.eq(O.ID), notIn(L.LIFECYCLE, L.STATUS, cancelled))
                    .where(O.TENANT_ID.eq(tenant.value()),
                            O.DELETED_AT.isNull(),
                            O.CREATED_AT.ge(ts(from.atStartOfDay(zone).toInstant())),
                            O.CREATED_AT.lt(ts(to.atStartOfDay(zone).toInstant())))
                    .groupBy(O.ID)
                    .asTable("per_order");
            Field<BigDecimal> orderUnits = perOrder.field("units", BigDecimal.class);
            Record2<Integer, Integer> counts = dsl.select(count(), count().filterWhere(orderUnits.gt(
                            BigDecimal.valueOf(settings.largeQuantityOrderThreshold()))))
                    .from(perOrder)
                    .fetchSingle();
            return new OrderVolume(from, to, counts.value1(), counts.value2());
        });
    }

    private static void revenue(List<Revenue> into, Currency currency, BigDecimal amount, int orders) {
        if (orders > 0) {
            into.add(new Revenue(new Money(amount, currency), orders));
        }
    }

    private static java.time.OffsetDateTime ts(Instant instant) {
        return Rows.ts(Rows.ceilToMicros(instant));
    }

    /** {@code (lifecycle, status) not in (…)}; no condition when there are no such states. */
    private static Condition notIn(Field<String> lifecycle, Field<String> status, Set<StateRef> states) {
        if (states.isEmpty()) {
            return DSL.noCondition();
        }
        List<Row2<String, String>> rows = states.stream().map(s -> DSL.row(DSL.val(s.lifecycle()), DSL.val(s.state()))).toList();
        return DSL.row(lifecycle, status).notIn(rows);
    }
}
