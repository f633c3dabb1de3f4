package dev.ordercore.adapter.postgres;

import dev.ordercore.adapter.postgres.jooq.tables.records.SupplierConfirmationsRecord;
import dev.ordercore.application.port.out.SupplierConfirmationRepository;
import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonNumber;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.order.LineItemId;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.UnitPrice;
import dev.ordercore.domain.supplier.ConfirmationMethod;
import dev.ordercore.domain.supplier.ConfirmationOutcome;
import dev.ordercore.domain.supplier.ConfirmedLine;
import dev.ordercore.domain.supplier.SupplierConfirmation;
import dev.ordercore.domain.supplier.SupplierConfirmationId;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static dev.ordercore.adapter.postgres.jooq.Tables.SUPPLIER_CONFIRMATIONS;

/**
 * Supplier confirmations, a row each with their confirmed lines as a JSON array (V7); listed per
 * order through the (tenant, order, received_at, id) index, oldest first.
 */
final class PostgresSupplierConfirmationRepository implements SupplierConfirmationRepository {

    private final Database db;

    PostgresSupplierConfirmationRepository(Database db) {
        this.db = db;
    }

    @Override
    public void add(SupplierConfirmation confirmation) {
        db.run(confirmation.tenant(), dsl -> {
            UniqueInsert.insert(dsl, row(confirmation), EntityType.SUPPLIER_CONFIRMATION,
                    SUPPLIER_CONFIRMATIONS.TENANT_ID.eq(confirmation.tenant().value()).and(SUPPLIER_CONFIRMATIONS.ID.eq(confirmation.id().value())),
                    confirmation.id(), "id " + confirmation.id());
            return null;
        });
    }

    @Override
    public List<SupplierConfirmation> listFor(TenantId tenant, OrderId order) {
        return db.run(tenant, dsl -> dsl.selectFrom(SUPPLIER_CONFIRMATIONS)
                .where(SUPPLIER_CONFIRMATIONS.TENANT_ID.eq(tenant.value()), SUPPLIER_CONFIRMATIONS.ORDER_ID.eq(order.value()))
                .orderBy(SUPPLIER_CONFIRMATIONS.RECEIVED_AT, SUPPLIER_CONFIRMATIONS.ID)
                .fetch(PostgresSupplierConfirmationRepository::confirmation));
    }

    private static SupplierConfirmationsRecord row(SupplierConfirmation c) {
        JsonArray lines = new JsonArray(c.lines().stream().<JsonValue>map(l -> {
            JsonObject.Builder b = JsonObject.builder().put("lineItemId", l.lineItem().toString());
            l.quantity().ifPresent(q -> b.put("quantity", q));
            l.unitPrice().ifPresent(p -> b.put("unitPrice", p.amount().toPlainString()).put("currency", p.currency().getCurrencyCode()));
            l.replacedBy().ifPresent(r -> b.put("replacedBy", r.toString()));
            return b.build();
        }).toList());
        return new SupplierConfirmationsRecord(c.tenant().value(), c.id().value(), c.order().value(), c.outcome().name(), c.method().name(),
                JsonText.jsonb(lines), c.supplierReference().orElse(null), c.message().orElse(null), c.refusalReason().orElse(null),
                c.confirmedDelivery().orElse(null), c.preparationDays().orElse(null), Rows.ts(c.receivedAt()), c.receivedBy());
    }

    private static SupplierConfirmation confirmation(SupplierConfirmationsRecord r) {
        List<ConfirmedLine> lines = JsonText.array(r.getLines()).values().stream().map(v -> {
            JsonObject o = (JsonObject) v;
            return new ConfirmedLine(LineItemId.of(text(o, "lineItemId").orElseThrow()),
                    o.get("quantity").map(q -> ((JsonNumber) q).value().intValueExact()),
                    text(o, "unitPrice").map(p -> new UnitPrice(new BigDecimal(p), Currency.getInstance(text(o, "currency").orElseThrow()))),
                    text(o, "replacedBy").map(LineItemId::of));
        }).toList();
        return new SupplierConfirmation(new SupplierConfirmationId(r.getId()), TenantId.of(r.getTenantId()), new OrderId(r.getOrderId()),
                ConfirmationOutcome.valueOf(r.getOutcome()), ConfirmationMethod.valueOf(r.getMethod()), lines,
                Optional.ofNullable(r.getSupplierReference()), Optional.ofNullable(r.getMessage()), Optional.ofNullable(r.getRefusalReason()),
                Optional.ofNullable(r.getConfirmedDelivery()), Optional.ofNullable(r.getPreparationDays()), Rows.instant(r.getReceivedAt()),
                r.getReceivedBy());
    }

    private static Optional<String> text(JsonObject o, String key) {
        return o.get(key).map(v -> ((JsonString) v).value());
    }
}
