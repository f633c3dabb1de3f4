package dev.ordercore.domain.intent;

import dev.ordercore.domain.catalog.AssetId;
import dev.ordercore.domain.catalog.Frequency;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.json.CanonicalJson;
import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonChecks;
import dev.ordercore.domain.json.JsonNumber;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonParser;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.order.BillingDraft;
import dev.ordercore.domain.order.BillingTiming;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.DeliveryDirection;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.LineRef;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderDelivery;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.order.Payer;
import dev.ordercore.domain.order.VendorId;
import dev.ordercore.domain.order.WarrantyId;
import dev.ordercore.domain.shared.Address;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Violation;
import dev.ordercore.domain.shared.Violations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The order intent contract (seed 004's {@code order.orderIntent}), version 1, read from the exact
 * JSON a source sent. Reading happens in two steps: {@link #admit} refuses what cannot be taken
 * in at all (R25: no identity, an unknown contract version, too large, too many lines) so nothing
 * is stored; {@link #read} then reads everything else, and what is wrong there makes a REJECTED
 * intent that is stored with its reasons (R23).
 */
public final class IntentContract {

    static final Set<String> FIELDS = Set.of("intentId", "sourceSystem", "contractVersion", "externalOrderId", "customerRef",
            "vendorRef", "currency", "notes", "lineItems", "totals", "submittedAt");
    static final Set<String> LINE_FIELDS = Set.of("ref", "klassId", "productId", "assetId", "description", "quantity", "unitPrice",
            "on", "from", "to", "deliveries", "customerId", "vendorId", "billing", "modifies", "modifierId");
    static final Set<String> DELIVERY_FIELDS = Set.of("direction", "date", "from", "to");
    static final Set<String> ADDRESS_FIELDS = Set.of("line1", "line2", "postalCode", "city", "countryCode");
    static final Set<String> BILLING_FIELDS = Set.of("timing", "cycle", "termsDays", "payer", "warrantyId");
    static final Set<String> TOTALS_FIELDS = Set.of("subtotal", "tax", "shipping", "discounts");

    /** An intent that passed R25 and can be identified, stored and hashed. */
    public record Admission(IntentKey key, int contractVersion, JsonObject payload, PayloadHash payloadHash) {
    }

    private IntentContract() {
    }

    /** R21, R25: identifies the intent and checks the limits; every reason for a refusal is given. */
    public static Result<Admission, OrderError> admit(JsonValue payload, IntentLimits limits) {
        Violations v = new Violations();
        if (!(payload instanceof JsonObject object)) {
            v.here("intent.not_an_object", "an intent is a JSON object");
            return Result.err(new OrderError.IntentRefused(v.toList()));
        }
        byte[] canonical;
        try {
            canonical = CanonicalJson.utf8(object);
        } catch (IllegalArgumentException unrepresentable) {
            v.here("intent.invalid_number", "the payload holds a number that is not an IEEE-754 double: " + unrepresentable.getMessage());
            return Result.err(new OrderError.IntentRefused(v.toList()));
        }
        if (JsonChecks.holdsNul(object)) {
            v.here("intent.invalid_character", "the payload holds the character U+0000, which cannot be stored");
        }
        if (JsonChecks.depth(object) > JsonParser.MAX_DEPTH) {
            v.here("intent.too_deep", "the payload nests deeper than " + JsonParser.MAX_DEPTH + " levels, so it could not be read back (R25)");
        }
        if (canonical.length > limits.maxPayloadBytes()) {
            v.here("intent.payload_too_large", "the payload is " + canonical.length + " bytes in canonical form; the limit is "
                    + limits.maxPayloadBytes() + " (R25)");
        }
        Optional<String> intentId = identity(object, "intentId", IntentKey.INTENT_ID.pattern(), v);
        Optional<String> source = identity(object, "sourceSystem", IntentKey.SOURCE_SYSTEM.pattern(), v);
        Optional<Integer> version = Optional.empty();
        Optional<JsonValue> versionValue = object.get("contractVersion");
        if (versionValue.isEmpty()) {
            v.add("contractVersion", "intent.contract_version_required", "contractVersion is required; supported: " + supported(limits));
        } else if (!(versionValue.get() instanceof JsonNumber n) || n.value().stripTrailingZeros().scale() > 0
                || !limits.contractVersions().contains(intValue(n))) {
            v.add("contractVersion", "intent.unsupported_contract_version", "contract version " + versionValue.get().canonical()
                    + " is not supported; supported: " + supported(limits) + " (R25)");
        } else {
            version = Optional.of(intValue((JsonNumber) versionValue.get()));
        }
        if (object.get("lineItems").orElse(null) instanceof JsonArray lines && lines.size() > limits.maxLines()) {
            v.add("lineItems", "intent.too_many_lines", "an intent has at most " + limits.maxLines() + " lines, got "
                    + lines.size() + " (R25)");
        }
        if (!v.isEmpty()) {
            return Result.err(new OrderError.IntentRefused(v.toList()));
        }
        return Result.ok(new Admission(new IntentKey(source.orElseThrow(), intentId.orElseThrow()), version.orElseThrow(), object,
                new PayloadHash(CanonicalJson.sha256Hex(canonical))));
    }

    /** Reads the whole intent; every violation is a reason to reject it. */
    public static Result<OrderIntent, List<Violation>> read(Admission admission) {
        Violations v = new Violations();
        PayloadFields f = new PayloadFields(admission.payload(), v, FIELDS);
        Optional<String> externalOrderId = f.string("externalOrderId", false, 200);
        Optional<CustomerId> customer = f.uuid("customerRef", false).map(CustomerId::new);
        Optional<VendorId> vendor = f.uuid("vendorRef", false).map(VendorId::new);
        Optional<Currency> currency = currency(f, v);
        Optional<String> notes = f.string("notes", false, Order.MAX_NOTES);
        Optional<java.time.Instant> submittedAt = f.instant("submittedAt", true);
        Optional<JsonArray> lineArray = f.array("lineItems", true);
        List<LineItemDraft> lines = new ArrayList<>();
        lineArray.ifPresent(array -> {
            for (int i = 0; i < array.size(); i++) {
                Violations lv = v.at("lineItems", i);
                PayloadFields.asObject(array.get(i), lv, "a line item").flatMap(o -> line(o, lv)).ifPresent(lines::add);
            }
        });
        Optional<OrderIntent.Totals> totals = f.object("totals", false).map(o -> totals(o, v.at("totals")));
        if (!v.isEmpty()) {
            return Result.err(v.toList());
        }
        OrderDraft.Builder draft = OrderDraft.builder(currency.orElseThrow()).lines(lines);
        customer.ifPresent(draft::customer);
        vendor.ifPresent(draft::vendor);
        notes.ifPresent(draft::notes);
        return Result.ok(new OrderIntent(admission.key(), admission.contractVersion(), externalOrderId, customer, draft.build(),
                totals, submittedAt.orElseThrow(), admission.payloadHash()));
    }

    private static Optional<LineItemDraft> line(JsonObject o, Violations v) {
        int before = v.size();
        PayloadFields f = new PayloadFields(o, v, LINE_FIELDS);
        LineItemDraft.Builder b = LineItemDraft.builder();
        f.string("ref", false, LineItem.MAX_REF).ifPresent(b::ref);
        f.uuid("klassId", false).map(KlassId::new).ifPresent(b::klass);
        f.uuid("productId", false).map(ProductId::new).ifPresent(b::product);
        f.uuid("assetId", false).map(AssetId::new).ifPresent(b::asset);
        f.string("description", false, LineItem.MAX_DESCRIPTION).ifPresent(b::description);
        f.integer("quantity", true).ifPresent(b::quantity);
        f.decimal("unitPrice", true).ifPresent(b::unitPrice);
        f.date("on", false).ifPresent(b::on);
        f.date("from", false).ifPresent(b::from);
        f.date("to", false).ifPresent(b::to);
        f.uuid("customerId", false).map(CustomerId::new).ifPresent(b::customer);
        f.uuid("vendorId", false).map(VendorId::new).ifPresent(b::vendor);
        f.string("modifies", false, LineItem.MAX_REF).map(LineRef::ref).ifPresent(b::modifies);
        f.uuid("modifierId", false).map(OrderModifierId::new).ifPresent(b::modifier);
        f.array("deliveries", false).ifPresent(array -> {
            for (int i = 0; i < array.size(); i++) {
                Violations dv = v.at("deliveries", i);
                PayloadFields.asObject(array.get(i), dv, "a delivery").flatMap(d -> delivery(d, dv)).ifPresent(b::delivery);
            }
        });
        f.object("billing", false).flatMap(billing -> billing(billing, v.at("billing"))).ifPresent(b::billing);
        return v.size() > before ? Optional.empty() : Optional.of(b.build());
    }

    private static Optional<OrderDelivery> delivery(JsonObject o, Violations v) {
        int before = v.size();
        PayloadFields f = new PayloadFields(o, v, DELIVERY_FIELDS);
        Optional<DeliveryDirection> direction = f.enumeration("direction", DeliveryDirection.class, true);
        Optional<LocalDate> date = f.date("date", true);
        Optional<Address> from = f.object("from", false).flatMap(a -> address(a, v.at("from")));
        Optional<Address> to = f.object("to", false).flatMap(a -> address(a, v.at("to")));
        if (v.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new OrderDelivery(direction.orElseThrow(), from, to, date.orElseThrow()));
    }

    private static Optional<Address> address(JsonObject o, Violations v) {
        int before = v.size();
        PayloadFields f = new PayloadFields(o, v, ADDRESS_FIELDS);
        String line1 = text(f, "line1");
        String line2 = text(f, "line2");
        String postalCode = text(f, "postalCode");
        String city = text(f, "city");
        String country = text(f, "countryCode");
        if (v.size() > before) {
            return Optional.empty();
        }
        List<Violation> problems = Address.violations(line1, line2, postalCode, city, country);
        v.addAll(problems);
        return problems.isEmpty() ? Optional.of(new Address(line1, Optional.ofNullable(line2), postalCode, city, country)) : Optional.empty();
    }

    private static String text(PayloadFields f, String field) {
        return f.raw(field).filter(JsonString.class::isInstance).map(s -> ((JsonString) s).value())
                .or(() -> {
                    f.string(field, false, 1); // reports a value of the wrong type
                    return Optional.empty();
                })
                .orElse(null);
    }

    private static Optional<BillingDraft> billing(JsonObject o, Violations v) {
        PayloadFields f = new PayloadFields(o, v, BILLING_FIELDS);
        return Optional.of(new BillingDraft(
                f.enumeration("timing", BillingTiming.class, false),
                f.enumeration("cycle", Frequency.class, false),
                f.integer("termsDays", false),
                f.enumeration("payer", Payer.class, false),
                f.string("warrantyId", false, WarrantyId.MAX_LENGTH).map(WarrantyId::new)));
    }

    private static OrderIntent.Totals totals(JsonObject o, Violations v) {
        PayloadFields f = new PayloadFields(o, v, TOTALS_FIELDS);
        return new OrderIntent.Totals(f.decimal("subtotal", false), f.decimal("tax", false), f.decimal("shipping", false),
                f.decimal("discounts", false));
    }

    private static Optional<Currency> currency(PayloadFields f, Violations v) {
        return f.string("currency", true, 3).flatMap(code -> {
            if (Money.isUsableCurrency(code)) {
                return Optional.of(Currency.getInstance(code));
            }
            v.add("currency", "invalid_currency", "'" + code + "' is not an ISO 4217 currency with minor units, such as SEK or EUR");
            return Optional.empty();
        });
    }

    private static Optional<String> identity(JsonObject object, String field, String pattern, Violations v) {
        Optional<JsonValue> value = object.get(field);
        if (value.isEmpty()) {
            v.add(field, "intent." + snake(field) + "_required", field + " is required: it identifies the intent (R21)");
        } else if (!(value.get() instanceof JsonString s) || !s.value().matches(pattern)) {
            v.add(field, "intent.invalid_" + snake(field), field + " must match " + pattern);
        } else {
            return Optional.of(s.value());
        }
        return Optional.empty();
    }

    private static String snake(String field) {
        return field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    private static int intValue(JsonNumber n) {
        try {
            return n.value().intValueExact();
        } catch (ArithmeticException tooLarge) {
            return Integer.MIN_VALUE;
        }
    }

    private static String supported(IntentLimits limits) {
        return new TreeSet<>(limits.contractVersions()).toString();
    }
}
