package dev.ordercore.adapter.postgres;

import dev.ordercore.adapter.postgres.jooq.tables.records.StatusHistoryRecord;
import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.application.port.out.EntrySearch;
import dev.ordercore.application.port.out.FoundEntry;
import dev.ordercore.application.port.out.StatusHistoryRepository;
import dev.ordercore.domain.order.LineItemId;
import dev.ordercore.domain.order.NewStatusEntry;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusCode;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.order.StatusEntryId;
import dev.ordercore.domain.order.StatusHistory;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.TenantId;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record3;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static dev.ordercore.adapter.postgres.jooq.Tables.ORDER_MODULE_STATUS;
import static dev.ordercore.adapter.postgres.jooq.Tables.STATUS_HISTORY;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

/**
 * The append-only status history (R17) and its latest-entry-per-module projection (R20). The
 * application role may only insert and read history rows (V2 migration). Each append is one
 * statement that inserts the entry and moves the projection with it, so the two can never drift
 * apart, and concurrent appends that take the same key wait for each other on the unique index
 * instead of both succeeding.
 */
final class PostgresStatusHistoryRepository implements StatusHistoryRepository {

    private static final dev.ordercore.adapter.postgres.jooq.tables.StatusHistory H = STATUS_HISTORY;
    private static final dev.ordercore.adapter.postgres.jooq.tables.OrderModuleStatus M = ORDER_MODULE_STATUS;
    private static final String BLOCKING = Severity.BLOCKING.name();

    private final Database db;

    PostgresStatusHistoryRepository(Database db) {
        this.db = db;
    }

    @Override
    public StatusEntry append(NewStatusEntry entry) {
        return db.run(entry.tenant(), dsl -> {
            Optional<Long> sequence = insert(dsl, entry);
            if (sequence.isEmpty()) {
                throw takenKey(dsl, entry);
            }
            return entry.at(sequence.get());
        });
    }

    /**
     * Entries that close none go in as one statement per chunk ({@link MultiRowInserts}): the rows
     * inserted, and the projection moved once per (order, module) by the newest of them and the
     * count of their BLOCKING entries, since one statement may not update a row twice. An entry that
     * closes another lowers a count that only a later statement sees, so a batch holding one is
     * appended entry by entry as {@link #append} does (a batch of intents never holds one).
     */
    @Override
    public List<StatusEntry> appendAll(List<NewStatusEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        TenantId tenant = entries.get(0).tenant();
        if (entries.stream().anyMatch(e -> e.closes().isPresent() || !e.tenant().equals(tenant))) {
            return db.inTransaction(() -> entries.stream().map(this::append).toList());
        }
        return db.run(tenant, dsl -> {
            Map<UUID, Long> sequences = new HashMap<>();
            for (List<NewStatusEntry> chunk : MultiRowInserts.chunks(entries, H.fields().length)) {
                sequences.putAll(insertAll(dsl, chunk));
            }
            List<StatusEntry> appended = new ArrayList<>(entries.size());
            Set<UUID> seen = new HashSet<>();
            for (NewStatusEntry e : entries) {
                Long sequence = sequences.get(e.id().value());
                if (sequence == null || !seen.add(e.id().value())) {
                    throw takenKey(dsl, e);
                }
                appended.add(e.at(sequence));
            }
            return appended;
        });
    }

