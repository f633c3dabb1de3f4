package dev.ordercore.domain.intent;

import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.Violation;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static dev.ordercore.domain.intent.IntentPayloads.complete;
import static dev.ordercore.domain.intent.IntentPayloads.read;
import static dev.ordercore.domain.intent.IntentPayloads.with;
import static dev.ordercore.domain.intent.IntentPayloads.without;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules of contract version 1 that hold for every field and every level of the payload (R23). */
class IntentContractProperties {

    /** Every optional field of the complete intent, at every level. */
    static final List<String> OPTIONAL = List.of(
            "externalOrderId", "customerRef", "vendorRef", "notes", "totals",
            "totals.subtotal", "totals.tax", "totals.shipping", "totals.discounts",
            "lineItems[0].ref", "lineItems[0].klassId", "lineItems[0].productId", "lineItems[0].description", "lineItems[0].on",
            "lineItems[0].customerId", "lineItems[0].vendorId", "lineItems[0].deliveries", "lineItems[0].billing",
            "lineItems[0].billing.termsDays", "lineItems[0].billing.payer", "lineItems[0].billing.warrantyId",
            "lineItems[0].deliveries[0].to", "lineItems[0].deliveries[0].to.line2",
            "lineItems[1].assetId", "lineItems[1].from", "lineItems[1].to", "lineItems[1].deliveries[0].from",
            "lineItems[1].billing.timing", "lineItems[1].billing.cycle", "lineItems[2].modifies");

    /** Every required field of the complete intent that reading checks (identity and version are admission's). */
    static final List<String> REQUIRED = List.of(
            "currency", "submittedAt", "lineItems",
            "lineItems[0].quantity", "lineItems[0].unitPrice", "lineItems[2].quantity", "lineItems[2].unitPrice",
            "lineItems[1].deliveries[1].direction", "lineItems[1].deliveries[1].date",
            "lineItems[1].deliveries[1].to.line1", "lineItems[1].deliveries[1].to.postalCode",
            "lineItems[1].deliveries[1].to.city", "lineItems[1].deliveries[1].to.countryCode");

    /** Where objects sit in the complete intent, and the fields the contract knows there. */
    static final Map<String, Set<String>> LEVELS = Map.of(
            "", IntentContract.FIELDS,
            "lineItems[2].", IntentContract.LINE_FIELDS,
            "lineItems[0].deliveries[0].", IntentContract.DELIVERY_FIELDS,
            "lineItems[1].deliveries[1].from.", IntentContract.ADDRESS_FIELDS,
            "lineItems[1].billing.", IntentContract.BILLING_FIELDS,
            "totals.", IntentContract.TOTALS_FIELDS);

    /** What an intent says, leaving out the hash of the exact text it was sent as. */
    private static List<Object> meaning(OrderIntent i) {
        return List.of(i.key(), i.contractVersion(), i.externalOrderId(), i.customerRef(), i.order(), i.totals(), i.submittedAt());
    }

    @Group
    @Label("R23 json null is absence")
    class NullIsAbsence {

        @Provide
        Arbitrary<String> optionalFields() {
            return Arbitraries.of(OPTIONAL);
        }

        @Provide
        Arbitrary<String> requiredFields() {
            return Arbitraries.of(REQUIRED);
        }

        @Property(tries = 40)
        @Label("an optional field sent as null reads as if it were left out")
        void an_optional_field_sent_as_null_reads_as_if_it_were_left_out(@ForAll("optionalFields") String field) {
            OrderIntent asNull = read(with(complete(), field, "null")).value();
            OrderIntent leftOut = read(without(complete(), field)).value();

            assertThat(meaning(asNull)).isEqualTo(meaning(leftOut));
            assertThat(meaning(leftOut)).isNotEqualTo(meaning(read(complete()).value()));
        }

        @Property(tries = 20)
        @Label("a required field sent as null is missing and named with its path")
        void a_required_field_sent_as_null_is_missing_and_named_with_its_path(@ForAll("requiredFields") String field) {
            String name = field.substring(field.lastIndexOf('.') + 1);

            assertThat(read(with(complete(), field, "null")).error())
                    .containsExactly(new Violation(field, "required", name + " is required"));
        }
    }

    @Group
    @Label("R23 unknown fields are named")
    class UnknownFields {

        @Provide
        Arbitrary<String> levels() {
            return Arbitraries.of(LEVELS.keySet());
        }

        /** Names no level of the contract knows: none of its fields starts with an x. */
        @Provide
        Arbitrary<String> unknownNames() {
            return Arbitraries.strings().withCharRange('a', 'z').withChars('_', 'X').ofMaxLength(12).map(s -> "x" + s);
        }

        @Provide
        Arbitrary<String> anyJson() {
            return Arbitraries.of("null", "true", "0", "\"SEK\"", "[]", "{}", "{\"quantity\": 1}");
        }

        @Property(tries = 60)
        @Label("a field the contract does not know is a reason naming its path and the fields known there")
        void a_field_the_contract_does_not_know_is_a_reason_naming_its_path_and_the_fields_known_there(
                @ForAll("levels") String level, @ForAll("unknownNames") String name, @ForAll("anyJson") String value) {
            JsonObject payload = with(complete(), level + name, value);

            assertThat(read(payload).error()).containsExactly(new Violation(level + name, "unknown_field",
                    "'" + name + "' is not a field here; known fields: " + String.join(", ", new TreeSet<>(LEVELS.get(level)))));
        }
    }
}
