package dev.ordercore.domain.shared;

import dev.ordercore.domain.testing.ValueArbitraries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyProperties {

    @Property(tries = 200)
    @Label("R30 adding money of one currency is commutative, associative and exact")
    void adding_is_commutative_associative_and_exact(@ForAll(supplier = ValueArbitraries.Currencies.class) Currency currency,
                                                     @ForAll(supplier = ValueArbitraries.Amounts.class) Money x,
                                                     @ForAll(supplier = ValueArbitraries.Amounts.class) Money y,
                                                     @ForAll(supplier = ValueArbitraries.Amounts.class) Money z) {
        Money a = Money.of(x.amount().setScale(0, java.math.RoundingMode.DOWN), currency);
        Money b = Money.rounded(y.amount(), currency, java.math.RoundingMode.HALF_EVEN);
        Money c = Money.rounded(z.amount().negate(), currency, java.math.RoundingMode.HALF_UP);

        assertThat(a.plus(b)).isEqualTo(b.plus(a));
        assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
        assertThat(a.plus(b).amount().scale()).isEqualTo(Money.minorUnits(currency));
    }

    @Property(tries = 200)
    @Label("R30 money of two currencies never mixes")
    void money_of_two_currencies_never_mixes(@ForAll(supplier = ValueArbitraries.Amounts.class) Money x,
                                             @ForAll(supplier = ValueArbitraries.Amounts.class) Money y) {
        if (x.currency().equals(y.currency())) {
            assertThat(x.plus(y).currency()).isEqualTo(x.currency());
        } else {
            assertThatThrownBy(() -> x.plus(y)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> x.compareTo(y)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Property(tries = 200)
    @Label("R8 R30 unit price times quantity rounds to minor units, within half a minor unit of the exact product for HALF_EVEN")
    void unit_price_times_quantity_is_within_half_a_minor_unit(@ForAll(supplier = ValueArbitraries.UnitPrices.class) UnitPrice price,
                                                               @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 100_000) int quantity) {
        Money amount = price.times(quantity, RoundingPolicy.DEFAULT);
        BigDecimal exact = price.amount().multiply(BigDecimal.valueOf(quantity));
        BigDecimal half = BigDecimal.ONE.movePointLeft(Money.minorUnits(price.currency())).divide(BigDecimal.valueOf(2));

        assertThat(amount.currency()).isEqualTo(price.currency());
        assertThat(amount.amount().scale()).isEqualTo(Money.minorUnits(price.currency()));
        assertThat(amount.amount().subtract(exact).abs()).isLessThanOrEqualTo(half);
    }
}
