package dev.ordercore.adapter.postgres;

import dev.ordercore.adapter.postgres.jooq.tables.records.IntentsRecord;
import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.application.port.out.IntentRepository;
import dev.ordercore.domain.intent.IntentKey;
import dev.ordercore.domain.intent.IntentOutcome;
import dev.ordercore.domain.intent.PayloadHash;
import dev.ordercore.domain.intent.StoredIntent;
import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.OrderNumber;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violation;
import org.jooq.Collation;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.InsertSetMoreStep;
import org.jooq.JSONB;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import static dev.ordercore.adapter.postgres.jooq.Tables.INTENTS;

/**
 * The intent log. Receipt order breaks ties on the key compared as Java compares strings, so the
 * key columns are compared under {@code collate "C"} (bytewise), which is also how the receipt
 * index is built.
 */
final class PostgresIntentRepository implements IntentRepository {

    private static final Collation BYTEWISE = DSL.collation(DSL.quotedName("C"));
    private static final Field<String> SOURCE_SYSTEM = INTENTS.SOURCE_SYSTEM.collate(BYTEWISE);
    private static final Field<String> INTENT_ID = INTENTS.INTENT_ID.collate(BYTEWISE);
    private static final String ACCEPTED = "ACCEPTED";
    private static final String REJECTED = "REJECTED";

    private final Database db;

    PostgresIntentRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<StoredIntent> find(TenantId tenant, IntentKey key) {
        return db.run(tenant, dsl -> dsl.selectFrom(INTENTS)
                .where(INTENTS.TENANT_ID.eq(tenant.value()))
                .and(INTENTS.SOURCE_SYSTEM.eq(key.sourceSystem()))
                .and(INTENTS.INTENT_ID.eq(key.intentId()))
                .fetchOptional(PostgresIntentRepository::intent));
    }

    @Override
    public List<StoredIntent> findAll(TenantId tenant, Collection<IntentKey> keys) {
        List<IntentKey> wanted = keys.stream().distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        return db.run(tenant, dsl -> {
            List<StoredIntent> found = new ArrayList<>();
            for (List<IntentKey> chunk : MultiRowInserts.chunks(wanted, 2)) {
                found.addAll(dsl.selectFrom(INTENTS)
                        .where(INTENTS.TENANT_ID.eq(tenant.value()))
                        .and(DSL.row(INTENTS.SOURCE_SYSTEM, INTENTS.INTENT_ID)
                                .in(chunk.stream().map(k -> DSL.row(k.sourceSystem(), k.intentId())).toList()))
                        .fetch(PostgresIntentRepository::intent));
            }
            return found;
        });
    }

    /** One multi-row insert per chunk ({@link MultiRowInserts}); a taken key is found from the keys the insert returned. */
    @Override
    public void insertAll(List<StoredIntent> all) {
        if (all.isEmpty()) {
            return;
        }
        TenantId tenant = all.get(0).tenant();
        if (all.stream().anyMatch(i -> !i.tenant().equals(tenant))) {
            throw new IllegalArgumentException("a batch of intents is of one tenant");
        }
        db.run(tenant, dsl -> {
            for (List<StoredIntent> chunk : MultiRowInserts.chunks(all, INTENTS.fields().length)) {
                InsertSetMoreStep<IntentsRecord> insert = dsl.insertInto(INTENTS).set(row(chunk.get(0)));
                for (int i = 1; i < chunk.size(); i++) {
                    insert = insert.newRecord().set(row(chunk.get(i)));
                }
                Set<IntentKey> inserted = new HashSet<>(insert.onConflictDoNothing()
                        .returningResult(INTENTS.SOURCE_SYSTEM, INTENTS.INTENT_ID)
                        .fetch(r -> new IntentKey(r.value1(), r.value2())));
                for (StoredIntent intent : chunk) {
                    if (!inserted.remove(intent.key())) {
                        throw new DuplicateKeyException(EntityType.INTENT, intent.key().toString());
                    }
                }
            }
            return null;
        });
    }

