package dev.ordercore.adapter.postgres;

import dev.ordercore.adapter.postgres.jooq.tables.records.LineItemsRecord;
import dev.ordercore.adapter.postgres.jooq.tables.records.OrdersRecord;
import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.application.port.out.OrderCursor;
import dev.ordercore.application.port.out.OrderFilter;
import dev.ordercore.application.port.out.OrderRepository;
import dev.ordercore.application.port.out.StaleVersionException;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.TenantId;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SelectOnConditionStep;
import org.jooq.Table;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertSetMoreStep;
import org.jooq.Record3;
import org.jooq.impl.DSL;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.ordercore.adapter.postgres.jooq.Tables.LINE_ITEMS;
import static dev.ordercore.adapter.postgres.jooq.Tables.ORDERS;

/**
 * Orders in {@code orders}, their lines in {@code line_items}. Every call costs a fixed number of
 * statements whatever the number of orders or lines. A read is one statement, the orders joined
 * to their lines, so it sees one snapshot: read in two statements, a commit landing between them
 * could pair an order's old row with its new lines. Writes store the order row, then all its lines
 * in one multi-row statement.
 */
final class PostgresOrderRepository implements OrderRepository {

    /** Lines are never removed from an order, so an update upserts them all; unchanged lines are not rewritten. */
    private static final Map<Field<?>, Field<?>> LINE_UPSERT = upsertOfEveryColumnBut(LINE_ITEMS.TENANT_ID, LINE_ITEMS.ID, LINE_ITEMS.ORDER_ID);

    private final Database db;

    PostgresOrderRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Order> find(TenantId tenant, OrderId id) {
        return db.run(tenant, dsl -> orders(withLines(dsl).where(key(tenant, id)).orderBy(LINE_ITEMS.POSITION).fetch()))
                .stream().findFirst();
    }

    @Override
    public Optional<Order> findForUpdate(TenantId tenant, OrderId id) {
        return db.run(tenant, dsl -> orders(withLines(dsl).where(key(tenant, id)).orderBy(LINE_ITEMS.POSITION)
                .forUpdate().of(ORDERS).fetch()))
                .stream().findFirst();
    }

