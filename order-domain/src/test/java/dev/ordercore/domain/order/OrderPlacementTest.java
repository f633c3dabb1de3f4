package dev.ordercore.domain.order;

import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.catalog.Frequency;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.shared.Address;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.RoundingPolicy;
import dev.ordercore.domain.shared.Violation;
import dev.ordercore.domain.testing.OrderFixtures;
import dev.ordercore.domain.testing.TenantSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.ordercore.domain.testing.OrderFixtures.CUSTOMER;
import static dev.ordercore.domain.testing.OrderFixtures.DAY;
import static dev.ordercore.domain.testing.OrderFixtures.aCharge;
import static dev.ordercore.domain.testing.OrderFixtures.aRental;
import static dev.ordercore.domain.testing.OrderFixtures.aSale;
import static dev.ordercore.domain.testing.OrderFixtures.anOrder;
import static dev.ordercore.domain.testing.OrderFixtures.place;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Placing orders: what a client gets back when the order is wrong, and what a placed order starts as. */
class OrderPlacementTest {

    private static final Address DEPOT = Address.of("Depot 1", "111 43", "Stockholm", "SE");
    private static final Address SITE = Address.of("Kungsgatan 1", "111 43", "Stockholm", "SE");

    private static List<Violation> violations(Result<OrderChange, OrderError> placed) {
        assertThat(placed.isErr()).as("placing should be refused").isTrue();
        assertThat(placed.error()).isInstanceOf(OrderError.ValidationFailed.class);
        assertThat(placed.error().code()).isEqualTo("validation.failed");
        return ((OrderError.ValidationFailed) placed.error()).violations();
    }