    private static Map<UUID, Long> insertAll(DSLContext dsl, List<NewStatusEntry> chunk) {
        var insert = dsl.insertInto(H).set(record(chunk.get(0)));
        for (int i = 1; i < chunk.size(); i++) {
            insert = insert.newRecord().set(record(chunk.get(i)));
        }
        CommonTableExpression<StatusHistoryRecord> inserted = name("inserted").as(insert.onConflictDoNothing()
                .returning(H.TENANT_ID, H.ORDER_ID, H.ID, H.NAMESPACE, H.RECORDED_AT, H.SEQUENCE, H.SEVERITY));
        Field<String> tenant = inserted.field(H.TENANT_ID);
        Field<UUID> order = inserted.field(H.ORDER_ID);
        Field<String> module = inserted.field(H.NAMESPACE);
        Field<Integer> newestFirst = DSL.rowNumber().over(DSL.partitionBy(tenant, order, module)
                .orderBy(inserted.field(H.RECORDED_AT).desc(), inserted.field(H.SEQUENCE).desc())).as("newest_first");
        Field<Integer> blocking = count().filterWhere(inserted.field(H.SEVERITY).eq(BLOCKING))
                .over(DSL.partitionBy(tenant, order, module)).as("blocking");
        CommonTableExpression<?> ranked = name("ranked").as(select(tenant, order, module, inserted.field(H.ID),
                inserted.field(H.RECORDED_AT), inserted.field(H.SEQUENCE), newestFirst, blocking).from(inserted));
        Condition newer = row(excluded(M.RECORDED_AT), excluded(M.SEQUENCE)).gt(row(M.RECORDED_AT, M.SEQUENCE));
        CommonTableExpression<?> projected = name("projected").as(
                dsl.insertInto(M, M.TENANT_ID, M.ORDER_ID, M.MODULE, M.ENTRY_ID, M.RECORDED_AT, M.SEQUENCE, M.OPEN_BLOCKING)
                        .select(select(ranked.field(H.TENANT_ID), ranked.field(H.ORDER_ID), ranked.field(H.NAMESPACE),
                                ranked.field(H.ID), ranked.field(H.RECORDED_AT), ranked.field(H.SEQUENCE), ranked.field(blocking))
                                .from(ranked)
                                .where(ranked.field(newestFirst).eq(inline(1))))
                        .onConflict(M.TENANT_ID, M.ORDER_ID, M.MODULE)
                        .doUpdate()
                        .set(M.ENTRY_ID, when(newer, excluded(M.ENTRY_ID)).otherwise(M.ENTRY_ID))
                        .set(M.RECORDED_AT, when(newer, excluded(M.RECORDED_AT)).otherwise(M.RECORDED_AT))
                        .set(M.SEQUENCE, when(newer, excluded(M.SEQUENCE)).otherwise(M.SEQUENCE))
                        .set(M.OPEN_BLOCKING, M.OPEN_BLOCKING.plus(excluded(M.OPEN_BLOCKING)))
                        .returningResult(M.MODULE));
        Map<UUID, Long> sequences = new HashMap<>();
        dsl.with(inserted, ranked, projected)
                .select(inserted.field(H.ID), inserted.field(H.SEQUENCE))
                .from(inserted)
                .fetch()
                .forEach(r -> sequences.put(r.value1(), r.value2()));
        return sequences;
    }

    /**
     * Inserts the entry and upserts its module's projection row in one statement; empty when a
     * unique key was taken. The row's latest-entry columns move only for an entry newer by
     * (recorded_at, sequence), but its count of open BLOCKING entries moves for every entry, old
     * or new, so both are written in one update with the choice made per column (a second update
     * of the same row in the statement would be lost). An entry closing a BLOCKING entry of
     * another module lowers that module's count in a separate update of a different row.
     */
    private static Optional<Long> insert(DSLContext dsl, NewStatusEntry entry) {
        CommonTableExpression<StatusHistoryRecord> inserted = name("inserted").as(
                dsl.insertInto(H).set(record(entry)).onConflictDoNothing()
                        .returning(H.TENANT_ID, H.ORDER_ID, H.ID, H.NAMESPACE, H.RECORDED_AT, H.SEQUENCE, H.CLOSES));
        var closed = H.as("closed");
        CommonTableExpression<Record1<String>> closedBlocking = name("closed_blocking").as(
                select(closed.NAMESPACE).from(closed).join(inserted)
                        .on(closed.TENANT_ID.eq(inserted.field(H.TENANT_ID)),
                                closed.ORDER_ID.eq(inserted.field(H.ORDER_ID)),
                                closed.ID.eq(inserted.field(H.CLOSES)))
                        .where(closed.SEVERITY.eq(BLOCKING)));
        Field<String> closedModule = closedBlocking.field(closed.NAMESPACE);
        Condition newer = row(excluded(M.RECORDED_AT), excluded(M.SEQUENCE)).gt(row(M.RECORDED_AT, M.SEQUENCE));
        Field<Integer> closedHere = field(select(count()).from(closedBlocking).where(closedModule.eq(excluded(M.MODULE))));
        CommonTableExpression<?> projected = name("projected").as(
                dsl.insertInto(M, M.TENANT_ID, M.ORDER_ID, M.MODULE, M.ENTRY_ID, M.RECORDED_AT, M.SEQUENCE, M.OPEN_BLOCKING)
                        .select(select(inserted.field(H.TENANT_ID), inserted.field(H.ORDER_ID), inserted.field(H.NAMESPACE),
                                inserted.field(H.ID), inserted.field(H.RECORDED_AT), inserted.field(H.SEQUENCE),
                                val(entry.isBlocking() ? 1 : 0))
                                .from(inserted))
                        .onConflict(M.TENANT_ID, M.ORDER_ID, M.MODULE)
                        .doUpdate()
                        .set(M.ENTRY_ID, when(newer, excluded(M.ENTRY_ID)).otherwise(M.ENTRY_ID))
                        .set(M.RECORDED_AT, when(newer, excluded(M.RECORDED_AT)).otherwise(M.RECORDED_AT))
                        .set(M.SEQUENCE, when(newer, excluded(M.SEQUENCE)).otherwise(M.SEQUENCE))
                        .set(M.OPEN_BLOCKING, M.OPEN_BLOCKING.plus(excluded(M.OPEN_BLOCKING)).minus(closedHere))
                        .returningResult(M.MODULE));
        CommonTableExpression<?> closedElsewhere = name("closed_elsewhere").as(
                dsl.update(M)
                        .set(M.OPEN_BLOCKING, M.OPEN_BLOCKING.minus(inline(1)))
                        .from(closedBlocking)
                        .where(M.TENANT_ID.eq(entry.tenant().value()),
                                M.ORDER_ID.eq(entry.order().value()),
                                M.MODULE.eq(closedModule),
                                closedModule.ne(entry.code().namespace()))
                        .returningResult(M.MODULE));
        return dsl.with(inserted, closedBlocking, projected, closedElsewhere)
                .select(inserted.field(H.SEQUENCE))
                .from(inserted)
                .fetchOptional(inserted.field(H.SEQUENCE));
    }

