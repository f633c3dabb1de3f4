package dev.ordercore.domain.intent;

import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import static dev.ordercore.domain.intent.IntentPayloads.minimal;
import static dev.ordercore.domain.intent.IntentPayloads.read;
import static dev.ordercore.domain.intent.IntentPayloads.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** An intent's line may charge a modifier by {@code modifierId}, as a line of {@code POST /orders} may: the line shapes agree. */
class IntentModifierLinesTest {

    private static final String DELIVERY = "0190f7a4-5c1e-7c3a-9f00-00000000de11";

    @Test
    void r23_an_intent_line_naming_a_modifier_reads_as_a_charge_of_it() {
        JsonObject payload = with(minimal(), "lineItems[0].modifierId", "\"" + DELIVERY + "\"");

        OrderIntent intent = read(payload).value();

        assertThat(intent.order().lineItems()).singleElement()
                .satisfies(l -> assertThat(l.modifier()).contains(OrderModifierId.of(DELIVERY)));
    }

    @Test
    void r23_a_modifier_id_that_is_not_a_uuid_is_a_reason_naming_it() {
        JsonObject payload = with(minimal(), "lineItems[0].modifierId", "\"delivery\"");

        assertThat(read(payload).error()).extracting(Violation::path).containsExactly("lineItems[0].modifierId");
        assertThat(read(minimal()).value().order().lineItems().get(0).modifier()).isEmpty();
    }
}