    @Override
    public List<Order> findAll(TenantId tenant, Collection<OrderId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] wanted = ids.stream().map(OrderId::value).distinct().toArray(UUID[]::new);
        return db.run(tenant, dsl -> orders(withLines(dsl)
                .where(ORDERS.TENANT_ID.eq(tenant.value()).and(ORDERS.ID.eq(DSL.any(wanted))))
                .orderBy(ORDERS.ID, LINE_ITEMS.POSITION)
                .fetch()));
    }

    @Override
    public void insert(Order order) {
        db.run(order.tenant(), dsl -> {
            if (dsl.insertInto(ORDERS).set(OrderRows.record(order)).onConflictDoNothing().execute() == 0) {
                throw duplicate(dsl, order);
            }
            if (!order.lineItems().isEmpty()) {
                lines(dsl, order).execute();
            }
            return null;
        });
    }

    /**
     * One multi-row insert of the orders (returning which went in), then their lines in as few
     * multi-row inserts as the bind limit allows ({@link MultiRowInserts}).
     */
    @Override
    public void insertAll(List<Order> all) {
        if (all.isEmpty()) {
            return;
        }
        TenantId tenant = all.get(0).tenant();
        if (all.stream().anyMatch(o -> !o.tenant().equals(tenant))) {
            throw new IllegalArgumentException("a batch of orders is of one tenant");
        }
        db.run(tenant, dsl -> {
            for (List<Order> chunk : MultiRowInserts.chunks(all, ORDERS.fields().length)) {
                InsertSetMoreStep<OrdersRecord> insert = dsl.insertInto(ORDERS).set(OrderRows.record(chunk.get(0)));
                for (int i = 1; i < chunk.size(); i++) {
                    insert = insert.newRecord().set(OrderRows.record(chunk.get(i)));
                }
                List<UUID> inserted = insert.onConflictDoNothing().returningResult(ORDERS.ID).fetch(ORDERS.ID);
                if (inserted.size() < chunk.size()) {
                    Set<UUID> in = new HashSet<>(inserted);
                    Order taken = chunk.stream().filter(o -> !in.remove(o.id().value())).findFirst().orElseThrow();
                    throw duplicate(dsl, taken);
                }
            }
            List<Map<Field<?>, Object>> rows = new ArrayList<>();
            for (Order order : all) {
                for (int i = 0; i < order.lineItems().size(); i++) {
                    rows.add(LineRows.row(order, order.lineItems().get(i), i));
                }
            }
            for (List<Map<Field<?>, Object>> chunk : MultiRowInserts.chunks(rows, LineRows.COLUMNS.size())) {
                InsertSetMoreStep<LineItemsRecord> insert = dsl.insertInto(LINE_ITEMS).set(chunk.get(0));
                for (int i = 1; i < chunk.size(); i++) {
                    insert = insert.newRecord().set(chunk.get(i));
                }
                insert.execute();
            }
            return null;
        });
    }

    @Override
    public void update(Order order, long expectedVersion) {
        db.run(order.tenant(), dsl -> {
            OrdersRecord row = OrderRows.record(order);
            row.changed(ORDERS.TENANT_ID, false);
            row.changed(ORDERS.ID, false);
            row.changed(ORDERS.NUMBER, false);
            row.changed(ORDERS.CREATED_AT, false);
            int updated = dsl.update(ORDERS).set(row)
                    .where(key(order.tenant(), order.id()))
                    .and(ORDERS.VERSION.eq(expectedVersion))
                    .and(ORDERS.NUMBER.eq(row.getNumber()))
                    .and(ORDERS.CREATED_AT.eq(row.getCreatedAt()))
                    .execute();
            if (updated == 0) {
                throw refusal(dsl, order, expectedVersion);
            }
            if (!order.lineItems().isEmpty()) {
                lines(dsl, order)
                        .onConflict(LINE_ITEMS.TENANT_ID, LINE_ITEMS.ID)
                        .doUpdate()
                        .set(LINE_UPSERT)
                        .where(LINE_ITEMS.ORDER_ID.eq(DSL.excluded(LINE_ITEMS.ORDER_ID))
                                .and(DSL.condition("({0}.*) is distinct from (excluded.*)", LINE_ITEMS)))
                        .execute();
            }
            return null;
        });
    }

    @Override
    public List<Order> list(TenantId tenant, OrderFilter filter, Optional<OrderCursor> after, int limit) {
        Condition where = ORDERS.TENANT_ID.eq(tenant.value()).and(ORDERS.DELETED_AT.isNull());
        where = where.and(filter.status().map(ORDERS.STATUS::eq).orElse(DSL.noCondition()));
        where = where.and(filter.customer().map(c -> ORDERS.CUSTOMERS.contains(new UUID[] {c.value()})).orElse(DSL.noCondition()));
        where = where.and(filter.createdFrom().map(from -> ORDERS.CREATED_AT.ge(Rows.ts(Rows.ceilToMicros(from)))).orElse(DSL.noCondition()));
        where = where.and(filter.createdTo().map(to -> ORDERS.CREATED_AT.lt(Rows.ts(Rows.ceilToMicros(to)))).orElse(DSL.noCondition()));
        // 0 inline, not bound: the planner then matches orders_blocked_ix's predicate in generic plans too (V10)
        where = where.and(filter.blocked().map(b -> b ? ORDERS.BLOCKING_COUNT.gt(DSL.inline(0)) : ORDERS.BLOCKING_COUNT.eq(DSL.inline(0)))
                .orElse(DSL.noCondition()));
        where = where.and(after.map(c -> DSL.row(ORDERS.CREATED_AT, ORDERS.ID).lt(Rows.ts(c.createdAt()), c.id().value()))
                .orElse(DSL.noCondition()));
        Condition matching = where;
        return db.run(tenant, dsl -> {
            Table<OrdersRecord> page = dsl.selectFrom(ORDERS)
                    .where(matching)
                    .orderBy(ORDERS.CREATED_AT.desc(), ORDERS.ID.desc())
                    .limit(limit)
                    .asTable(ORDERS.getName());
            return orders(dsl.select(page.fields()).select(LineRows.COLUMNS)
                    .from(page)
                    .leftJoin(LINE_ITEMS).on(LINE_ITEMS.TENANT_ID.eq(page.field(ORDERS.TENANT_ID)))
                    .and(LINE_ITEMS.ORDER_ID.eq(page.field(ORDERS.ID)))
                    .orderBy(page.field(ORDERS.CREATED_AT).desc(), page.field(ORDERS.ID).desc(), LINE_ITEMS.POSITION)
                    .fetch());
        });
    }

    /** Orders joined to their lines; an order without lines still comes, once. */
    private static SelectOnConditionStep<Record> withLines(DSLContext dsl) {
        return dsl.select(ORDERS.fields()).select(LineRows.COLUMNS)
                .from(ORDERS)
                .leftJoin(LINE_ITEMS).on(LINE_ITEMS.TENANT_ID.eq(ORDERS.TENANT_ID)).and(LINE_ITEMS.ORDER_ID.eq(ORDERS.ID));
    }

    /**
     * The orders of joined rows, in the order they first appear, each with its lines in row order.
     * The rows start with the columns of {@code orders} in their table order ({@code ORDERS.fields()},
     * or the same columns of the listing's derived table), copied by position ({@link Rows#leading}).
     */
    private static List<Order> orders(Result<Record> rows) {
        List<OrdersRecord> heads = Rows.leading(rows, ORDERS);
        Map<UUID, OrdersRecord> orders = new LinkedHashMap<>();
        Map<UUID, List<LineItem>> lines = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            OrdersRecord head = heads.get(i);
            orders.putIfAbsent(head.getId(), head);
            List<LineItem> of = lines.computeIfAbsent(head.getId(), k -> new ArrayList<>());
            Record r = rows.get(i);
            if (r.get(LINE_ITEMS.ID) != null) {
                of.add(LineRows.line(r));
            }
        }
        return orders.values().stream().map(o -> OrderRows.order(o, lines.get(o.getId()))).toList();
    }

    /** One multi-row insert of every line of {@code order}, positions counted from 0. */
    private static InsertSetMoreStep<LineItemsRecord> lines(DSLContext dsl, Order order) {
        List<LineItem> lines = order.lineItems();
        InsertSetMoreStep<LineItemsRecord> insert = dsl.insertInto(LINE_ITEMS).set(LineRows.row(order, lines.get(0), 0));
        for (int i = 1; i < lines.size(); i++) {
            insert = insert.newRecord().set(LineRows.row(order, lines.get(i), i));
        }
        return insert;
    }

    private static Condition key(TenantId tenant, OrderId id) {
        return ORDERS.TENANT_ID.eq(tenant.value()).and(ORDERS.ID.eq(id.value()));
    }

    /** Which key was taken: read only once the insert has been refused. */
    private static DuplicateKeyException duplicate(DSLContext dsl, Order order) {
        boolean idTaken = dsl.fetchExists(ORDERS, key(order.tenant(), order.id()));
        return new DuplicateKeyException(EntityType.ORDER, idTaken ? "id " + order.id() : "number " + order.number());
    }

    /** Why a versioned update changed nothing: read only once it has. */
    private static RuntimeException refusal(DSLContext dsl, Order order, long expectedVersion) {
        Record3<Long, String, OffsetDateTime> stored = dsl.select(ORDERS.VERSION, ORDERS.NUMBER, ORDERS.CREATED_AT)
                .from(ORDERS)
                .where(key(order.tenant(), order.id()))
                .fetchOne();
        if (stored == null) {
            return new IllegalStateException("order " + order.id() + " was never stored");
        }
        if (stored.value1() != expectedVersion) {
            return new StaleVersionException(EntityType.ORDER, order.id().toString(), expectedVersion, stored.value1());
        }
        return new IllegalArgumentException("an order's number and creation time never change");
    }

    private static Map<Field<?>, Field<?>> upsertOfEveryColumnBut(Field<?>... kept) {
        List<Field<?>> keep = List.of(kept);
        Map<Field<?>, Field<?>> set = new LinkedHashMap<>();
        for (Field<?> f : LINE_ITEMS.fields()) {
            if (!keep.contains(f)) {
                set.put(f, DSL.excluded(f));
            }
        }
        return Collections.unmodifiableMap(set);
    }
}
