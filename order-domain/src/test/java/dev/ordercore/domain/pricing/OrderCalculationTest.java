package dev.ordercore.domain.pricing;

import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.catalog.ModifierKind;
import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusCode;
import dev.ordercore.domain.order.StatusEntryId;
import dev.ordercore.domain.order.TransitionRequest;
import dev.ordercore.domain.pricing.OrderCalculation.ManualDraft;
import dev.ordercore.domain.pricing.OrderCalculation.VatDraft;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.RoundingPolicy;
import dev.ordercore.domain.shared.Uuids;
import dev.ordercore.domain.shared.Violation;
import dev.ordercore.domain.testing.OrderFixtures;
import dev.ordercore.domain.testing.OrderJournal;
import dev.ordercore.domain.testing.TenantSetup;
import dev.ordercore.domain.testing.ValueArbitraries;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.ordercore.domain.testing.OrderFixtures.CUSTOMER;
import static dev.ordercore.domain.testing.OrderFixtures.DAY;
import static dev.ordercore.domain.testing.OrderFixtures.aCharge;
import static dev.ordercore.domain.testing.OrderFixtures.aRental;
import static dev.ordercore.domain.testing.OrderFixtures.aSale;
import static dev.ordercore.domain.testing.OrderFixtures.aService;
import static dev.ordercore.domain.testing.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * R31 by example: seed 001's wine order worked out by hand (docs/pricing-calculation-and-billing.md),
 * the rates lines take, refusals, and manual calculations.
 */
class OrderCalculationTest {

    static final Currency SEK = Currency.getInstance("SEK");
    /** An illustrative excise rate, SEK per litre of pure alcohol (not Sweden's actual rate). */
    static final BigDecimal EXCISE_SEK = new BigDecimal("55.00");
    static final TaxPolicy WINE_TAX = TaxPolicy.DEFAULT.withExcisePerLitre(SEK, EXCISE_SEK);

    static final Product BAROLO_2019 = Product.create(new ProductId(Uuids.nameBased("fixture", "WINE-BAROLO-2019")), OrderFixtures.TENANT,
            OrderFixtures.CHABLIS.id(), "WINE-BAROLO-2019", "Barolo 2019", JsonObject.builder().put("producer", "Cantina Y")
                    .put("vintage", 2019).put("alcoholPercentage", 14).put("bottleSizeMl", 750).build(), OrderFixtures.NOW).value();
    /** Seed 001 stored an item's alcohol before products were checked: this one lost its bottle size. */
    static final Product HALF_KNOWN = new Product(new ProductId(Uuids.nameBased("fixture", "WINE-OLD")), OrderFixtures.TENANT,
            OrderFixtures.CHABLIS.id(), "WINE-OLD", "An old import", JsonObject.builder().put("alcoholPercentage", "13").build(),
            OrderFixtures.NOW);
    static final OrderModifier SHIPPING = OrderModifier.create(new OrderModifierId(Uuids.nameBased("fixture", "shipping")),
            OrderFixtures.TENANT, "Frakt", ModifierKind.DELIVERY, Optional.empty(), OrderFixtures.NOW).value();
    static final OrderModifier HANDLING = OrderModifier.create(new OrderModifierId(Uuids.nameBased("fixture", "handling")),
            OrderFixtures.TENANT, "Handling", ModifierKind.FEE, Optional.empty(), OrderFixtures.NOW).value();

    static final TenantSetup WINES = withCatalog(OrderFixtures.setup(), RoundingPolicy.DEFAULT);

    static TenantSetup withCatalog(TenantSetup s, RoundingPolicy rounding) {
        CatalogSnapshot c = OrderFixtures.CATALOG;
        List<Product> products = new ArrayList<>(c.products().values());
        products.add(BAROLO_2019);
        products.add(HALF_KNOWN);
        CatalogSnapshot catalog = CatalogSnapshot.of(c.categories().values(), c.klasses().values(), products, c.assets().values())
                .withModifiers(List.of(SHIPPING, HANDLING), List.of());
        return new TenantSetup(s.tenant(), s.currency(), catalog, rounding, s.lifecycles(), s.customers(), s.vendors());
    }

