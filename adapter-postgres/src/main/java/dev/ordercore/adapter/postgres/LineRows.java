package dev.ordercore.adapter.postgres;

import dev.ordercore.domain.catalog.AssetId;
import dev.ordercore.domain.catalog.Frequency;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.catalog.ModifierKind;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.catalog.OrderModifierRuleId;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonNumber;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.order.BillingConfig;
import dev.ordercore.domain.order.BillingTiming;
import dev.ordercore.domain.order.Charge;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.Dates;
import dev.ordercore.domain.order.DeliveryDirection;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemId;
import dev.ordercore.domain.order.LineItemKind;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderDelivery;
import dev.ordercore.domain.order.Payer;
import dev.ordercore.domain.order.ProductSnapshot;
import dev.ordercore.domain.order.VendorId;
import dev.ordercore.domain.order.WarrantyId;
import dev.ordercore.domain.planning.Activity;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.UnitPrice;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;

import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.ordercore.adapter.postgres.OrderRows.optional;
import static dev.ordercore.adapter.postgres.OrderRows.text;
import static dev.ordercore.adapter.postgres.jooq.Tables.LINE_ITEMS;

/**
 * A line's row in {@code line_items}; {@code position} keeps the order's line order. A charge line's
 * modifier, its kind and the rule that added it are three columns, all empty on other lines. Money columns
 * are unconstrained {@code numeric}, which keeps every amount's scale (the code generator is told
 * so with a forced type: its DDL parser would read them as whole numbers). A one-date line leaves {@code date_to} empty.
 */
final class LineRows {

    static final List<Field<?>> COLUMNS = List.of(LINE_ITEMS.fields());

    private LineRows() {
    }

    static Map<Field<?>, Object> row(Order order, LineItem l, int position) {
        Map<Field<?>, Object> row = new LinkedHashMap<>();
        row.put(LINE_ITEMS.TENANT_ID, order.tenant().value());
        row.put(LINE_ITEMS.ID, l.id().value());
        row.put(LINE_ITEMS.ORDER_ID, order.id().value());
        row.put(LINE_ITEMS.POSITION, position);
        row.put(LINE_ITEMS.REF, l.ref().orElse(null));
        row.put(LINE_ITEMS.KIND, l.kind().name());
        row.put(LINE_ITEMS.KLASS_ID, l.klass().map(KlassId::value).orElse(null));
        row.put(LINE_ITEMS.PRODUCT_ID, l.product().map(ProductId::value).orElse(null));
        row.put(LINE_ITEMS.ASSET_ID, l.asset().map(AssetId::value).orElse(null));
        row.put(LINE_ITEMS.DESCRIPTION, l.description().orElse(null));
        row.put(LINE_ITEMS.QUANTITY, l.quantity());
        row.put(LINE_ITEMS.UNIT_PRICE, l.unitPrice().amount());
        row.put(LINE_ITEMS.AMOUNT, l.amount().amount());
        row.put(LINE_ITEMS.CURRENCY, l.amount().currency().getCurrencyCode());
        row.put(LINE_ITEMS.DATE_FROM, l.dates().start());
        row.put(LINE_ITEMS.DATE_TO, l.dates() instanceof Dates.Period p ? p.to() : null);
        row.put(LINE_ITEMS.DELIVERIES, JsonText.jsonb(new JsonArray(l.deliveries().stream().<JsonValue>map(LineRows::delivery).toList())));
        row.put(LINE_ITEMS.CUSTOMER_ID, l.customer().map(CustomerId::value).orElse(null));
        row.put(LINE_ITEMS.VENDOR_ID, l.vendor().map(VendorId::value).orElse(null));
        row.put(LINE_ITEMS.BILLING, l.billing().map(LineRows::billing).map(JsonText::jsonb).orElse(null));
        row.put(LINE_ITEMS.MODIFIES, l.modifies().map(LineItemId::value).orElse(null));
        row.put(LINE_ITEMS.SNAPSHOT, l.snapshot().map(LineRows::snapshot).map(JsonText::jsonb).orElse(null));
        row.put(LINE_ITEMS.LIFECYCLE, l.lifecycle());
        row.put(LINE_ITEMS.STATUS, l.status());
        row.put(LINE_ITEMS.ADDED_AT, Rows.ts(l.addedAt()));
        row.put(LINE_ITEMS.CHARGE_MODIFIER_ID, l.charge().map(c -> c.modifier().value()).orElse(null));
        row.put(LINE_ITEMS.CHARGE_KIND, l.charge().map(c -> c.kind().name()).orElse(null));
        row.put(LINE_ITEMS.CHARGE_RULE_ID, l.charge().flatMap(Charge::rule).map(OrderModifierRuleId::value).orElse(null));
        row.put(LINE_ITEMS.DEMAND_DATE, Activity.demandDate(l));
        row.put(LINE_ITEMS.ORDER_CREATED_AT, Rows.ts(order.createdAt()));
        return row;
    }

