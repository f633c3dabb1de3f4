package dev.ordercore.adapter.postgres;

import dev.ordercore.adapter.postgres.jooq.tables.records.CasesRecord;
import dev.ordercore.application.port.out.CaseRepository;
import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.application.port.out.StaleVersionException;
import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.cases.CaseId;
import dev.ordercore.domain.cases.CaseStatus;
import dev.ordercore.domain.cases.CaseTag;
import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.TenantId;
import org.jooq.JSONB;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.ordercore.adapter.postgres.jooq.Tables.CASES;

/**
 * Cases, a row each with their tags as a JSON array (a case has at most {@value Case#MAX_TAGS}, always read whole). An update
 * applies only to the version it was based on; the losing writer of a race waits for the winner's commit and then finds the
 * version moved.
 */
final class PostgresCaseRepository implements CaseRepository {

    private final Database db;

    PostgresCaseRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Case> find(TenantId tenant, CaseId id) {
        return db.run(tenant, dsl -> dsl.selectFrom(CASES)
                .where(CASES.TENANT_ID.eq(tenant.value()), CASES.ID.eq(id.value()))
                .fetchOptional(PostgresCaseRepository::aCase));
    }

    @Override
    public Optional<Case> findForUpdate(TenantId tenant, CaseId id) {
        return db.run(tenant, dsl -> dsl.selectFrom(CASES)
                .where(CASES.TENANT_ID.eq(tenant.value()), CASES.ID.eq(id.value()))
                .forUpdate()
                .fetchOptional(PostgresCaseRepository::aCase));
    }

    @Override
    public void insert(Case aCase) {
        db.run(aCase.tenant(), dsl -> {
            if (dsl.insertInto(CASES).set(row(aCase)).onConflictDoNothing().execute() == 0) {
                throw new DuplicateKeyException(EntityType.CASE, "id " + aCase.id());
            }
            return null;
        });
    }

    @Override
    public void update(Case aCase, long expectedVersion) {
        String tenant = aCase.tenant().value();
        CasesRecord row = row(aCase);
        row.changed(true); // every column, the empty ones too: a field that became empty must not keep its old value
        row.changed(CASES.TENANT_ID, false);
        row.changed(CASES.ID, false);
        db.run(aCase.tenant(), dsl -> {
            int updated = dsl.update(CASES)
                    .set(row)
                    .where(CASES.TENANT_ID.eq(tenant), CASES.ID.eq(aCase.id().value()), CASES.VERSION.eq(expectedVersion))
                    .execute();
            if (updated == 0) {
                long actual = dsl.select(CASES.VERSION).from(CASES)
                        .where(CASES.TENANT_ID.eq(tenant), CASES.ID.eq(aCase.id().value()))
                        .fetchOptional(CASES.VERSION)
                        .orElseThrow(() -> new IllegalStateException("case " + aCase.id() + " was never stored"));
                throw new StaleVersionException(EntityType.CASE, aCase.id().toString(), expectedVersion, actual);
            }
            return null;
        });
    }

    private static CasesRecord row(Case aCase) {
        Case.State s = aCase.state();
        return new CasesRecord(s.tenant().value(), s.id().value(), s.title(), tags(s.tags()), s.status().name(), Rows.ts(s.createdAt()),
                s.createdBy(), Rows.ts(s.closedAt()), s.closedBy().orElse(null), s.closeReason().orElse(null), s.forced(), s.version());
    }

    private static Case aCase(CasesRecord r) {
        return Case.rehydrate(new Case.State(new CaseId(r.getId()), TenantId.of(r.getTenantId()), r.getTitle(), tags(r.getTags()),
                CaseStatus.valueOf(r.getStatus()), Rows.instant(r.getCreatedAt()), r.getCreatedBy(), Rows.optionalInstant(r.getClosedAt()),
                Optional.ofNullable(r.getClosedBy()), Optional.ofNullable(r.getCloseReason()), r.getForced(), r.getVersion()));
    }

    /** Each tag as {@code {name, closedBy?, closedAt?}}, in the case's order. */
    private static JSONB tags(List<CaseTag> tags) {
        return JsonText.jsonb(new JsonArray(tags.stream().<JsonValue>map(t -> {
            JsonObject.Builder tag = JsonObject.builder().put("name", t.name());
            t.closedBy().ifPresent(by -> tag.put("closedBy", by));
            t.closedAt().ifPresent(at -> tag.put("closedAt", at.toString()));
            return tag.build();
        }).toList()));
    }

    private static List<CaseTag> tags(JSONB stored) {
        return JsonText.array(stored).values().stream().map(v -> {
            JsonObject t = (JsonObject) v;
            return new CaseTag(text(t, "name").orElseThrow(), text(t, "closedBy"), text(t, "closedAt").map(Instant::parse));
        }).toList();
    }

    private static Optional<String> text(JsonObject object, String key) {
        return object.get(key).map(v -> ((JsonString) v).value());
    }
}
