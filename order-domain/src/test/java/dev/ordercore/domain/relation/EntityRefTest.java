package dev.ordercore.domain.relation;

import dev.ordercore.domain.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The ends of a relation (seed 000): ordercore's own orders and cases by UUID, anything else by the id it has elsewhere. */
class EntityRefTest {

    private static final UUID ID = UUID.fromString("0190d2a4-7c2e-7d3b-9c1f-1a2b3c4d5e6f");

    @Test
    @DisplayName("R27 an order or case end has one spelling whatever the case of its uuid")
    void r27_an_order_or_case_end_has_one_spelling_whatever_the_case_of_its_uuid() {
        EntityRef upper = new EntityRef("order", ID.toString().toUpperCase());

        assertThat(upper).isEqualTo(EntityRef.order(ID));
        assertThat(upper.id()).isEqualTo(ID.toString());
        assertThat(upper.uuid()).isEqualTo(ID);
        assertThat(EntityRef.ofCase(ID)).isEqualTo(new EntityRef("case", ID.toString())).hasToString("case:" + ID);
        assertThat(EntityRef.order(ID)).hasToString("order:" + ID).isNotEqualTo(EntityRef.ofCase(ID));
        assertThat(EntityRef.ofCase(ID).isInternal()).isTrue();
    }

    @Test
    @DisplayName("R27 an order or case id must be a uuid in its full 36 character form")
    void r27_an_order_or_case_id_must_be_a_uuid_in_its_full_36_character_form() {
        String compact = ID.toString().replace("-", "");

        assertThat(EntityRef.violations("order", "1-2-3-4-5")).extracting(Violation::path, Violation::code, Violation::message)
                .containsExactly(tuple("id", "invalid_id", "an order id is a UUID"));
        assertThat(EntityRef.violations("case", compact)).extracting(Violation::code).containsExactly("invalid_id");
        assertThat(EntityRef.violations("case", "0190d2a4-7c2e-7d3b-9c1f-1a2b3c4d5e6g")).extracting(Violation::code).containsExactly("invalid_id");
        assertThat(EntityRef.violations("order", ID.toString())).isEmpty();
        assertThat(EntityRef.violations("ticket", "1-2-3-4-5")).as("external ids are kept as given").isEmpty();
        assertThatThrownBy(() -> new EntityRef("order", "1-2-3-4-5")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("R27 an external id has 1 to 200 characters and a type is a lowercase identifier")
    void r27_an_external_id_has_1_to_200_characters_and_a_type_is_a_lowercase_identifier() {
        assertThat(new EntityRef("ticket", "t".repeat(200)).id()).hasSize(200);
        assertThat(EntityRef.violations("ticket", "t".repeat(201))).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("id", "invalid_id"));
        assertThat(EntityRef.violations("ticket", "  ")).extracting(Violation::code).containsExactly("invalid_id");
        assertThat(EntityRef.violations(null, null)).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("type", "required"), tuple("id", "required"));
        assertThat(EntityRef.violations("Ticket", "t-1")).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("type", "invalid_type"));
    }
}
