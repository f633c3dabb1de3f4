package dev.ordercore.domain.settings;

import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.lifecycle.DefaultLifecycles;
import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderChange;
import dev.ordercore.domain.order.OrderIds;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusCode;
import dev.ordercore.domain.order.StatusEntries;
import dev.ordercore.domain.testing.OrderFixtures;
import dev.ordercore.domain.testing.PlacedOrder;
import dev.ordercore.domain.testing.TenantSetup;
import dev.ordercore.domain.testing.ValueArbitraries;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.ordercore.domain.testing.OrderFixtures.aSale;
import static org.assertj.core.api.Assertions.assertThat;

/** Seed 002's AUTO_APPROVE_ORDERS, with R15 holding as for anyone. */
class AutoApprovalTest {

    private static final TenantSetup SETUP = OrderFixtures.setup();
    private static final OrderIds IDS = OrderIds.fresh(ValueArbitraries.uuidGenerator(5));

    private static TenantSettings autoApproving(boolean on) {
        TenantSettings.Draft d = TenantSettings.DEFAULTS.toDraft();
        return TenantSettings.create(new TenantSettings.Draft(d.maxOrderItems(), d.minOrderValue(), d.maxOrderValue(), on,
                d.creditCheckEnabled(), d.highValueOrderThreshold(), d.largeQuantityOrderThreshold(), d.rushOrderHoursThreshold(),
                d.procurementShortageThreshold(), d.maxDiscountPercentage(), d.procurementLeadTimeDays(), d.safetyStockPercentage(),
                d.demandForecastDays(), d.centralBakeryOrderThreshold(), d.individualBakeryOrderThreshold())).value();
    }

    private static Order aNewOrder() {
        return OrderFixtures.placed(SETUP, OrderFixtures.anOrder().line(aSale().build()).build()).order();
    }

    @Test
    void the_default_lifecycle_auto_approves_to_confirmed() {
        assertThat(AutoApproval.target(DefaultLifecycles.ORDER)).contains("CONFIRMED");
    }

    @Test
    void a_lifecycle_whose_initial_state_has_several_forward_exits_has_nothing_to_auto_approve_to() {
        Lifecycle twoWays = Lifecycle.builder("two_ways").initial("NEW").state("NEW", "A", "B").state("A").state("B").build().value();

        assertThat(AutoApproval.target(twoWays)).isEmpty();
    }

    @Test
    void R15_a_tenant_that_auto_approves_has_a_new_order_confirmed_by_the_system_saying_why() {
        Order order = aNewOrder();

        OrderChange approved = AutoApproval.approve(order, autoApproving(true), SETUP.lifecycles(), IDS, ValueArbitraries.EPOCH).orElseThrow();

        assertThat(approved.order().status()).isEqualTo("CONFIRMED");
        assertThat(approved.entries()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(StatusCode.entered("CONFIRMED"));
            assertThat(e.writtenBy()).isEqualTo(AutoApproval.SUBJECT);
            assertThat(e.payload().get("reason").orElseThrow().canonical()).contains(AutoApproval.REASON);
        });
    }

    @Test
    void a_tenant_that_does_not_auto_approve_leaves_the_order_pending() {
        assertThat(AutoApproval.approve(aNewOrder(), autoApproving(false), SETUP.lifecycles(), IDS, ValueArbitraries.EPOCH)).isEmpty();
    }

    @Test
    void R15_an_open_blocking_entry_keeps_an_auto_approved_order_pending() {
        PlacedOrder placed = OrderFixtures.placed(SETUP, OrderFixtures.anOrder().line(aSale().build()).build());
        StatusEntries.Request credit = new StatusEntries.Request(Optional.empty(), "credit:limit_exceeded", Optional.empty(),
                Severity.BLOCKING, JsonObject.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        Order blocked = placed.journal().write(credit, dev.ordercore.domain.access.Principal.moduleWriter("credit-check", SETUP.tenant(),
                "credit")).value().order();
        assertThat(blocked.isBlocked()).isTrue();

        assertThat(AutoApproval.approve(blocked, autoApproving(true), SETUP.lifecycles(), IDS, ValueArbitraries.EPOCH)).isEmpty();
    }

    @Test
    void an_order_no_longer_in_its_initial_state_is_not_auto_approved() {
        Order confirmed = AutoApproval.approve(aNewOrder(), autoApproving(true), SETUP.lifecycles(), IDS, ValueArbitraries.EPOCH)
                .orElseThrow().order();

        assertThat(AutoApproval.approve(confirmed, autoApproving(true), SETUP.lifecycles(), IDS, ValueArbitraries.EPOCH)).isEmpty();
    }
}