    /** Seed 001's order: 12 × Chablis 2022 (750 ml, 12.5 %) at 150.00, 6 × Barolo 2019 (750 ml, 14 %) at 320.00, shipping 250.00. */
    static OrderDraft wineOrder() {
        return anOrder()
                .line(aSale().build())
                .line(LineItemDraft.builder().product(BAROLO_2019.id()).quantity(6).unitPrice("320.00").on(DAY).customer(CUSTOMER).build())
                .line(shipping("250.00").build())
                .build();
    }

    static LineItemDraft.Builder shipping(String price) {
        return LineItemDraft.builder().description("Frakt").modifier(SHIPPING.id()).unitPrice(price).on(DAY).customer(CUSTOMER);
    }

    static Order place(TenantSetup setup, OrderDraft draft) {
        return OrderFixtures.placed(setup, draft).order();
    }

    static OrderCalculation calculate(TenantSetup setup, Order order, TaxPolicy tax) {
        return OrderCalculation.of(order, setup.lifecycles(), tax, setup.rounding(), categories()).value();
    }

    static Map<KlassId, CategoryId> categories() {
        Map<KlassId, CategoryId> all = new java.util.HashMap<>();
        OrderFixtures.CATALOG.klasses().values().forEach(k -> all.put(k.id(), k.category()));
        return all;
    }

    static Money sek(String amount) {
        return Money.of(amount, "SEK");
    }

    @Test
    @DisplayName("R31 seed 001's wine order, worked out by hand: excise on 1.755 l, VAT on subtotal plus excise, shipping with its own VAT")
    void r31_seed_001s_wine_order_worked_out_by_hand() {
        OrderCalculation c = calculate(WINES, place(WINES, wineOrder()), WINE_TAX);

        assertThat(c.subtotal()).isEqualTo(sek("3720.00"));                       // 12 × 150.00 + 6 × 320.00
        assertThat(c.excise().litres()).contains(new BigDecimal("1.755"));        // 12 × 0.750 × 0.125 + 6 × 0.750 × 0.14
        assertThat(c.excise().ratePerLitre()).contains(new BigDecimal("55.00"));
        assertThat(c.excise().amount()).isEqualTo(sek("96.52"));                  // 1.755 × 55.00 = 96.525, HALF_EVEN
        assertThat(c.vat()).singleElement().satisfies(vat -> {
            assertThat(vat.rate()).isEqualTo(new BigDecimal("25.00"));
            assertThat(vat.taxable()).contains(sek("3816.52"));                   // 3720.00 + 96.52
            assertThat(vat.amount()).isEqualTo(sek("954.13"));                    // 3816.52 × 25 %
        });
        assertThat(c.vatTotal()).isEqualTo(sek("954.13"));
        assertThat(c.shipping().exclVat()).isEqualTo(sek("250.00"));
        assertThat(c.shipping().vat()).isEqualTo(sek("62.50"));
        assertThat(c.shipping().inclVat()).isEqualTo(sek("312.50"));
        assertThat(c.total()).isEqualTo(sek("5083.15"));                          // 3720.00 + 954.13 + 96.52 + 312.50
    }

    @Test
    @DisplayName("R31 the same wine order rounding tax per line: excise 61.88 + 34.65, VAT 465.47 + 488.66")
    void r31_the_same_wine_order_rounding_tax_per_line() {
        TenantSetup perLine = withCatalog(OrderFixtures.setup(), new RoundingPolicy(RoundingMode.HALF_EVEN, RoundingPolicy.TaxRounding.PER_LINE));

        OrderCalculation c = calculate(perLine, place(perLine, wineOrder()), WINE_TAX);

        assertThat(c.excise().amount()).isEqualTo(sek("96.53"));                  // 1.125 × 55 = 61.875 → 61.88; 0.63 × 55 = 34.65
        assertThat(c.vatTotal()).isEqualTo(sek("954.13"));                        // 1861.88 × 25 % = 465.47; 1954.65 × 25 % = 488.6625 → 488.66
        assertThat(c.vat().get(0).taxable()).contains(sek("3816.53"));
        assertThat(c.shipping().vat()).isEqualTo(sek("62.50"));
        assertThat(c.total()).isEqualTo(sek("5083.16"));
    }