    /** A line from a record selected with {@link #COLUMNS}. */
    static LineItem line(Record r) {
        Currency currency = Currency.getInstance(r.get(LINE_ITEMS.CURRENCY));
        LocalDate from = r.get(LINE_ITEMS.DATE_FROM);
        LocalDate to = r.get(LINE_ITEMS.DATE_TO);
        return new LineItem(
                new LineItemId(r.get(LINE_ITEMS.ID)),
                Optional.ofNullable(r.get(LINE_ITEMS.REF)),
                LineItemKind.valueOf(r.get(LINE_ITEMS.KIND)),
                Optional.ofNullable(r.get(LINE_ITEMS.KLASS_ID)).map(KlassId::new),
                Optional.ofNullable(r.get(LINE_ITEMS.PRODUCT_ID)).map(ProductId::new),
                Optional.ofNullable(r.get(LINE_ITEMS.ASSET_ID)).map(AssetId::new),
                Optional.ofNullable(r.get(LINE_ITEMS.DESCRIPTION)),
                r.get(LINE_ITEMS.QUANTITY),
                new UnitPrice(r.get(LINE_ITEMS.UNIT_PRICE), currency),
                new Money(r.get(LINE_ITEMS.AMOUNT), currency),
                to == null ? Dates.on(from) : Dates.period(from, to),
                JsonText.array(r.get(LINE_ITEMS.DELIVERIES)).values().stream().map(v -> delivery((JsonObject) v)).toList(),
                Optional.ofNullable(r.get(LINE_ITEMS.CUSTOMER_ID)).map(CustomerId::new),
                Optional.ofNullable(r.get(LINE_ITEMS.VENDOR_ID)).map(VendorId::new),
                Optional.ofNullable(r.get(LINE_ITEMS.BILLING)).map(JsonText::object).map(LineRows::billing),
                Optional.ofNullable(r.get(LINE_ITEMS.MODIFIES)).map(LineItemId::new),
                Optional.ofNullable(r.get(LINE_ITEMS.CHARGE_MODIFIER_ID)).map(m -> new Charge(new OrderModifierId(m),
                        ModifierKind.valueOf(r.get(LINE_ITEMS.CHARGE_KIND)),
                        Optional.ofNullable(r.get(LINE_ITEMS.CHARGE_RULE_ID)).map(OrderModifierRuleId::new))),
                Optional.ofNullable(r.get(LINE_ITEMS.SNAPSHOT)).map(JsonText::object).map(LineRows::snapshot),
                r.get(LINE_ITEMS.LIFECYCLE),
                r.get(LINE_ITEMS.STATUS),
                Rows.instant(r.get(LINE_ITEMS.ADDED_AT)));
    }

    static UUID orderId(Record r) {
        return r.get(LINE_ITEMS.ORDER_ID);
    }

    private static JsonObject delivery(OrderDelivery d) {
        JsonObject.Builder b = JsonObject.builder().put("direction", d.direction().name());
        d.from().ifPresent(a -> b.put("from", OrderRows.address(a)));
        d.to().ifPresent(a -> b.put("to", OrderRows.address(a)));
        return b.put("date", d.date().toString()).build();
    }

    private static OrderDelivery delivery(JsonObject o) {
        return new OrderDelivery(DeliveryDirection.valueOf(text(o, "direction")),
                o.get("from").map(a -> OrderRows.address((JsonObject) a)),
                o.get("to").map(a -> OrderRows.address((JsonObject) a)),
                LocalDate.parse(text(o, "date")));
    }

    private static JsonObject billing(BillingConfig c) {
        JsonObject.Builder b = JsonObject.builder();
        c.timing().ifPresent(t -> b.put("timing", t.name()));
        c.cycle().ifPresent(f -> b.put("cycle", f.name()));
        b.put("termsDays", c.termsDays()).put("payer", c.payer().name());
        c.warranty().ifPresent(w -> b.put("warranty", w.value()));
        return b.build();
    }

    private static BillingConfig billing(JsonObject o) {
        return new BillingConfig(optional(o, "timing", BillingTiming::valueOf), optional(o, "cycle", Frequency::valueOf),
                ((JsonNumber) o.get("termsDays").orElseThrow()).intValueExact(), Payer.valueOf(text(o, "payer")),
                optional(o, "warranty", WarrantyId::new));
    }

    private static JsonObject snapshot(ProductSnapshot s) {
        return JsonObject.builder()
                .put("productId", s.product().toString())
                .put("sku", s.sku())
                .put("name", s.name())
                .put("klassId", s.klass().toString())
                .put("klassName", s.klassName())
                .put("attributes", s.attributes())
                .build();
    }

    private static ProductSnapshot snapshot(JsonObject o) {
        return new ProductSnapshot(new ProductId(UUID.fromString(text(o, "productId"))), text(o, "sku"), text(o, "name"),
                new KlassId(UUID.fromString(text(o, "klassId"))), text(o, "klassName"), (JsonObject) o.get("attributes").orElseThrow());
    }
}
