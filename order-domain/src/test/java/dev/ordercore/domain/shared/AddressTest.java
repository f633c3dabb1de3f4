package dev.ordercore.domain.shared;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Postal addresses as deliveries and orders carry them: every part is checked and every problem named. */
class AddressTest {

    @Test
    @DisplayName("every missing part of an address is named and the second line is optional")
    void every_missing_part_of_an_address_is_named_and_the_second_line_is_optional() {
        assertThat(Address.violations(null, null, null, null, null)).extracting(Violation::path, Violation::code, Violation::message)
                .containsExactly(
                        tuple("line1", "required", "line1 is required"),
                        tuple("postalCode", "required", "postalCode is required"),
                        tuple("city", "required", "city is required"),
                        tuple("countryCode", "required", "countryCode is required"));
    }

    @Test
    @DisplayName("blank parts and an unknown country are named")
    void blank_parts_and_an_unknown_country_are_named() {
        assertThat(Address.violations(" ", "\t", "  ", " ", "se")).extracting(Violation::path, Violation::code).containsExactly(
                tuple("line1", "blank"), tuple("line2", "blank"), tuple("postalCode", "blank"), tuple("city", "blank"),
                tuple("countryCode", "invalid_country"));
        assertThat(Address.violations("Kungsgatan 1", null, "111 43", "Stockholm", " ")).extracting(Violation::code)
                .containsExactly("required");
    }

    @Test
    @DisplayName("each part takes exactly its maximum length and refuses one character more")
    void each_part_takes_exactly_its_maximum_length_and_refuses_one_character_more() {
        String line = "l".repeat(Address.MAX_LINE);
        String postal = "1".repeat(Address.MAX_POSTAL_CODE);
        String city = "c".repeat(Address.MAX_CITY);

        assertThat(new Address(line, Optional.of(line), postal, city, "SE").line2()).contains(line);
        assertThat(Address.violations(line + "l", line + "l", postal + "1", city + "c", "SE"))
                .extracting(Violation::path, Violation::code, Violation::message).containsExactly(
                        tuple("line1", "too_long", "line1 has at most 255 characters"),
                        tuple("line2", "too_long", "line2 has at most 255 characters"),
                        tuple("postalCode", "too_long", "postalCode has at most 20 characters"),
                        tuple("city", "too_long", "city has at most 100 characters"));
        assertThatThrownBy(() -> Address.of(line + "l", postal, city, "SE")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line1 has at most 255 characters");
    }
}
