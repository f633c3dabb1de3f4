package dev.ordercore.domain.order;

import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.RoundingPolicy;
import dev.ordercore.domain.shared.UnitPrice;
import dev.ordercore.domain.testing.OrderFixtures;
import dev.ordercore.domain.testing.TenantSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import static dev.ordercore.domain.testing.OrderFixtures.aCharge;
import static dev.ordercore.domain.testing.OrderFixtures.aSale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** R8 and R30 on placed orders: amount = unit price × quantity, rounded once by the tenant's policy, in one currency. */
class OrderAmountsTest {

    private static Money amountOf(String currency, RoundingMode mode, String unitPrice, int quantity) {
        TenantSetup setup = OrderFixtures.setup(currency).withRounding(new RoundingPolicy(mode, RoundingPolicy.TaxRounding.PER_DOCUMENT));
        OrderDraft draft = OrderDraft.builder(Currency.getInstance(currency))
                .line(aSale().unitPrice(unitPrice).quantity(quantity).build())
                .build();
        return OrderFixtures.place(setup, draft, 1).value().order().lineItems().get(0).amount();
    }

    @Test
    @DisplayName("R8 half even and half up part ways on an exact half cent")
    void r8_half_even_and_half_up_part_ways_on_an_exact_half_cent() {
        assertThat(amountOf("SEK", RoundingMode.HALF_EVEN, "0.005", 25)).isEqualTo(Money.of("0.12", "SEK"));
        assertThat(amountOf("SEK", RoundingMode.HALF_UP, "0.005", 25)).isEqualTo(Money.of("0.13", "SEK"));
        assertThat(amountOf("SEK", RoundingMode.HALF_EVEN, "0.005", 27)).isEqualTo(Money.of("0.14", "SEK"));
        assertThat(amountOf("SEK", RoundingMode.HALF_UP, "0.005", 27)).isEqualTo(Money.of("0.14", "SEK"));
    }

    @Test
    @DisplayName("R8 the default policy rounds half even")
    void r8_the_default_policy_rounds_half_even() {
        assertThat(RoundingPolicy.DEFAULT.mode()).isEqualTo(RoundingMode.HALF_EVEN);
        assertThat(UnitPrice.of("0.125", "EUR").times(1, RoundingPolicy.DEFAULT)).isEqualTo(Money.of("0.12", "EUR"));
    }

    @Test
    @DisplayName("R8 R30 yen amounts have no decimals")
    void r8_r30_yen_amounts_have_no_decimals() {
        Money halfEven = amountOf("JPY", RoundingMode.HALF_EVEN, "99.5", 3);
        Money halfUp = amountOf("JPY", RoundingMode.HALF_UP, "99.5", 3);

        assertThat(halfEven).isEqualTo(Money.of("298", "JPY"));
        assertThat(halfUp).isEqualTo(Money.of("299", "JPY"));
        assertThat(halfEven.amount().scale()).isZero();
    }

    @Test
    @DisplayName("R8 sub cent unit prices are multiplied first and rounded once")
    void r8_sub_cent_unit_prices_are_multiplied_first_and_rounded_once() {
        assertThat(amountOf("SEK", RoundingMode.HALF_EVEN, "0.125", 1000)).isEqualTo(Money.of("125.00", "SEK"));
        assertThat(amountOf("SEK", RoundingMode.HALF_EVEN, "0.333333", 3)).isEqualTo(Money.of("1.00", "SEK"));
        assertThat(amountOf("KWD", RoundingMode.HALF_EVEN, "1.0005", 1)).isEqualTo(Money.of("1.000", "KWD"));
        assertThat(amountOf("KWD", RoundingMode.HALF_EVEN, "1.0005", 3)).isEqualTo(Money.of("3.002", "KWD"));
    }

    @Test
    @DisplayName("R8 the unit price takes the orders currency so one order holds one currency")
    void r8_the_unit_price_takes_the_orders_currency_so_one_order_holds_one_currency() {
        Order order = OrderFixtures.place(OrderFixtures.setup("EUR"), OrderDraft.builder(Currency.getInstance("EUR"))
                .line(aSale().build()).line(aCharge().build()).build(), 1).value().order();

        assertThat(order.lineItems()).allSatisfy(l -> {
            assertThat(l.unitPrice().currency()).isEqualTo(Currency.getInstance("EUR"));
            assertThat(l.amount().currency()).isEqualTo(Currency.getInstance("EUR"));
        });
        assertThat(order.total(LifecycleSet.DEFAULT)).isEqualTo(Money.of("2050.00", "EUR"));
    }

    @Test
    @DisplayName("R8 rehydrating an order with a line in another currency throws")
    void r8_rehydrating_an_order_with_a_line_in_another_currency_throws() {
        Order order = OrderFixtures.place(OrderFixtures.anOrder().line(aSale().build()).line(aCharge().build()).build()).value().order();
        Order.State s = order.state();
        LineItem sek = s.lineItems().get(1);
        LineItem eur = new LineItem(sek.id(), sek.ref(), sek.kind(), sek.klass(), sek.product(), sek.asset(), sek.description(),
                sek.quantity(), UnitPrice.of("250.00", "EUR"), Money.of("250.00", "EUR"), sek.dates(), sek.deliveries(), sek.customer(),
                sek.vendor(), sek.billing(), sek.modifies(), sek.charge(), sek.snapshot(), sek.lifecycle(), sek.status(), sek.addedAt());
        List<LineItem> lines = new ArrayList<>(s.lineItems());
        lines.set(1, eur);
        Order.State mixed = new Order.State(s.tenant(), s.id(), s.number(), s.currency(), s.customer(), s.vendor(), s.notes(),
                s.internalNotes(), s.contact(), s.deliveryAddress(), s.estimatedDelivery(), s.confirmedDelivery(), s.intentRef(),
                s.createdBy(), s.createdAt(), s.updatedAt(), s.version(), s.deletedAt(), s.lifecycle(), s.status(), lines, s.openBlocks());

        assertThat(Order.rehydrate(s)).isEqualTo(order);
        assertThatThrownBy(() -> Order.rehydrate(mixed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("in SEK has line " + sek.id() + " in EUR")
                .hasMessageContaining("R8");
    }

    @Test
    @DisplayName("R8 a line whose amount and unit price disagree on currency throws")
    void r8_a_line_whose_amount_and_unit_price_disagree_on_currency_throws() {
        LineItem line = OrderFixtures.place(OrderFixtures.anOrder().line(aCharge().build()).build()).value().order().lineItems().get(0);

        assertThatThrownBy(() -> new LineItem(line.id(), line.ref(), line.kind(), line.klass(), line.product(), line.asset(),
                line.description(), line.quantity(), UnitPrice.of("250.00", "EUR"), line.amount(), line.dates(), line.deliveries(),
                line.customer(), line.vendor(), line.billing(), line.modifies(), line.charge(), line.snapshot(), line.lifecycle(), line.status(),
                line.addedAt()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mixes currencies (R8)");
    }
}
