package dev.ordercore.application.usecases;

import dev.ordercore.application.fixtures.OrderFixtures;
import dev.ordercore.application.fixtures.Principals;
import dev.ordercore.application.port.in.AdjustOrderCommand;
import dev.ordercore.application.port.in.BillingScheduleOfOrder;
import dev.ordercore.application.port.in.CalculationOfOrder;
import dev.ordercore.application.port.in.GetBillingScheduleQuery;
import dev.ordercore.application.port.in.GetCalculationQuery;
import dev.ordercore.application.port.in.GetCatalogEntryQuery;
import dev.ordercore.application.port.in.OverrideCalculationCommand;
import dev.ordercore.application.port.out.ConfiguredTenantPolicies;
import dev.ordercore.application.port.out.TenantPolicy;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.order.StatusCode;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.pricing.BillingSchedule.BillingCharge;
import dev.ordercore.domain.pricing.CalculationOverridden;
import dev.ordercore.domain.pricing.EffectiveCalculation;
import dev.ordercore.domain.pricing.OrderCalculation;
import dev.ordercore.domain.pricing.TaxPolicy;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static dev.ordercore.application.fixtures.OrderFixtures.FEB_1;
import static dev.ordercore.application.fixtures.OrderFixtures.RESTAURANT;
import static dev.ordercore.application.fixtures.OrderFixtures.SEK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Calculating orders (R31) and their billing schedules (R34) through the use cases, with each
 * tenant's tax policy; manual calculations stored, recorded and superseded.
 */
public abstract class CalculationScenarios extends CoreScenarios {

    /** An illustrative excise rate, SEK per litre of pure alcohol. */
    static final TaxPolicy WINE_TAX = TaxPolicy.DEFAULT.withExcisePerLitre(SEK, new BigDecimal("55.00"));

    static Money sek(String amount) {
        return Money.of(amount, "SEK");
    }

    /** Gives {@code tenant} {@code tax}; both adapters take tenant policies from configuration the application sets. */
    protected void taxes(TenantId tenant, TaxPolicy tax) {
        ConfiguredTenantPolicies policies = (ConfiguredTenantPolicies) ports.policies();
        policies.set(tenant, TenantPolicy.DEFAULT.withTax(tax));
    }

    private CalculationOfOrder calculation(Principal who, Order order) {
        return ok(core.getCalculation().get(new GetCalculationQuery(who, TENANT, order.id())));
    }

    private OrderCalculation.ManualDraft agreed(String total) {
        return new OrderCalculation.ManualDraft("SEK", new BigDecimal("1800.00"),
                List.of(new OrderCalculation.VatDraft(new BigDecimal("25"), new BigDecimal("450.00"))),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(total));
    }

    private OverrideCalculationCommand override(Principal who, Order order, String total, Optional<Long> version) {
        return new OverrideCalculationCommand(who, TENANT, order.id(), agreed(total), "the importer pays the excise", version);
    }

    @Test
    void R31_a_wine_order_is_calculated_with_the_tenants_vat_and_excise() {
        taxes(TENANT, WINE_TAX);
        Order order = OrderFixtures.aPendingOrder(core, catalog);

        CalculationOfOrder answer = calculation(Principals.viewer(TENANT), order);

        OrderCalculation c = answer.calculation().calculation();
        assertThat(answer.calculation().method()).isEqualTo(EffectiveCalculation.Method.AUTO);
        assertThat(answer.order().version()).isEqualTo(order.version());
        assertThat(c.subtotal()).isEqualTo(sek("1800.00"));
        assertThat(c.excise().litres()).contains(new BigDecimal("1.125"));
        assertThat(c.excise().amount()).isEqualTo(sek("61.88"));
        assertThat(c.vatTotal()).isEqualTo(sek("465.47"));
        assertThat(c.total()).isEqualTo(sek("2327.35"));
    }

