package dev.ordercore.application.contract;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.CalculationOverrideRepository;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.pricing.CalculationOverride;
import dev.ordercore.domain.pricing.OrderCalculation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static dev.ordercore.application.contract.ContractData.OTHER_TENANT;
import static dev.ordercore.application.contract.ContractData.TENANT;
import static dev.ordercore.application.contract.ContractData.admin;
import static dev.ordercore.application.contract.ContractData.anEntryId;
import static dev.ordercore.application.contract.ContractData.anOrder;
import static dev.ordercore.application.contract.ContractData.minutes;
import static dev.ordercore.application.contract.ContractData.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link CalculationOverrideRepository} does: keeps each order's latest manual
 * calculation (R31) exactly as stated (every amount and rate to its last decimal, who, why, when
 * and the order's fingerprint), one per order, within its tenant (R35). Extend it with a
 * {@link #ports()} that answers fresh, empty stores.
 */
public abstract class CalculationOverrideRepositoryContract {

    /** Fresh, empty stores; called once before each test. */
    protected abstract OrderCorePorts ports();

    private OrderCorePorts ports;
    private CalculationOverrideRepository overrides;

    @BeforeEach
    void freshStores() {
        ports = ports();
        overrides = ports.calculationOverrides();
    }

    private Order stored(Order order) {
        ports.transactions().inTransaction(() -> {
            ports.orders().insert(order);
            return null;
        });
        return order;
    }

    static OrderCalculation.ManualDraft twoRates(String total) {
        return new OrderCalculation.ManualDraft("EUR", new BigDecimal("1000.00"), List.of(
                new OrderCalculation.VatDraft(new BigDecimal("5.125"), new BigDecimal("10.25")),
                new OrderCalculation.VatDraft(new BigDecimal("25"), new BigDecimal("200.00"))),
                new BigDecimal("0.01"), new BigDecimal("49.99"), new BigDecimal("12.50"), new BigDecimal(total));
    }

    static CalculationOverride override(Order order, String total, String reason, Instant at) {
        return ok(CalculationOverride.create(order, LifecycleSet.DEFAULT, twoRates(total), reason, admin(order.tenant()), anEntryId(), at))
                .override();
    }

    private void save(CalculationOverride override) {
        ports.transactions().inTransaction(() -> {
            overrides.save(override);
            return null;
        });
    }

    @Test
    void R31_a_saved_manual_calculation_is_found_exactly_as_stated() {
        Order order = stored(anOrder(TENANT));
        CalculationOverride override = override(order, "1272.75", "Importören betalar punktskatten – avtal 2026/7", minutes(3));

        save(override);

        assertThat(overrides.find(TENANT, order.id())).contains(override);
        assertThat(overrides.find(TENANT, order.id()).orElseThrow().calculation().vat())
                .extracting(v -> v.rate().toPlainString(), v -> v.amount().amount().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("5.125", "10.25"), org.assertj.core.groups.Tuple.tuple("25.00", "200.00"));
    }

    @Test
    void an_order_without_a_manual_calculation_has_none() {
        Order order = stored(anOrder(TENANT));

        assertThat(overrides.find(TENANT, order.id())).isEmpty();
    }

    @Test
    void R31_saving_again_replaces_the_orders_manual_calculation() {
        Order order = stored(anOrder(TENANT));
        Order other = stored(anOrder(TENANT));
        CalculationOverride first = override(order, "1272.75", "first agreement", minutes(1));
        CalculationOverride second = override(order, "1272.75", "second agreement", minutes(2));
        CalculationOverride unrelated = override(other, "1272.75", "another order", minutes(2));

        save(first);
        save(unrelated);
        save(second);

        assertThat(overrides.find(TENANT, order.id())).contains(second);
        assertThat(overrides.find(TENANT, other.id())).contains(unrelated);
    }

    @Test
    void R35_another_tenants_manual_calculation_is_not_found() {
        Order order = stored(anOrder(TENANT));
        save(override(order, "1272.75", "agreed", minutes(1)));

        assertThat(overrides.find(OTHER_TENANT, order.id())).isEmpty();
    }

    @Test
    void a_manual_calculation_saved_in_a_transaction_that_rolls_back_is_not_kept() {
        Order order = stored(anOrder(TENANT));

        try {
            ports.transactions().inTransaction(() -> {
                overrides.save(override(order, "1272.75", "agreed", minutes(1)));
                throw new IllegalStateException("the command failed after saving");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }

        assertThat(overrides.find(TENANT, order.id())).isEmpty();
    }
}
