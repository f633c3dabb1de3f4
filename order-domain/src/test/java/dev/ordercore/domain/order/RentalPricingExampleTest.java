package dev.ordercore.domain.order;

import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.catalog.Frequency;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.pricing.RentalPricing;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Uuids;
import dev.ordercore.domain.testing.OrderFixtures;
import dev.ordercore.domain.testing.OrderJournal;
import dev.ordercore.domain.testing.TenantSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static dev.ordercore.domain.testing.OrderFixtures.CUSTOMER;
import static dev.ordercore.domain.testing.OrderFixtures.DAY;
import static dev.ordercore.domain.testing.OrderFixtures.EXCAVATOR;
import static dev.ordercore.domain.testing.OrderFixtures.EXCAVATOR_7;
import static dev.ordercore.domain.testing.OrderFixtures.VENDOR;
import static dev.ordercore.domain.testing.OrderFixtures.aCharge;
import static dev.ordercore.domain.testing.OrderFixtures.aSale;
import static dev.ordercore.domain.testing.OrderFixtures.anOrder;
import static dev.ordercore.domain.testing.OrderFixtures.place;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * R32 through placing and adjusting orders: a line that states no unit price takes it from its
 * klass. The fixture klasses cost 1000.00 SEK to buy, 900.00 SEK a day and 4000.00 SEK a week.
 */
class RentalPricingExampleTest {

    private static final BillingDraft WEEKLY_IN_ARREARS = BillingDraft.recurring(BillingTiming.IN_ARREARS, Frequency.WEEK, 30, Payer.CUSTOMER);

    /** A rental of the excavator klass with no unit price. */
    private static LineItemDraft.Builder anUnpricedRental(int days) {
        return LineItemDraft.builder().klass(EXCAVATOR.id()).period(DAY, DAY.plusDays(days)).customer(CUSTOMER).billing(WEEKLY_IN_ARREARS);
    }

    private static LineItem onlyLine(OrderDraft draft) {
        return place(draft).value().order().lineItems().get(0);
    }

    @Test
    @DisplayName("R32 a 10-day rental at 900.00 a day or 4000.00 a week is priced one week and three days, 6700.00")
    void r32_a_ten_day_rental_costs_one_week_and_three_days() {
        LineItem rental = onlyLine(anOrder().line(anUnpricedRental(10).build()).build());

        assertThat(rental.kind()).isEqualTo(LineItemKind.RENTAL);
        assertThat(rental.unitPrice().amount()).isEqualByComparingTo("6700.00"); // not 10 days (9000.00) nor 2 weeks (8000.00)
        assertThat(rental.amount()).isEqualTo(Money.of("6700.00", "SEK"));
    }

    @Test
    @DisplayName("R32 the unit price is the whole period for one unit, so two excavators for ten days cost 13400.00")
    void r32_the_unit_price_is_the_whole_period_for_one_unit() {
        LineItem rental = onlyLine(anOrder().line(anUnpricedRental(10).quantity(2).build()).build());

        assertThat(rental.unitPrice().amount()).isEqualByComparingTo("6700.00");
        assertThat(rental.amount()).isEqualTo(Money.of("13400.00", "SEK"));
    }

    @Test
    @DisplayName("R32 a rental of an asset is priced from the asset's klass, and six days cost one week")
    void r32_a_rental_of_an_asset_is_priced_from_its_klass() {
        LineItem rental = onlyLine(anOrder().line(LineItemDraft.builder().asset(EXCAVATOR_7.id()).period(DAY, DAY.plusDays(6))
                .customer(CUSTOMER).billing(WEEKLY_IN_ARREARS).build()).build());

        assertThat(rental.amount()).isEqualTo(Money.of("4000.00", "SEK"));
    }

    @Test
    @DisplayName("R32 a one-date line of a product without unit price costs its klass's sale price")
    void r32_a_sale_without_unit_price_costs_the_klass_sale_price() {
        LineItem sale = onlyLine(anOrder().line(LineItemDraft.builder().product(OrderFixtures.CHABLIS_2022.id()).quantity(12).on(DAY)
                .customer(CUSTOMER).build()).build());

        assertThat(sale.unitPrice().amount()).isEqualByComparingTo("1000.00");
        assertThat(sale.amount()).isEqualTo(Money.of("12000.00", "SEK"));
    }

