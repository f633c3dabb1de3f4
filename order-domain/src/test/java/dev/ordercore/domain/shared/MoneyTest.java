package dev.ordercore.domain.shared;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    @DisplayName("R30 money refuses to mix currencies")
    void r30_money_refuses_to_mix_currencies() {
        Money sek = Money.of("10.00", "SEK");
        Money eur = Money.of("10.00", "EUR");

        assertThatThrownBy(() -> sek.plus(eur)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("R30");
        assertThatThrownBy(() -> sek.minus(eur)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot mix currencies");
        assertThatThrownBy(() -> sek.compareTo(eur)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.sum(List.of(sek, eur), Currency.getInstance("SEK"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("R30 money is held at exactly the currencys minor units")
    void r30_money_is_held_at_exactly_the_currencys_minor_units() {
        assertThat(Money.of("10", "SEK").amount()).isEqualByComparingTo("10.00").extracting(BigDecimal::scale).isEqualTo(2);
        assertThat(Money.of("10", "JPY").amount().scale()).isZero();
        assertThat(Money.of("1.5", "KWD").amount().scale()).isEqualTo(3);
        assertThat(Money.of("10.500", "SEK")).isEqualTo(Money.of("10.5", "SEK"));
    }

    @Test
    @DisplayName("R30 more decimals than the currency has must be rounded by a policy")
    void r30_more_decimals_than_the_currency_has_must_be_rounded_by_a_policy() {
        assertThatThrownBy(() -> Money.of("0.125", "SEK")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RoundingPolicy");
        assertThatThrownBy(() -> Money.of("1.5", "JPY")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.rounded(new BigDecimal("0.125"), Currency.getInstance("SEK"), RoundingMode.HALF_EVEN)).isEqualTo(Money.of("0.12", "SEK"));
        assertThat(Money.rounded(new BigDecimal("0.125"), Currency.getInstance("SEK"), RoundingMode.HALF_UP)).isEqualTo(Money.of("0.13", "SEK"));
    }

    @Test
    @DisplayName("R30 currencies without minor units cannot hold money")
    void r30_currencies_without_minor_units_cannot_hold_money() {
        assertThat(Money.isUsableCurrency("SEK")).isTrue();
        assertThat(Money.isUsableCurrency("XAU")).isFalse();
        assertThat(Money.isUsableCurrency("sek")).isFalse();
        assertThat(Money.isUsableCurrency("ZZZ")).isFalse();
        assertThatThrownBy(() -> Money.zero(Currency.getInstance("XAU"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no minor unit");
    }

    @Test
    @DisplayName("R8 a unit price keeps up to six decimals and is never negative")
    void r8_a_unit_price_keeps_up_to_six_decimals_and_is_never_negative() {
        assertThat(UnitPrice.of("0.125", "SEK").amount()).isEqualByComparingTo("0.125");
        assertThat(UnitPrice.of("3", "SEK").amount().scale()).isEqualTo(2);
        assertThatThrownBy(() -> UnitPrice.of("0.1234567", "SEK")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnitPrice.of("-1", "SEK")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unnecessary_is_not_a_rounding_policy() {
        assertThatThrownBy(() -> new RoundingPolicy(RoundingMode.UNNECESSARY, RoundingPolicy.TaxRounding.PER_LINE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RoundingPolicy.DEFAULT).isEqualTo(new RoundingPolicy(RoundingMode.HALF_EVEN, RoundingPolicy.TaxRounding.PER_DOCUMENT));
    }
}