    @Test
    @DisplayName("R31 an order carrying alcohol is refused when the tenant has no excise rate for its currency, naming every alcohol line")
    void r31_alcohol_without_an_excise_rate_is_refused_naming_every_alcohol_line() {
        Order order = place(WINES, wineOrder());

        Result<OrderCalculation, OrderError> refused = OrderCalculation.of(order, WINES.lifecycles(), TaxPolicy.DEFAULT, WINES.rounding(), Map.of());

        assertThat(refused.error()).isInstanceOf(OrderError.CalculationRefused.class);
        assertThat(refused.error().code()).isEqualTo("calculation.refused");
        assertThat(((OrderError.CalculationRefused) refused.error()).reasons())
                .extracting(Violation::path, Violation::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("lineItems[0].snapshot.attributes", "excise_rate_missing"),
                        org.assertj.core.groups.Tuple.tuple("lineItems[1].snapshot.attributes", "excise_rate_missing"));
        assertThat(refused.error().message()).contains("1.125", "0.63", "no excise rate per litre for SEK");
    }

    @Test
    @DisplayName("R31 a line whose product snapshot states its alcohol incompletely refuses the calculation")
    void r31_a_snapshot_with_incomplete_alcohol_refuses_the_calculation() {
        Order order = place(WINES, anOrder().line(LineItemDraft.builder().product(HALF_KNOWN.id()).quantity(2).unitPrice("99.00").on(DAY)
                .customer(CUSTOMER).build()).line(aService().build()).build());

        Result<OrderCalculation, OrderError> refused = OrderCalculation.of(order, WINES.lifecycles(), WINE_TAX, WINES.rounding(), Map.of());

        assertThat(((OrderError.CalculationRefused) refused.error()).reasons())
                .extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lineItems[0].snapshot.attributes.bottleSizeMl", "alcohol_incomplete"));
    }