    @Test
    @DisplayName("R4 R6 a rental without a billing cycle and with three deliveries is refused for both")
    void r4_r6_a_rental_without_a_billing_cycle_and_with_three_deliveries_is_refused_for_both() {
        LineItemDraft rental = aRental()
                .billing(new BillingDraft(Optional.of(BillingTiming.UPFRONT), Optional.empty(), Optional.of(30),
                        Optional.of(Payer.CUSTOMER), Optional.empty()))
                .delivery(OrderDelivery.outbound(DAY, SITE))
                .delivery(OrderDelivery.inbound(DAY.plusDays(10), SITE))
                .delivery(OrderDelivery.outbound(DAY.plusDays(3), DEPOT))
                .build();

        List<Violation> violations = violations(place(anOrder().line(rental).build()));

        assertThat(violations).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                tuple("lineItems[0].deliveries", "too_many_deliveries"),
                tuple("lineItems[0].billing.cycle", "cycle_required"));
        assertThat(violations).extracting(Violation::message).allSatisfy(m -> assertThat(m).containsAnyOf("(R4)", "(R6)"));
    }

    @Test
    @DisplayName("R1 R3 R5 every violation of every line is reported with its path")
    void r1_r3_r5_every_violation_of_every_line_is_reported_with_its_path() {
        LineItemDraft noDates = aSale().noDates().build();
        LineItemDraft twoAssets = aRental().quantity(2).build();
        LineItemDraft nobody = LineItemDraft.builder().description("Handling").unitPrice("10").on(DAY).build();

        List<Violation> violations = violations(place(anOrder().line(noDates).line(twoAssets).line(nobody).build()));

        assertThat(violations).extracting(Violation::path, Violation::code).containsExactly(
                tuple("lineItems[0].on", "dates_missing"),
                tuple("lineItems[1].quantity", "asset_quantity"),
                tuple("lineItems[2].customerId", "no_counterparty"));
    }

    @Test
    @DisplayName("R1 a period runs forward and is half open")
    void r1_a_period_runs_forward_and_is_half_open() {
        LineItemDraft backwards = aRental().noDates().period(DAY, DAY).build();

        assertThat(violations(place(anOrder().line(backwards).build())))
                .extracting(Violation::path, Violation::code).containsExactly(tuple("lineItems[0].to", "period_not_forward"));
        LineItem tenDays = place(anOrder().line(aRental().build()).build()).value().order().lineItems().get(0);
        assertThat(((Dates.Period) tenDays.dates()).days()).isEqualTo(10);
    }

    @Test
    @DisplayName("R1 a line's dates lie in the years 1 to 9999")
    void r1_a_lines_dates_lie_in_the_years_1_to_9999() {
        LineItemDraft farOff = aRental().noDates().period(DAY, LocalDate.MAX).build();
        LineItemDraft ancient = aRental().noDates().on(LocalDate.of(0, 12, 31)).build();
        LineItemDraft edges = aRental().noDates().period(Dates.EARLIEST, Dates.LATEST).build();

        assertThat(violations(place(anOrder().line(farOff).line(ancient).build())))
                .filteredOn(v -> v.code().equals("date_out_of_range"))
                .extracting(Violation::path, Violation::code, Violation::message).containsExactly(
                        tuple("lineItems[0].to", "date_out_of_range", "to (+999999999-12-31) must lie between 0001-01-01 and 9999-12-31 (R1)"),
                        tuple("lineItems[1].on", "date_out_of_range", "on (0000-12-31) must lie between 0001-01-01 and 9999-12-31 (R1)"));
        assertThat(Dates.inRange(Dates.EARLIEST)).isTrue();
        assertThat(Dates.inRange(Dates.LATEST)).isTrue();
        assertThat(Dates.inRange(Dates.LATEST.plusDays(1))).isFalse();
        assertThat(Dates.inRange(Dates.EARLIEST.minusDays(1))).isFalse();
        assertThat(violations(place(anOrder().line(edges).build()))).extracting(Violation::code).doesNotContain("date_out_of_range");

        LineItemDraft deliveredNever = aRental().delivery(OrderDelivery.outbound(LocalDate.MAX, SITE)).build();
        assertThat(violations(place(anOrder().line(deliveredNever).build())))
                .filteredOn(v -> v.code().equals("date_out_of_range"))
                .extracting(Violation::path, Violation::message).containsExactly(tuple("lineItems[0].deliveries[0].date",
                        "a delivery's date (+999999999-12-31) must lie between 0001-01-01 and 9999-12-31 (R1, R4)"));

        assertThat(violations(place(anOrder().estimatedDelivery(LocalDate.MIN).line(aSale().build()).build())))
                .extracting(Violation::path, Violation::code, Violation::message).containsExactly(tuple("estimatedDelivery",
                        "date_out_of_range", "the estimated delivery date (-999999999-01-01) must lie between 0001-01-01 and 9999-12-31 (R1)"));
        assertThat(place(anOrder().estimatedDelivery(Dates.LATEST).line(aSale().build()).build()).value().order().state().estimatedDelivery())
                .contains(Dates.LATEST);
    }

    @Test
    @DisplayName("R6 billing timing and cycle are refused on a one date line and payer customer needs a customer")
    void r6_billing_timing_and_cycle_are_refused_on_a_one_date_line_and_payer_customer_needs_a_customer() {
        LineItemDraft sale = aSale().billing(BillingDraft.recurring(BillingTiming.UPFRONT, Frequency.MONTH,
                400, Payer.WARRANTY)).build();
        LineItemDraft purchase = OrderFixtures.aPurchase().billing(BillingDraft.once(10, Payer.CUSTOMER)).build();

        assertThat(violations(place(anOrder().line(sale).line(purchase).build())))
                .extracting(Violation::path, Violation::code).containsExactly(
                        tuple("lineItems[0].billing.timing", "timing_not_allowed"),
                        tuple("lineItems[0].billing.cycle", "cycle_not_allowed"),
                        tuple("lineItems[0].billing.termsDays", "terms_out_of_range"),
                        tuple("lineItems[0].billing.warrantyId", "warranty_required"),
                        tuple("lineItems[1].billing.payer", "payer_needs_customer"));
    }

    @Test
    @DisplayName("R7 modifier lines modify lines of the same order without cycles")
    void r7_modifier_lines_modify_lines_of_the_same_order_without_cycles() {
        LineItemDraft a = aCharge().ref("a").modifies("b").build();
        LineItemDraft b = aCharge().ref("b").modifies("a").build();
        LineItemDraft self = aCharge().ref("c").modifies("c").build();
        LineItemDraft elsewhere = aCharge().modifies(LineRef.id(new LineItemId(UUID.randomUUID()))).build();

        assertThat(violations(place(anOrder().line(a).line(b).line(self).line(elsewhere).build())))
                .extracting(Violation::path, Violation::code).containsExactly(
                        tuple("lineItems[2].modifies", "modifies_itself"),
                        tuple("lineItems[3].modifies", "unknown_line"),
                        tuple("lineItems[0].modifies", "modifier_cycle"),
                        tuple("lineItems[1].modifies", "modifier_cycle"));
    }

    @Test
    @DisplayName("R7 a chain of modifiers is placed with each line pointing at the one it modifies")
    void r7_a_chain_of_modifiers_is_placed_with_each_line_pointing_at_the_one_it_modifies() {
        Order order = place(anOrder()
                .line(aRental().ref("dig").build())
                .line(aCharge().ref("delivery").modifies("dig").build())
                .line(aCharge().description("Delivery insurance").unitPrice("25").modifies("delivery").build())
                .build()).value().order();

        List<LineItem> lines = order.lineItems();
        assertThat(lines.get(1).modifies()).contains(lines.get(0).id());
        assertThat(lines.get(2).modifies()).contains(lines.get(1).id());
    }

    @Test
    @DisplayName("R35 a product of another tenant is refused exactly like an unknown product")
    void r35_a_product_of_another_tenant_is_refused_exactly_like_an_unknown_product() {
        ProductId othersWine = new ProductId(UUID.fromString("0190d2a4-7c2e-7d3b-9c1f-1a2b3c4d5e6f"));
        ProductId neverExisted = new ProductId(UUID.fromString("0190d2a4-7c2e-7d3b-9c1f-000000000000"));

        List<Violation> other = violations(place(anOrder().line(aSale().product(othersWine).build()).build()));
        List<Violation> unknown = violations(place(anOrder().line(aSale().product(neverExisted).build()).build()));

        assertThat(other).extracting(Violation::path, Violation::code).containsExactly(tuple("lineItems[0].productId", "unknown_product"));
        assertThat(other.get(0).message().replace(othersWine.toString(), "ID"))
                .isEqualTo(unknown.get(0).message().replace(neverExisted.toString(), "ID"));
    }

    @Test
    void an_order_needs_lines_and_a_currency_with_minor_units() {
        assertThat(violations(place(anOrder().build()))).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("lineItems", "no_lines"));
        assertThat(violations(place(OrderFixtures.setup(), OrderDraft.builder(Currency.getInstance("XAU"))
                .line(aSale().build()).build(), 1))).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("currency", "invalid_currency"));
    }

    @Test
    @DisplayName("R14 a placed order and its lines start in their initial states and the history gets order submitted")
    void r14_a_placed_order_and_its_lines_start_in_their_initial_states_and_the_history_gets_order_submitted() {
        OrderChange placed = place(anOrder().customer(CUSTOMER).line(aSale().build()).line(aRental().build()).build()).value();

        assertThat(placed.order().status()).isEqualTo("PENDING");
        assertThat(placed.order().version()).isEqualTo(1);
        assertThat(placed.order().lineItems()).extracting(LineItem::status).containsOnly("PENDING");
        assertThat(placed.entries()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(StatusCode.SUBMITTED);
            assertThat(e.lineItem()).isEmpty();
            assertThat(e.severity()).isEqualTo(Severity.INFO);
            assertThat(e.writtenBy()).isEqualTo(OrderFixtures.setup().operator().subject());
        });
        assertThat(placed.events()).singleElement().isInstanceOf(OrderEvents.OrderPlaced.class);
    }

    @Test
    @DisplayName("R2 a snapshot that has an asset but not its product is a programming error not a charge line")
    void r2_a_snapshot_that_has_an_asset_but_not_its_product_is_a_programming_error_not_a_charge_line() {
        CatalogSnapshot full = OrderFixtures.CATALOG;
        Map<ProductId, Product> products = new HashMap<>(full.products());
        products.remove(OrderFixtures.EXCAVATOR_3T.id());
        CatalogSnapshot broken = new CatalogSnapshot(full.categories(), full.klasses(), products, full.assets());
        TenantSetup setup = new TenantSetup(OrderFixtures.TENANT, Currency.getInstance("SEK"), broken, RoundingPolicy.DEFAULT,
                LifecycleSet.DEFAULT, List.of(CUSTOMER), List.of(OrderFixtures.VENDOR));

        assertThatThrownBy(() -> place(setup, anOrder().line(aRental().build()).build(), 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("catalog snapshot is missing");
    }
}
