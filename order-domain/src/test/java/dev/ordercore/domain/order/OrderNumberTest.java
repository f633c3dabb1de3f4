package dev.ordercore.domain.order;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderNumberTest {

    @Test
    void numbers_are_written_with_ascii_digits_whatever_the_default_locale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("fa-IR"));
            assertThat(OrderNumber.of("WF", 2026, 123).value()).isEqualTo("WF-2026-00123");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void a_number_tells_its_prefix_year_and_sequence_and_grows_past_five_digits() {
        OrderNumber number = OrderNumber.of("ORD", 2027, 123_456);

        assertThat(number.value()).isEqualTo("ORD-2027-123456");
        assertThat(number.prefix()).isEqualTo("ORD");
        assertThat(number.year()).isEqualTo(2027);
        assertThat(number.sequence()).isEqualTo(123_456);
    }

    @Test
    void years_have_four_digits_and_sequences_run_from_1_to_999_999_999() {
        assertThat(OrderNumber.of("WF", 1000, 1)).hasToString("WF-1000-00001");
        assertThat(OrderNumber.of("WF", 9999, 999_999_999L).value()).isEqualTo("WF-9999-999999999");
        assertThatThrownBy(() -> OrderNumber.of("WF", 999, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderNumber.of("WF", 10_000, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderNumber.of("WF", 2026, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderNumber.of("WF", 2026, 1_000_000_000L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year 2026 and sequence 1000000000 do not make an order number");
    }

    @Test
    void a_prefix_is_up_to_ten_capitals_and_digits_starting_with_a_letter() {
        assertThat(OrderNumber.of("ABCDEFGHI9", 2026, 7).prefix()).isEqualTo("ABCDEFGHI9");
        assertThatThrownBy(() -> OrderNumber.of("wf", 2026, 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderNumber.of("9WF", 2026, 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderNumber("WF-26-00001")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new OrderNumber("WF-2026-00123").sequence()).isEqualTo(123);
        assertThat(new OrderNumber("WF-2026-00123").year()).isEqualTo(2026);
    }
}
