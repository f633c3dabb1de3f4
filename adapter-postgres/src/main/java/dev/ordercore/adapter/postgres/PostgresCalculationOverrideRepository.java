package dev.ordercore.adapter.postgres;

import dev.ordercore.adapter.postgres.jooq.tables.records.CalculationOverridesRecord;
import dev.ordercore.application.port.out.CalculationOverrideRepository;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.pricing.CalculationJson;
import dev.ordercore.domain.pricing.CalculationOverride;
import dev.ordercore.domain.shared.TenantId;

import java.util.Optional;

import static dev.ordercore.adapter.postgres.jooq.Tables.CALCULATION_OVERRIDES;

/** Each order's latest manual calculation (R31): one row per (tenant, order), upserted in one statement. */
final class PostgresCalculationOverrideRepository implements CalculationOverrideRepository {

    private final Database db;

    PostgresCalculationOverrideRepository(Database db) {
        this.db = db;
    }

    @Override
    public void save(CalculationOverride override) {
        db.run(override.tenant(), dsl -> {
            CalculationOverridesRecord row = row(override);
            return dsl.insertInto(CALCULATION_OVERRIDES).set(row)
                    .onConflict(CALCULATION_OVERRIDES.TENANT_ID, CALCULATION_OVERRIDES.ORDER_ID)
                    .doUpdate().set(row)
                    .execute();
        });
    }

    @Override
    public Optional<CalculationOverride> find(TenantId tenant, OrderId order) {
        return db.run(tenant, dsl -> dsl.selectFrom(CALCULATION_OVERRIDES)
                .where(CALCULATION_OVERRIDES.TENANT_ID.eq(tenant.value()), CALCULATION_OVERRIDES.ORDER_ID.eq(order.value()))
                .fetchOptional(PostgresCalculationOverrideRepository::override));
    }

    private static CalculationOverridesRecord row(CalculationOverride o) {
        return new CalculationOverridesRecord(o.tenant().value(), o.order().value(), JsonText.jsonb(CalculationJson.of(o.calculation())),
                o.reason(), o.by(), Rows.ts(o.at()), o.fingerprint());
    }

    private static CalculationOverride override(CalculationOverridesRecord r) {
        return new CalculationOverride(TenantId.of(r.getTenantId()), new OrderId(r.getOrderId()),
                CalculationJson.read(JsonText.object(r.getCalculation())), r.getReason(), r.getOverriddenBy(),
                Rows.instant(r.getOverriddenAt()), r.getFingerprint());
    }
}