    @Test
    @DisplayName("R32 a stated unit price always wins over the klass's prices")
    void r32_a_stated_unit_price_wins() {
        assertThat(onlyLine(anOrder().line(anUnpricedRental(10).unitPrice("4900.00").build()).build()).amount())
                .isEqualTo(Money.of("4900.00", "SEK"));
        assertThat(onlyLine(anOrder().line(aSale().build()).build()).amount()).isEqualTo(Money.of("1800.00", "SEK"));
    }

    @Test
    @DisplayName("R32 a line that cannot be priced from a klass is refused saying why, every line at once")
    void r32_lines_that_cannot_be_priced_are_refused_saying_why() {
        Klass onlyForSale = Klass.create(new KlassId(Uuids.nameBased("fixture", "gift card")), OrderFixtures.TENANT, "Gift card",
                OrderFixtures.FEES.id(), List.of(new Klass.PriceDraft(null, new BigDecimal("500.00"), Currency.getInstance("SEK"))),
                OrderFixtures.NOW).value();
        CatalogSnapshot catalog = CatalogSnapshot.of(OrderFixtures.CATALOG.categories().values(),
                List.of(EXCAVATOR, onlyForSale), List.of(), List.of());
        TenantSetup setup = OrderFixtures.setup().withCatalog(catalog);
        OrderDraft draft = anOrder()
                .line(LineItemDraft.builder().klass(onlyForSale.id()).period(DAY, DAY.plusDays(3)).customer(CUSTOMER)
                        .billing(WEEKLY_IN_ARREARS).build())
                .line(anUnpricedRental(RentalPricing.MAX_DAYS + 1).build())
                .line(DraftEdits.withUnitPrice(aCharge().build(), Optional.empty()))
                .build();

        assertThat(DraftEdits.violations(place(setup, draft, 1))).containsExactly(
                "lineItems[0].unitPrice no_rental_price",
                "lineItems[1].unitPrice rental_period_too_long",
                "lineItems[2].unitPrice unit_price_required");
    }

    @Test
    @DisplayName("R32 a klass without prices in the order's currency prices nothing: an order in EUR is refused")
    void r32_a_klass_without_prices_in_the_order_currency_prices_nothing() {
        OrderDraft inEuro = OrderDraft.builder(Currency.getInstance("EUR"))
                .line(anUnpricedRental(10).build())
                .line(LineItemDraft.builder().klass(OrderFixtures.CHABLIS.id()).on(DAY).customer(CUSTOMER).build())
                .build();

        Result<OrderChange, OrderError> refused = place(OrderFixtures.setup("EUR"), inEuro, 1);

        assertThat(DraftEdits.violations(refused)).containsExactly("lineItems[0].unitPrice no_rental_price",
                "lineItems[1].unitPrice no_sale_price");
        assertThat(((OrderError.ValidationFailed) refused.error()).violations())
                .extracting(v -> v.message().contains("SEK") && v.message().contains("EUR")).containsOnly(true);
    }

    @Test
    @DisplayName("R32 a purchase states its vendor's price: the klass's own prices do not price it")
    void r32_a_purchase_needs_its_unit_price() {
        LineItemDraft purchase = LineItemDraft.builder().product(OrderFixtures.FILTER_A.id()).quantity(40).on(DAY).vendor(VENDOR).build();

        assertThat(DraftEdits.violations(place(anOrder().line(purchase).build()))).containsExactly("lineItems[0].unitPrice unit_price_required");
    }

    @Test
    @DisplayName("R32 a line added by an adjustment without unit price is priced from its klass too")
    void r32_an_added_line_is_priced_from_its_klass() {
        OrderJournal placed = OrderFixtures.placed(anOrder().line(aSale().build()).build()).journal();
        TenantSetup setup = OrderFixtures.setup();

        OrderJournal adjusted = placed.adjust(new Order.Adjustment(List.of(anUnpricedRental(10).build()), List.of(), "one more machine",
                setup.operator()), setup.catalog(), setup.rounding()).value();

        assertThat(adjusted.order().lineItems()).extracting(LineItem::kind, l -> l.amount().amount().toPlainString()).containsExactly(
                tuple(LineItemKind.SALE, "1800.00"), tuple(LineItemKind.RENTAL, "6700.00"));
    }
}