    @Override
    public void insert(StoredIntent intent) {
        int inserted = db.run(intent.tenant(), dsl -> dsl.insertInto(INTENTS)
                .set(row(intent))
                .onConflictDoNothing()
                .execute());
        if (inserted == 0) {
            throw new DuplicateKeyException(EntityType.INTENT, intent.key().toString());
        }
    }

    @Override
    public List<StoredIntent> listInReceiptOrder(TenantId tenant, Optional<StoredIntent> after, int limit) {
        Condition afterCursor = after
                .map(a -> DSL.row(INTENTS.RECEIVED_AT, SOURCE_SYSTEM, INTENT_ID)
                        .gt(Rows.ts(a.receivedAt()), a.key().sourceSystem(), a.key().intentId()))
                .orElse(DSL.noCondition());
        return db.run(tenant, dsl -> dsl.selectFrom(INTENTS)
                .where(INTENTS.TENANT_ID.eq(tenant.value()))
                .and(afterCursor)
                .orderBy(INTENTS.RECEIVED_AT, SOURCE_SYSTEM, INTENT_ID)
                .limit(limit)
                .fetch(PostgresIntentRepository::intent));
    }

    private static IntentsRecord row(StoredIntent intent) {
        IntentsRecord r = new IntentsRecord();
        r.setTenantId(intent.tenant().value());
        r.setSourceSystem(intent.key().sourceSystem());
        r.setIntentId(intent.key().intentId());
        r.setContractVersion(intent.contractVersion());
        r.setPayload(JsonText.jsonb(intent.payload()));
        r.setPayloadHash(intent.payloadHash().hex());
        r.setReceivedAt(Rows.ts(intent.receivedAt()));
        r.setReceivedBy(intent.receivedBy());
        if (intent.outcome() instanceof IntentOutcome.Accepted accepted) {
            r.setOutcome(ACCEPTED);
            r.setOrderId(accepted.orderId().value());
            r.setOrderNumber(accepted.orderNumber().value());
        } else {
            r.setOutcome(REJECTED);
            r.setReasons(reasons(((IntentOutcome.Rejected) intent.outcome()).reasons()));
        }
        return r;
    }

    private static StoredIntent intent(IntentsRecord r) {
        IntentOutcome outcome = switch (r.getOutcome()) {
            case ACCEPTED -> new IntentOutcome.Accepted(new OrderId(r.getOrderId()), new OrderNumber(r.getOrderNumber()));
            case REJECTED -> new IntentOutcome.Rejected(reasons(r.getReasons()));
            default -> throw new IllegalStateException("unknown intent outcome " + r.getOutcome());
        };
        return new StoredIntent(TenantId.of(r.getTenantId()), new IntentKey(r.getSourceSystem(), r.getIntentId()),
                r.getContractVersion(), JsonText.object(r.getPayload()), new PayloadHash(r.getPayloadHash()),
                Rows.instant(r.getReceivedAt()), r.getReceivedBy(), outcome);
    }

    private static JSONB reasons(List<Violation> reasons) {
        return JsonText.jsonb(new JsonArray(reasons.stream()
                .<JsonValue>map(v -> JsonObject.builder().put("path", v.path()).put("code", v.code()).put("message", v.message()).build())
                .toList()));
    }

    private static List<Violation> reasons(JSONB stored) {
        return JsonText.array(stored).values().stream()
                .map(v -> (JsonObject) v)
                .map(o -> new Violation(text(o, "path"), text(o, "code"), text(o, "message")))
                .toList();
    }

    private static String text(JsonObject o, String member) {
        return o.get(member)
                .filter(JsonString.class::isInstance)
                .map(v -> ((JsonString) v).value())
                .orElseThrow(() -> new IllegalStateException("a stored violation has no text " + member + ": " + o));
    }
}