    @Test
    @DisplayName("R31 VAT per rate: a category's own rate, a charge on a line at that line's rate, other charges at the standard rate")
    void r31_vat_per_rate_follows_the_category_and_the_modified_line() {
        TaxPolicy tax = WINE_TAX.withCategoryVatRate(OrderFixtures.REPAIRS.id(), new BigDecimal("12"))
                .withShippingVatRate(new BigDecimal("6"));
        Order order = place(WINES, anOrder()
                .line(aService().ref("repair").build())                                                              // 950.00 at 12 %
                .line(aCharge().description("Call-out fee").unitPrice("100.00").modifies("repair").build())          // follows: 12 %
                .line(aCharge().description("Handling").modifier(HANDLING.id()).unitPrice("40.00").build())          // standard 25 %
                .line(shipping("80.00").build())                                                                     // shipping 6 %
                .build());

        OrderCalculation c = calculate(WINES, order, tax);

        assertThat(c.vat()).extracting(OrderCalculation.VatAtRate::rate, v -> v.taxable().orElseThrow(), OrderCalculation.VatAtRate::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("12.00"), sek("1050.00"), sek("126.00")),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("25.00"), sek("40.00"), sek("10.00")));
        assertThat(c.subtotal()).isEqualTo(sek("1090.00"));
        assertThat(c.shipping().vatRate()).contains(new BigDecimal("6.00"));
        assertThat(c.shipping().vat()).isEqualTo(sek("4.80"));
        assertThat(c.excise().amount()).isEqualTo(sek("0.00"));
        assertThat(c.excise().ratePerLitre()).isEmpty();
        assertThat(c.total()).isEqualTo(sek("1310.80"));                          // 1090 + 136 + 0 + 84.80
    }

    @Test
    @DisplayName("R31 cancelled lines count for nothing")
    void r31_cancelled_lines_count_for_nothing() {
        OrderJournal j = OrderFixtures.placed(WINES, wineOrder()).journal();
        LineItem barolo = j.order().lineItems().get(1);
        Order cancelled = j.adjust(new Order.Adjustment(List.of(), List.of(barolo.id()), "out of stock", WINES.operator()), WINES.catalog(),
                WINES.rounding()).value().order();

        OrderCalculation c = calculate(WINES, cancelled, WINE_TAX);

        assertThat(c.subtotal()).isEqualTo(sek("1800.00"));
        assertThat(c.excise().litres()).contains(new BigDecimal("1.125"));
        assertThat(c.excise().amount()).isEqualTo(sek("61.88"));
        assertThat(c.total()).isEqualTo(sek("1800.00").plus(sek("61.88")).plus(sek("465.47")).plus(sek("312.50")));
    }

    @Test
    @DisplayName("R31 a klass whose category is unknown refuses the calculation when the tenant taxes categories differently")
    void r31_an_unknown_category_refuses_when_categories_have_rates() {
        Order order = place(WINES, anOrder().line(aService().build()).build());
        TaxPolicy tax = WINE_TAX.withCategoryVatRate(OrderFixtures.REPAIRS.id(), new BigDecimal("12"));

        assertThat(OrderCalculation.of(order, WINES.lifecycles(), tax, WINES.rounding(), Map.of()).error().message())
                .contains("klass_category_unknown");
        assertThat(OrderCalculation.of(order, WINES.lifecycles(), WINE_TAX, WINES.rounding(), Map.of()).isOk()).isTrue();
    }

    // ---- manual calculations

    static ManualDraft manual(String currency, String subtotal, String excise, String shippingExcl, String shippingVat, String total,
                              VatDraft... vat) {
        return new ManualDraft(currency, dec(subtotal), List.of(vat), dec(excise), dec(shippingExcl), dec(shippingVat), dec(total));
    }

    static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    static VatDraft vat(String rate, String amount) {
        return new VatDraft(dec(rate), dec(amount));
    }

    @Test
    @DisplayName("R31 a manual calculation whose total is the sum of its parts is taken as stated")
    void r31_a_manual_calculation_whose_total_is_the_sum_of_its_parts_is_taken() {
        OrderCalculation c = OrderCalculation.manual(manual("SEK", "3720.00", "90.00", "0", "0", "4732.50", vat("25", "922.50")), SEK).value();

        assertThat(c.total()).isEqualTo(sek("4732.50"));
        assertThat(c.vat()).singleElement().satisfies(v -> {
            assertThat(v.rate()).isEqualTo(new BigDecimal("25.00"));
            assertThat(v.taxable()).isEmpty();
        });
        assertThat(c.excise().litres()).isEmpty();
        assertThat(c.shipping().inclVat()).isEqualTo(sek("0.00"));
    }

    @Test
    @DisplayName("R31 a manual calculation reports every violation at once: total not the sum, negatives, decimals, currency, rates")
    void r31_a_manual_calculation_reports_every_violation_at_once() {
        Result<OrderCalculation, OrderError> refused = OrderCalculation.manual(new ManualDraft("EUR", dec("-1.00"), List.of(
                vat("25", "1.001"), vat("25.0", "2.00"), vat("101", "0")), null, dec("10.00"), dec("2.50"), dec("100.00")), SEK);

        assertThat(((OrderError.ValidationFailed) refused.error()).violations())
                .extracting(Violation::path, Violation::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("currency", "currency_mismatch"),
                        org.assertj.core.groups.Tuple.tuple("subtotalExclVat", "negative_amount"),
                        org.assertj.core.groups.Tuple.tuple("excise", "required"),
                        org.assertj.core.groups.Tuple.tuple("vat[0].amount", "too_many_decimals"),
                        org.assertj.core.groups.Tuple.tuple("vat[1].rate", "duplicate_rate"),
                        org.assertj.core.groups.Tuple.tuple("vat[2].rate", "rate_out_of_range"));
        assertThat(OrderCalculation.manual(manual("XYZ", "1", "0", "0", "0", "1"), SEK).error().message()).contains("invalid_currency");
        assertThat(OrderCalculation.manual(manual("SEK", "100.00", "0", "10.00", "2.50", "112.49", vat("25", "0")), SEK).error().message())
                .contains("total_mismatch", "112.50");
    }

    // ---- manual calculations against the order

    private static final Instant LATER = OrderFixtures.NOW.plusSeconds(3600);

    static CalculationOverride.Overridden override(TenantSetup setup, Order order, ManualDraft draft, String reason) {
        return CalculationOverride.create(order, setup.lifecycles(), draft, reason, setup.admin(),
                StatusEntryId.next(ValueArbitraries.uuidGenerator(9)), LATER).value();
    }

    static final ManualDraft AGREED = manual("SEK", "3720.00", "0.00", "250.00", "62.50", "4962.50", vat("25", "930.00"));

    @Test
    @DisplayName("R31 R14 a manual calculation moves the order to its next version and records who, why and the amounts")
    void r31_a_manual_calculation_moves_the_order_and_records_who_why_and_the_amounts() {
        Order order = place(WINES, wineOrder());

        CalculationOverride.Overridden done = override(WINES, order, AGREED, "  excise paid by the importer  ");

        assertThat(done.override().reason()).isEqualTo("excise paid by the importer");
        assertThat(done.override().by()).isEqualTo(WINES.admin().subject());
        assertThat(done.override().at()).isEqualTo(LATER);
        assertThat(done.change().order().version()).isEqualTo(order.version() + 1);
        assertThat(done.change().order().lineItems()).isEqualTo(order.lineItems());
        assertThat(done.change().entries()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(StatusCode.MANUALLY_ADJUSTED);
            assertThat(e.category()).contains("calculation");
            assertThat(e.severity()).isEqualTo(Severity.INFO);
            assertThat(e.payload().get("reason")).contains(new dev.ordercore.domain.json.JsonString("excise paid by the importer"));
            assertThat(e.payload().canonical()).contains("\"total\":\"4962.50\"", "\"calculation\":\"MANUAL\"");
        });
        assertThat(done.change().events()).singleElement().isInstanceOf(CalculationOverridden.class);
    }

    @Test
    @DisplayName("R31 a manual calculation says why, and a deleted order takes none")
    void r31_a_manual_calculation_says_why_and_a_deleted_order_takes_none() {
        Order order = place(WINES, wineOrder());

        Result<CalculationOverride.Overridden, OrderError> noReason = CalculationOverride.create(order, WINES.lifecycles(),
                manual("SEK", "-1", "0", "0", "0", "-1"), " ", WINES.admin(), StatusEntryId.next(ValueArbitraries.uuidGenerator(1)), LATER);
        Order deleted = order.delete("duplicate", WINES.operator(), dev.ordercore.domain.order.OrderIds.fresh(ValueArbitraries.uuidGenerator(2)),
                LATER).value().order();

        assertThat(((OrderError.ValidationFailed) noReason.error()).violations()).extracting(Violation::path)
                .contains("reason", "subtotalExclVat", "total");
        assertThat(CalculationOverride.create(deleted, WINES.lifecycles(), AGREED, "why", WINES.admin(),
                StatusEntryId.next(ValueArbitraries.uuidGenerator(1)), LATER).error()).isInstanceOf(OrderError.OrderDeleted.class);
    }

    @Test
    @DisplayName("R31 a manual calculation wins until the order changes: a line moving on keeps it, a cancelled line supersedes it")
    void r31_a_manual_calculation_wins_until_the_order_changes() {
        OrderJournal j = OrderFixtures.placed(WINES, wineOrder()).journal();
        CalculationOverride manual = override(WINES, j.order(), AGREED, "agreed with the customer").override();
        LineItem chablis = j.order().lineItems().get(0);

        OrderJournal confirmed = j.transitionLine(chablis.id(), TransitionRequest.to("CONFIRMED", "in stock", WINES.operator())).value();
        EffectiveCalculation afterMove = EffectiveCalculation.of(confirmed.order(), WINES.lifecycles(), WINE_TAX, WINES.rounding(), Map.of(),
                Optional.of(manual)).value();
        OrderJournal cancelled = confirmed.adjust(new Order.Adjustment(List.of(), List.of(j.order().lineItems().get(1).id()), "out of stock",
                WINES.operator()), WINES.catalog(), WINES.rounding()).value();
        EffectiveCalculation afterCancel = EffectiveCalculation.of(cancelled.order(), WINES.lifecycles(), WINE_TAX, WINES.rounding(), Map.of(),
                Optional.of(manual)).value();

        assertThat(afterMove.method()).isEqualTo(EffectiveCalculation.Method.MANUAL);
        assertThat(afterMove.calculation().total()).isEqualTo(sek("4962.50"));
        assertThat(afterCancel.method()).isEqualTo(EffectiveCalculation.Method.AUTO);
        assertThat(afterCancel.superseded()).contains(manual);
        assertThat(afterCancel.calculation().subtotal()).isEqualTo(sek("1800.00"));
    }

    @Test
    @DisplayName("R31 a manual calculation stands for an order the tenant's configuration cannot calculate")
    void r31_a_manual_calculation_stands_when_the_automatic_one_is_refused() {
        Order order = place(WINES, wineOrder());
        CalculationOverride manual = override(WINES, order, AGREED, "excise handled by the importer").override();

        assertThat(EffectiveCalculation.of(order, WINES.lifecycles(), TaxPolicy.DEFAULT, WINES.rounding(), Map.of(), Optional.empty()).isErr())
                .isTrue();
        assertThat(EffectiveCalculation.of(order, WINES.lifecycles(), TaxPolicy.DEFAULT, WINES.rounding(), Map.of(), Optional.of(manual))
                .value().method()).isEqualTo(EffectiveCalculation.Method.MANUAL);
    }

    @Test
    @DisplayName("R31 the fingerprint depends on lines, not on their order, their lifecycle progress or the order's version")
    void r31_the_fingerprint_depends_on_lines_only() {
        OrderJournal j = OrderFixtures.placed(WINES, wineOrder()).journal();
        Order touched = j.order().touched(LATER);

        assertThat(CalculationOverride.fingerprint(touched, WINES.lifecycles())).isEqualTo(CalculationOverride.fingerprint(j.order(),
                WINES.lifecycles()));
        Order bigger = j.adjust(new Order.Adjustment(List.of(aRental().build()), List.of(), "one more", WINES.operator()), WINES.catalog(),
                WINES.rounding()).value().order();
        assertThat(CalculationOverride.fingerprint(bigger, WINES.lifecycles())).isNotEqualTo(CalculationOverride.fingerprint(j.order(),
                WINES.lifecycles()));
    }

    // ---- the tax policy

    @Test
    @DisplayName("R31 a tax policy reports every bad rate at once")
    void r31_a_tax_policy_reports_every_bad_rate_at_once() {
        Result<TaxPolicy, OrderError> refused = TaxPolicy.create(new BigDecimal("100.01"), Map.of(OrderFixtures.WINES.id(), new BigDecimal("-1")),
                new BigDecimal("12.12345"), Map.of(SEK, new BigDecimal("-55"), Currency.getInstance("XAU"), BigDecimal.ONE));

        assertThat(((OrderError.ValidationFailed) refused.error()).violations()).extracting(Violation::path, Violation::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("standardVatRate", "rate_out_of_range"),
                        org.assertj.core.groups.Tuple.tuple("shippingVatRate", "too_many_decimals"),
                        org.assertj.core.groups.Tuple.tuple("categoryVatRates." + OrderFixtures.WINES.id(), "rate_out_of_range"),
                        org.assertj.core.groups.Tuple.tuple("excisePerLitre.SEK", "negative_rate"),
                        org.assertj.core.groups.Tuple.tuple("excisePerLitre.XAU", "invalid_currency"));
        assertThat(TaxPolicy.create(null, null, null, null).error().message()).contains("standardVatRate", "shippingVatRate");
        assertThat(TaxPolicy.DEFAULT.standardVatRate()).isEqualTo(new BigDecimal("25.00"));
        assertThat(TaxPolicy.DEFAULT.excisePerLitre(SEK)).isEmpty();
        assertThat(TaxPolicy.DEFAULT.withStandardVatRate(new BigDecimal("25"))).isEqualTo(TaxPolicy.DEFAULT);
    }
}
