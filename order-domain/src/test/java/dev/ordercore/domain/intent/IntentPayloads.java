package dev.ordercore.domain.intent;

import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Violation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A complete contract-v1 intent, as a channel would send it, and edits of it at a path in the
 * notation violations use ({@code lineItems[0].deliveries[1].to.city}), so a test states only the
 * one thing it changes.
 */
final class IntentPayloads {

    static final String CUSTOMER = "0190d2a4-7c2e-7d3b-9c1f-1a2b3c4d5e6f";
    static final String VENDOR = "0190d2a4-7c2e-7d3b-9c1f-00000000000a";
    static final String LINE_CUSTOMER = "0190d2a4-7c2e-7d3b-9c1f-00000000000c";
    static final String LINE_VENDOR = "0190d2a4-7c2e-7d3b-9c1f-00000000000d";
    static final String KLASS = "0190d2a4-7c2e-7d3b-9c1f-0000000000a1";
    static final String PRODUCT = "0190d2a4-7c2e-7d3b-9c1f-0000000000b2";
    static final String ASSET = "0190d2a4-7c2e-7d3b-9c1f-0000000000c3";

    private static final String SITE = """
            {"line1": "Kungsgatan 1", "line2": "c/o Ann", "postalCode": "111 43", "city": "Stockholm", "countryCode": "SE"}""";
    private static final String DEPOT = """
            {"line1": "Depavägen 7", "postalCode": "120 30", "city": "Stockholm", "countryCode": "SE"}""";

    /** Every field of contract version 1, at every level. */
    static final String COMPLETE = """
            {"intentId": "shop-1001", "sourceSystem": "channel.shopify", "contractVersion": 1,
             "externalOrderId": "#1001", "customerRef": "%1$s", "vendorRef": "%2$s", "currency": "SEK",
             "notes": "Leave it at the back door",
             "lineItems": [
               {"ref": "wine", "klassId": "%5$s", "productId": "%6$s", "description": "Chablis 2022",
                "quantity": 12, "unitPrice": "150.00", "on": "2026-02-01", "customerId": "%3$s", "vendorId": "%4$s",
                "deliveries": [{"direction": "OUTBOUND", "date": "2026-02-01", "to": %8$s}],
                "billing": {"termsDays": 30, "payer": "WARRANTY", "warrantyId": "W-77"}},
               {"ref": "digger", "assetId": "%7$s", "quantity": 1, "unitPrice": 12.5, "from": "2026-02-01", "to": "2026-02-11",
                "deliveries": [{"direction": "OUTBOUND", "date": "2026-02-01", "from": %9$s, "to": %8$s},
                               {"direction": "INBOUND", "date": "2026-02-11", "from": %8$s, "to": %9$s}],
                "billing": {"timing": "IN_ARREARS", "cycle": "WEEK", "termsDays": 14, "payer": "CUSTOMER"}},
               {"description": "Delivery", "quantity": 1, "unitPrice": "250", "on": "2026-02-01", "modifies": "wine"}
             ],
             "totals": {"subtotal": "2175.00", "tax": "543.75", "shipping": 49.5, "discounts": "-10"},
             "submittedAt": "2026-01-14T10:00:00Z"}""".formatted(CUSTOMER, VENDOR, LINE_CUSTOMER, LINE_VENDOR, KLASS, PRODUCT, ASSET,
            SITE, DEPOT);

    /** The smallest intent that reads: identity, currency, one line with its required fields, and when it was submitted. */
    static final String MINIMAL = """
            {"intentId": "pos-7", "sourceSystem": "pos", "contractVersion": 1, "currency": "SEK",
             "lineItems": [{"quantity": 2, "unitPrice": "35.50"}],
             "submittedAt": "2026-01-14T10:00:00Z"}""";

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private IntentPayloads() {
    }

    static JsonObject complete() {
        return (JsonObject) JsonValue.parse(COMPLETE);
    }

    static JsonObject minimal() {
        return (JsonObject) JsonValue.parse(MINIMAL);
    }

    /** {@code payload} with the value at {@code path} replaced by (or set to) {@code json}. */
    static JsonObject with(JsonObject payload, String path, String json) {
        return (JsonObject) edit(payload, segments(path), Optional.of(JsonValue.parse(json)));
    }

    /** {@code payload} without the member at {@code path}. */
    static JsonObject without(JsonObject payload, String path) {
        return (JsonObject) edit(payload, segments(path), Optional.empty());
    }

    /** Admits {@code payload}, which must pass R25, and reads it. */
    static Result<OrderIntent, List<Violation>> read(JsonObject payload) {
        return IntentContract.read(IntentContract.admit(payload, IntentLimits.DEFAULT).value());
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) {
            segments.add(m.group(1) != null ? m.group(1) : "[" + m.group(2));
        }
        return segments;
    }

    private static JsonValue edit(JsonValue node, List<String> path, Optional<JsonValue> value) {
        String head = path.get(0);
        List<String> rest = path.subList(1, path.size());
        if (head.startsWith("[")) {
            int index = Integer.parseInt(head.substring(1));
            List<JsonValue> values = new ArrayList<>(((JsonArray) node).values());
            if (rest.isEmpty()) {
                value.ifPresentOrElse(v -> values.set(index, v), () -> values.remove(index));
            } else {
                values.set(index, edit(values.get(index), rest, value));
            }
            return new JsonArray(values);
        }
        Map<String, JsonValue> members = new LinkedHashMap<>(((JsonObject) node).members());
        if (rest.isEmpty()) {
            value.ifPresentOrElse(v -> members.put(head, v), () -> members.remove(head));
        } else {
            members.put(head, edit(members.get(head), rest, value));
        }
        return new JsonObject(members);
    }
}
