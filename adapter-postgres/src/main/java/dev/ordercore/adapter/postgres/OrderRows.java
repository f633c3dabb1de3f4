package dev.ordercore.adapter.postgres;

import dev.ordercore.adapter.postgres.jooq.tables.records.OrdersRecord;
import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.order.Block;
import dev.ordercore.domain.order.Contact;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.IntentRef;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemId;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.OrderNumber;
import dev.ordercore.domain.order.StatusCode;
import dev.ordercore.domain.order.StatusEntryId;
import dev.ordercore.domain.order.VendorId;
import dev.ordercore.domain.shared.Address;
import dev.ordercore.domain.shared.TenantId;
import org.jooq.JSONB;

import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * An order's row in {@code orders}. Besides the order's own fields the row keeps what lists filter
 * on without reading lines or blocks: every customer of the order and how many blocks are open.
 * Nested values (contact, address, open blocks) are jsonb, absent parts left out.
 */
final class OrderRows {

    private OrderRows() {
    }

    static OrdersRecord record(Order order) {
        Order.State s = order.state();
        OrdersRecord r = new OrdersRecord();
        r.setTenantId(s.tenant().value());
        r.setId(s.id().value());
        r.setNumber(s.number().value());
        r.setCurrency(s.currency().getCurrencyCode());
        r.setCustomerId(s.customer().map(CustomerId::value).orElse(null));
        r.setVendorId(s.vendor().map(VendorId::value).orElse(null));
        r.setNotes(s.notes().orElse(null));
        r.setInternalNotes(s.internalNotes().orElse(null));
        r.setContact(s.contact().map(OrderRows::contact).map(JsonText::jsonb).orElse(null));
        r.setDeliveryAddress(s.deliveryAddress().map(OrderRows::address).map(JsonText::jsonb).orElse(null));
        r.setEstimatedDelivery(s.estimatedDelivery().orElse(null));
        r.setConfirmedDelivery(s.confirmedDelivery().orElse(null));
        r.setIntentSource(s.intentRef().map(IntentRef::sourceSystem).orElse(null));
        r.setIntentId(s.intentRef().map(IntentRef::intentId).orElse(null));
        r.setCreatedBy(s.createdBy());
        r.setCreatedAt(Rows.ts(s.createdAt()));
        r.setUpdatedAt(Rows.ts(s.updatedAt()));
        r.setVersion(s.version());
        r.setDeletedAt(Rows.ts(s.deletedAt()));
        r.setLifecycle(s.lifecycle());
        r.setStatus(s.status());
        r.setOpenBlocks(JsonText.jsonb(new JsonArray(s.openBlocks().stream().<JsonValue>map(OrderRows::block).toList())));
        r.setBlockingCount(s.openBlocks().size());
        r.setCustomers(order.customers().stream().map(CustomerId::value).toArray(UUID[]::new));
        return r;
    }

    static Order order(OrdersRecord r, List<LineItem> lines) {
        return Order.rehydrate(new Order.State(
                TenantId.of(r.getTenantId()),
                new OrderId(r.getId()),
                new OrderNumber(r.getNumber()),
                Currency.getInstance(r.getCurrency()),
                Optional.ofNullable(r.getCustomerId()).map(CustomerId::new),
                Optional.ofNullable(r.getVendorId()).map(VendorId::new),
                Optional.ofNullable(r.getNotes()),
                Optional.ofNullable(r.getInternalNotes()),
                Optional.ofNullable(r.getContact()).map(JsonText::object).map(OrderRows::contact),
                Optional.ofNullable(r.getDeliveryAddress()).map(JsonText::object).map(OrderRows::address),
                Optional.ofNullable(r.getEstimatedDelivery()),
                Optional.ofNullable(r.getConfirmedDelivery()),
                Optional.ofNullable(r.getIntentSource()).map(source -> new IntentRef(source, r.getIntentId())),
                r.getCreatedBy(),
                Rows.instant(r.getCreatedAt()),
                Rows.instant(r.getUpdatedAt()),
                r.getVersion(),
                Rows.optionalInstant(r.getDeletedAt()),
                r.getLifecycle(),
                r.getStatus(),
                lines,
                blocks(r.getOpenBlocks())));
    }

    static JsonObject address(Address a) {
        JsonObject.Builder b = JsonObject.builder().put("line1", a.line1());
        a.line2().ifPresent(l -> b.put("line2", l));
        return b.put("postalCode", a.postalCode()).put("city", a.city()).put("countryCode", a.countryCode()).build();
    }

    static Address address(JsonObject o) {
        return new Address(text(o, "line1"), optionalText(o, "line2"), text(o, "postalCode"), text(o, "city"), text(o, "countryCode"));
    }

    static String text(JsonObject o, String key) {
        return optionalText(o, key).orElseThrow(() -> new IllegalStateException("stored JSON has no " + key + ": " + o));
    }

    static Optional<String> optionalText(JsonObject o, String key) {
        return o.get(key).map(v -> ((JsonString) v).value());
    }

    static <T> Optional<T> optional(JsonObject o, String key, Function<String, T> parse) {
        return optionalText(o, key).map(parse);
    }

    private static JsonObject contact(Contact c) {
        JsonObject.Builder b = JsonObject.builder();
        c.person().ifPresent(p -> b.put("person", p));
        c.phone().ifPresent(p -> b.put("phone", p));
        c.email().ifPresent(e -> b.put("email", e));
        return b.build();
    }

    private static Contact contact(JsonObject o) {
        return new Contact(optionalText(o, "person"), optionalText(o, "phone"), optionalText(o, "email"));
    }

    private static JsonObject block(Block block) {
        JsonObject.Builder b = JsonObject.builder().put("entryId", block.entry().toString());
        block.lineItem().ifPresent(l -> b.put("lineItemId", l.toString()));
        return b.put("code", block.code().toString()).build();
    }

    private static List<Block> blocks(JSONB stored) {
        return JsonText.array(stored).values().stream()
                .map(v -> (JsonObject) v)
                .map(o -> new Block(StatusEntryId.of(text(o, "entryId")), optional(o, "lineItemId", LineItemId::of),
                        StatusCode.parse(text(o, "code"))))
                .toList();
    }
}