    /** Which key of {@code entry} another entry holds, checked in the order the in-memory store checks them. */
    private static DuplicateKeyException takenKey(DSLContext dsl, NewStatusEntry entry) {
        Condition ofTenant = H.TENANT_ID.eq(entry.tenant().value());
        Condition ofOrder = ofTenant.and(H.ORDER_ID.eq(entry.order().value()));
        Condition sameKey = entry.dedupeKey().map(H.DEDUPE_KEY::eq).orElse(falseCondition());
        Condition sameClosed = entry.closes().map(c -> H.CLOSES.eq(c.value())).orElse(falseCondition());
        Record3<Boolean, Boolean, Boolean> taken = dsl.select(
                        field(exists(selectOne().from(H).where(ofTenant, H.ID.eq(entry.id().value())))),
                        field(exists(selectOne().from(H).where(ofOrder, sameKey))),
                        field(exists(selectOne().from(H).where(ofOrder, sameClosed))))
                .fetchSingle();
        if (taken.value1()) {
            return new DuplicateKeyException(EntityType.STATUS_ENTRY, "id " + entry.id());
        }
        if (taken.value2()) {
            return new DuplicateKeyException(EntityType.STATUS_ENTRY, "dedupe key " + entry.dedupeKey().orElseThrow());
        }
        if (taken.value3()) {
            return new DuplicateKeyException(EntityType.STATUS_ENTRY, "closes " + entry.closes().orElseThrow());
        }
        throw new IllegalStateException("status entry " + entry.id() + " was not inserted, yet none of its keys is taken");
    }

    @Override
    public StatusHistory history(TenantId tenant, OrderId order) {
        return db.run(tenant, dsl -> StatusHistory.of(order,
                dsl.selectFrom(H).where(ofOrder(tenant, order)).orderBy(H.SEQUENCE).fetch(PostgresStatusHistoryRepository::entry)));
    }

    @Override
    public Optional<StatusEntry> find(TenantId tenant, OrderId order, StatusEntryId id) {
        return db.run(tenant, dsl -> dsl.selectFrom(H)
                .where(ofOrder(tenant, order), H.ID.eq(id.value()))
                .fetchOptional(PostgresStatusHistoryRepository::entry));
    }

