package dev.ordercore.domain.order;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

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
}
