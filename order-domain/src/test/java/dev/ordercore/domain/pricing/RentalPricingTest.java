package dev.ordercore.domain.pricing;

import dev.ordercore.domain.catalog.Frequency;
import dev.ordercore.domain.catalog.KlassPricing;
import dev.ordercore.domain.pricing.RentalPricing.RentalPrice;
import dev.ordercore.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** R32 by example: which combination of frequency prices a period costs, and how ties are broken. */
class RentalPricingTest {

    private static final Currency SEK = Currency.getInstance("SEK");

    private static KlassPricing per(Frequency f, String price) {
        return KlassPricing.per(f, Money.of(price, "SEK"));
    }

    private static RentalPrice cheapest(long days, KlassPricing... prices) {
        return RentalPricing.cheapest(List.of(prices), SEK, days).orElseThrow();
    }

    @Test
    void frequencies_price_as_fixed_numbers_of_days() {
        assertThat(List.of(Frequency.values())).extracting(Frequency::pricingDays).containsExactly(1, 7, 28, 30, 90, 365);
    }

    @Test
    void r32_ten_days_at_900_a_day_or_4000_a_week_cost_one_week_and_three_days() {
        RentalPrice price = cheapest(10, per(Frequency.DAY, "900.00"), per(Frequency.WEEK, "4000.00"));

        assertThat(price.counts()).isEqualTo(Map.of(Frequency.WEEK, 1, Frequency.DAY, 3));
        assertThat(price.total()).isEqualTo(Money.of("6700.00", "SEK")); // not 10 days (9000.00) nor 2 weeks (8000.00)
        assertThat(price.coveredDays()).isEqualTo(10);
    }

    @Test
    void r32_six_days_are_priced_as_a_week_when_that_is_cheaper() {
        RentalPrice price = cheapest(6, per(Frequency.DAY, "900.00"), per(Frequency.WEEK, "4000.00"));

        assertThat(price.counts()).isEqualTo(Map.of(Frequency.WEEK, 1));
        assertThat(price.total()).isEqualTo(Money.of("4000.00", "SEK")); // 6 days would be 5400.00
        assertThat(price.coveredDays()).isEqualTo(7);
    }

    @Test
    void r32_among_equally_cheap_covers_the_fewest_prices_win() {
        RentalPrice price = cheapest(7, per(Frequency.DAY, "100.00"), per(Frequency.WEEK, "700.00"));

        assertThat(price.counts()).isEqualTo(Map.of(Frequency.WEEK, 1));
    }

    @Test
    void r32_among_equally_cheap_covers_of_as_many_prices_the_least_overshoot_wins() {
        RentalPrice price = cheapest(20, per(Frequency.FOUR_WEEKS, "1000.00"), per(Frequency.MONTH, "1000.00"));

        assertThat(price.counts()).isEqualTo(Map.of(Frequency.FOUR_WEEKS, 1));
        assertThat(price.coveredDays()).isEqualTo(28);
    }

    @Test
    void r32_a_month_covers_thirty_days_and_a_quarter_ninety() {
        RentalPrice price = cheapest(45, per(Frequency.DAY, "100.00"), per(Frequency.MONTH, "2000.00"),
                per(Frequency.QUARTER, "5000.00"));

        assertThat(price.counts()).isEqualTo(Map.of(Frequency.MONTH, 1, Frequency.DAY, 15));
        assertThat(price.total()).isEqualTo(Money.of("3500.00", "SEK"));
    }

    @Test
    void r32_a_klass_without_frequency_prices_in_the_currency_has_no_rental_price() {
        List<KlassPricing> prices = List.of(KlassPricing.sale(Money.of("1000.00", "SEK")), KlassPricing.per(Frequency.DAY, Money.of("90.00", "EUR")));

        assertThat(RentalPricing.cheapest(prices, SEK, 3)).isEmpty();
        assertThat(RentalPricing.cheapest(prices, Currency.getInstance("EUR"), 3)).map(RentalPrice::total)
                .contains(Money.of("270.00", "EUR"));
    }

    @Test
    void r32_periods_outside_one_day_to_ten_years_are_refused_as_programming_errors() {
        List<KlassPricing> prices = List.of(per(Frequency.DAY, "1.00"));

        assertThatThrownBy(() -> RentalPricing.cheapest(prices, SEK, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RentalPricing.cheapest(prices, SEK, RentalPricing.MAX_DAYS + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RentalPricing.cheapest(prices, SEK, RentalPricing.MAX_DAYS)).map(RentalPrice::total)
                .contains(Money.of("3660.00", "SEK"));
    }
}