    @Override
    public List<StatusEntry> findAll(TenantId tenant, OrderId order, Collection<StatusEntryId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] wanted = ids.stream().map(StatusEntryId::value).distinct().toArray(UUID[]::new);
        return db.run(tenant, dsl -> dsl.selectFrom(H)
                .where(ofOrder(tenant, order), H.ID.eq(any(wanted)))
                .orderBy(H.SEQUENCE)
                .fetch(PostgresStatusHistoryRepository::entry));
    }

    @Override
    public Optional<StatusEntry> findByDedupeKey(TenantId tenant, OrderId order, String dedupeKey) {
        return db.run(tenant, dsl -> dsl.selectFrom(H)
                .where(ofOrder(tenant, order), H.DEDUPE_KEY.eq(dedupeKey))
                .fetchOptional(PostgresStatusHistoryRepository::entry));
    }

    @Override
    public Optional<StatusEntry> findCloser(TenantId tenant, OrderId order, StatusEntryId closed) {
        return db.run(tenant, dsl -> dsl.selectFrom(H)
                .where(ofOrder(tenant, order), H.CLOSES.eq(closed.value()))
                .fetchOptional(PostgresStatusHistoryRepository::entry));
    }

    @Override
    public Map<String, StatusEntry> latestPerModule(TenantId tenant, OrderId order) {
        return db.run(tenant, dsl -> {
            Map<String, StatusEntry> latest = new TreeMap<>();
            dsl.select(H.fields())
                    .from(M)
                    .join(H).on(H.TENANT_ID.eq(M.TENANT_ID), H.ID.eq(M.ENTRY_ID))
                    .where(M.TENANT_ID.eq(tenant.value()), M.ORDER_ID.eq(order.value()))
                    .fetchInto(H)
                    .forEach(r -> latest.put(r.getNamespace(), entry(r)));
            return latest;
        });
    }

    /**
     * One statement over status_history_namespace_ix; whether an entry is open is a probe of the
     * closes unique key per row found.
     */
    @Override
    public List<FoundEntry> search(TenantId tenant, EntrySearch search) {
        var closer = H.as("closer");
        Condition closed = exists(selectOne().from(closer)
                .where(closer.TENANT_ID.eq(H.TENANT_ID), closer.ORDER_ID.eq(H.ORDER_ID), closer.CLOSES.eq(H.ID)));
        Field<Boolean> open = field(DSL.not(closed)).as("open");
        List<Condition> where = new ArrayList<>();
        where.add(H.TENANT_ID.eq(tenant.value()));
        where.add(H.NAMESPACE.in(search.namespaces()));
        where.add(H.CLOSES.isNull());
        search.code().ifPresent(c -> where.add(H.NAMESPACE.eq(c.namespace()).and(H.STATUS.eq(c.status()))));
        search.severity().ifPresent(s -> where.add(H.SEVERITY.eq(s.name())));
        search.from().ifPresent(f -> where.add(H.RECORDED_AT.ge(Rows.ts(f))));
        search.to().ifPresent(t -> where.add(H.RECORDED_AT.lt(Rows.ts(t))));
        search.order().ifPresent(o -> where.add(H.ORDER_ID.eq(o.value())));
        search.open().ifPresent(o -> where.add(o ? DSL.not(closed) : closed));
        search.after().ifPresent(c -> where.add(row(H.RECORDED_AT, H.SEQUENCE).lt(Rows.ts(c.recordedAt()), c.sequence())));
        return db.run(tenant, dsl -> dsl.select(H.fields()).select(open)
                .from(H)
                .where(where)
                .orderBy(H.RECORDED_AT.desc(), H.SEQUENCE.desc())
                .limit(search.limit())
                .fetch(r -> new FoundEntry(entry(r.into(H)), r.get(open))));
    }

    private static Condition ofOrder(TenantId tenant, OrderId order) {
        return H.TENANT_ID.eq(tenant.value()).and(H.ORDER_ID.eq(order.value()));
    }

    private static StatusHistoryRecord record(NewStatusEntry e) {
        StatusHistoryRecord r = new StatusHistoryRecord();
        r.setTenantId(e.tenant().value());
        r.setId(e.id().value());
        r.setOrderId(e.order().value());
        r.setLineItemId(e.lineItem().map(LineItemId::value).orElse(null));
        r.setNamespace(e.code().namespace());
        r.setStatus(e.code().status());
        r.setCategory(e.category().orElse(null));
        r.setSeverity(e.severity().name());
        r.setPayload(JsonText.jsonb(e.payload()));
        r.setRecordedAt(Rows.ts(e.recordedAt()));
        r.setWrittenBy(e.writtenBy());
        r.setDedupeKey(e.dedupeKey().orElse(null));
        r.setCloses(e.closes().map(StatusEntryId::value).orElse(null));
        return r;
    }

    private static StatusEntry entry(StatusHistoryRecord r) {
        return new StatusEntry(
                new StatusEntryId(r.getId()),
                TenantId.of(r.getTenantId()),
                new OrderId(r.getOrderId()),
                Optional.ofNullable(r.getLineItemId()).map(LineItemId::new),
                new StatusCode(r.getNamespace(), r.getStatus()),
                Optional.ofNullable(r.getCategory()),
                Severity.valueOf(r.getSeverity()),
                JsonText.object(r.getPayload()),
                Rows.instant(r.getRecordedAt()),
                r.getWrittenBy(),
                Optional.ofNullable(r.getDedupeKey()),
                Optional.ofNullable(r.getCloses()).map(StatusEntryId::new),
                r.getSequence());
    }
}