    @Test
    void R31_without_an_excise_rate_a_wine_order_is_refused_naming_its_wine_line() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);

        OrderError refused = refused(core.getCalculation().get(new GetCalculationQuery(Principals.viewer(TENANT), TENANT, order.id())));

        assertThat(refused).isInstanceOfSatisfying(OrderError.CalculationRefused.class, r ->
                assertThat(r.reasons()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("lineItems[0].snapshot.attributes");
                    assertThat(v.code()).isEqualTo("excise_rate_missing");
                }));
    }

    @Test
    void R31_a_category_of_its_own_rate_is_found_through_the_lines_klass() {
        CategoryId services = ok(core.getKlass().get(new GetCatalogEntryQuery<>(Principals.viewer(TENANT), TENANT, catalog.installation())))
                .category();
        taxes(TENANT, WINE_TAX.withCategoryVatRate(services, new BigDecimal("12")));
        Order order = OrderFixtures.place(core, catalog, OrderDraft.builder(SEK).customer(RESTAURANT)
                .line(OrderFixtures.wineLine(catalog))
                .line(LineItemDraft.builder().klass(catalog.installation()).unitPrice("1000.00").on(FEB_1).build())
                .build());

        OrderCalculation c = calculation(Principals.viewer(TENANT), order).calculation().calculation();

        assertThat(c.vat()).extracting(OrderCalculation.VatAtRate::rate, OrderCalculation.VatAtRate::amount)
                .containsExactly(tuple(new BigDecimal("12.00"), sek("120.00")), tuple(new BigDecimal("25.00"), sek("465.47")));
    }

    @Test
    void R31_a_manual_calculation_is_stored_recorded_and_wins_until_the_order_changes() {
        taxes(TENANT, WINE_TAX);
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        int entriesBefore = ports.history().history(TENANT, order.id()).entries().size();

        CalculationOfOrder overridden = ok(core.overrideCalculation().override(override(Principals.admin(TENANT), order, "2250.00",
                Optional.of(order.version()))));

        assertThat(overridden.order().version()).isEqualTo(order.version() + 1);
        assertThat(overridden.calculation().method()).isEqualTo(EffectiveCalculation.Method.MANUAL);
        CalculationOfOrder read = calculation(Principals.viewer(TENANT), order);
        assertThat(read.calculation().method()).isEqualTo(EffectiveCalculation.Method.MANUAL);
        assertThat(read.calculation().calculation().total()).isEqualTo(sek("2250.00"));
        assertThat(read.calculation().manual().orElseThrow().by()).isEqualTo(Principals.admin(TENANT).subject());
        assertThat(read.calculation().manual().orElseThrow().reason()).isEqualTo("the importer pays the excise");
        assertThat(read.calculation().manual().orElseThrow().at()).isEqualTo(clock.instant());
        List<StatusEntry> entries = ports.history().history(TENANT, order.id()).entries();
        assertThat(entries).hasSize(entriesBefore + 1);
        assertThat(entries.get(entries.size() - 1)).satisfies(e -> {
            assertThat(e.code()).isEqualTo(StatusCode.MANUALLY_ADJUSTED);
            assertThat(e.category()).contains("calculation");
            assertThat(e.writtenBy()).isEqualTo(Principals.admin(TENANT).subject());
        });
        assertThat(committedEvents()).last().satisfies(event -> {
            assertThat(event.type()).isEqualTo(CalculationOverridden.class.getSimpleName());
            assertThat(event.aggregateId()).isEqualTo(order.id().toString());
            assertThat(event.payload().canonical()).contains("\"total\":\"2250.00\"", "\"reason\":\"the importer pays the excise\"");
        });

        Order adjusted = ok(core.adjustOrder().adjust(new AdjustOrderCommand(Principals.operator(TENANT), TENANT, order.id(),
                List.of(LineItemDraft.builder().description("Gift wrapping").unitPrice("20.00").on(FEB_1).build()), List.of(),
                "customer asked", Optional.empty())));
        EffectiveCalculation after = calculation(Principals.viewer(TENANT), adjusted).calculation();

        assertThat(after.method()).isEqualTo(EffectiveCalculation.Method.AUTO);
        assertThat(after.superseded()).hasValueSatisfying(m -> assertThat(m.calculation().total()).isEqualTo(sek("2250.00")));
        assertThat(after.calculation().subtotal()).isEqualTo(sek("1820.00"));
    }

    @Test
    void R31_a_manual_calculation_stands_for_an_order_the_tenants_configuration_cannot_calculate() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);

        ok(core.overrideCalculation().override(override(Principals.admin(TENANT), order, "2250.00", Optional.empty())));

        assertThat(calculation(Principals.viewer(TENANT), order).calculation().method()).isEqualTo(EffectiveCalculation.Method.MANUAL);
    }

    @Test
    void R31_R36_overriding_takes_an_admin_and_the_version_the_caller_read() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);

        assertThat(refused(core.overrideCalculation().override(override(Principals.operator(TENANT), order, "2250.00", Optional.empty()))))
                .isInstanceOf(OrderError.Forbidden.class);
        assertThat(refused(core.overrideCalculation().override(override(Principals.admin(TENANT), order, "2250.00",
                Optional.of(order.version() + 7))))).isInstanceOf(OrderError.StaleVersion.class);
        assertThat(ports.calculationOverrides().find(TENANT, order.id())).isEmpty();
    }

    @Test
    void R31_a_refused_manual_calculation_writes_nothing() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        int entries = ports.history().history(TENANT, order.id()).entries().size();
        int events = committedEvents().size();

        OrderError error = refused(core.overrideCalculation().override(override(Principals.admin(TENANT), order, "2249.99",
                Optional.of(order.version()))));

        assertThat(error).isInstanceOf(OrderError.ValidationFailed.class);
        assertThat(error.message()).contains("total_mismatch");
        assertThat(ports.calculationOverrides().find(TENANT, order.id())).isEmpty();
        assertThat(ports.orders().find(TENANT, order.id()).orElseThrow().version()).isEqualTo(order.version());
        assertThat(ports.history().history(TENANT, order.id()).entries()).hasSize(entries);
        assertThat(committedEvents()).hasSize(events);
    }

    @Test
    void R34_the_billing_schedule_of_the_mixed_order_bills_the_rental_weekly_in_arrears() {
        Order order = OrderFixtures.place(core, catalog, OrderFixtures.mixedOrder(catalog));

        BillingScheduleOfOrder answer = ok(core.getBillingSchedule().get(new GetBillingScheduleQuery(Principals.viewer(TENANT), TENANT,
                order.id())));

        assertThat(answer.schedule().payers()).singleElement().satisfies(p -> {
            assertThat(p.payer().customer()).contains(RESTAURANT);
            assertThat(p.total()).isEqualTo(sek("4900.00"));
            assertThat(p.charges()).extracting(BillingCharge::chargeDate, BillingCharge::dueDate, BillingCharge::amount).containsExactly(
                    tuple(LocalDate.parse("2026-02-07"), LocalDate.parse("2026-03-09"), sek("3430.00")),
                    tuple(LocalDate.parse("2026-02-10"), LocalDate.parse("2026-03-12"), sek("1470.00")));
        });
        assertThat(answer.schedule().unscheduled()).hasSize(2);
    }

    @Test
    void R35_another_tenants_order_has_neither_calculation_nor_schedule() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        Principal stranger = Principals.admin(OTHER_TENANT);

        assertThat(refused(core.getCalculation().get(new GetCalculationQuery(stranger, OTHER_TENANT, order.id()))))
                .isInstanceOf(OrderError.NotFound.class);
        assertThat(refused(core.getBillingSchedule().get(new GetBillingScheduleQuery(stranger, OTHER_TENANT, order.id()))))
                .isInstanceOf(OrderError.NotFound.class);
        assertThat(refused(core.overrideCalculation().override(new OverrideCalculationCommand(stranger, OTHER_TENANT, order.id(),
                agreed("2250.00"), "why", Optional.empty())))).isInstanceOf(OrderError.NotFound.class);
        assertThat(ports.calculationOverrides().find(TENANT, order.id())).isEmpty();
    }
}
