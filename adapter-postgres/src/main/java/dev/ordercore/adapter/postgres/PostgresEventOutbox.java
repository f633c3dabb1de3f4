package dev.ordercore.adapter.postgres;

import dev.ordercore.application.port.out.EventOutbox;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Uuids;
import org.jooq.Row8;
import org.jooq.JSONB;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.ordercore.adapter.postgres.jooq.Tables.OUTBOX;

/**
 * The outbox table, in the shape Debezium's outbox event router reads. Each call is one multi-row
 * insert, so {@code position} (an identity) numbers the events in the order appended.
 *
 * <p>Row-level security checks every inserted row against the transaction's tenant, so a call
 * whose events belong to several tenants is split into runs of one tenant, inserted in turn; no
 * service mixes tenants today, and the split keeps the order appended.
 *
 * <p>An event has no identity in the domain, and two events can be equal in every field (the same
 * entry appended twice), so the row's id cannot be derived from the event without colliding. It
 * is a fresh UUIDv7 from the system clock instead: unique, and rising roughly with time, which
 * keeps the primary key's index compact and gives consumers an id to deduplicate on.
 */
final class PostgresEventOutbox implements EventOutbox {

    private static final Uuids IDS = new Uuids(Clock.systemUTC());

    private final Database db;

    PostgresEventOutbox(Database db) {
        this.db = db;
    }

    @Override
    public void append(List<DomainEvent> events) {
        List<List<DomainEvent>> runs = runsOfOneTenant(events);
        if (runs.size() == 1) {
            insert(runs.get(0));
        } else if (runs.size() > 1) {
            db.inTransaction(() -> {
                runs.forEach(this::insert);
                return null;
            });
        }
    }

    private void insert(List<DomainEvent> run) {
        TenantId tenant = run.get(0).tenant();
        List<Row8<String, UUID, String, String, String, JSONB, OffsetDateTime, OffsetDateTime>> rows = run.stream()
                .map(e -> DSL.row(DSL.val(tenant.value()), DSL.val(IDS.next()), DSL.val(e.aggregateType()),
                        DSL.val(e.aggregateId()), DSL.val(e.type()), DSL.val(JsonText.jsonb(e.payload())),
                        DSL.currentOffsetDateTime(), DSL.val(Rows.ts(e.occurredAt()))))
                .toList();
        // a batch of intents can append more events than one statement's bind values allow (MultiRowInserts)
        db.run(tenant, dsl -> {
            for (List<Row8<String, UUID, String, String, String, JSONB, OffsetDateTime, OffsetDateTime>> chunk
                    : MultiRowInserts.chunks(rows, 8)) {
                dsl.insertInto(OUTBOX, OUTBOX.TENANT_ID, OUTBOX.ID, OUTBOX.AGGREGATETYPE, OUTBOX.AGGREGATEID,
                                OUTBOX.TYPE, OUTBOX.PAYLOAD, OUTBOX.CREATED_AT, OUTBOX.OCCURRED_AT)
                        .valuesOfRows(chunk)
                        .execute();
            }
            return null;
        });
    }

    private static List<List<DomainEvent>> runsOfOneTenant(List<DomainEvent> events) {
        List<List<DomainEvent>> runs = new ArrayList<>();
        List<DomainEvent> run = new ArrayList<>();
        for (DomainEvent e : events) {
            if (!run.isEmpty() && !run.get(0).tenant().equals(e.tenant())) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(e);
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }
}
