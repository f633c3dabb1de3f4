package dev.ordercore.domain.planning;

import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.planning.Activity.StateRef;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DashboardSummaryTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Test
    void the_periods_are_calendar_days_of_the_tenants_zone() {
        // 23:30 UTC on 1 March is already 2 March in Stockholm
        DashboardWindows w = DashboardWindows.of(STOCKHOLM, Instant.parse("2026-03-01T23:30:00Z"));

        assertThat(w.today()).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThat(w.todayStart()).isEqualTo(Instant.parse("2026-03-01T23:00:00Z"));
        assertThat(w.last7DaysStart()).isEqualTo(Instant.parse("2026-02-23T23:00:00Z"));
        assertThat(w.last30DaysStart()).isEqualTo(Instant.parse("2026-01-31T23:00:00Z"));
        assertThat(w.end()).isEqualTo(Instant.parse("2026-03-02T23:00:00Z"));
        assertThat(w.inToday(Instant.parse("2026-03-01T22:59:59Z"))).isFalse();
        assertThat(w.inLast7Days(Instant.parse("2026-03-01T22:59:59Z"))).isTrue();
        assertThat(w.inLast30Days(w.end())).isFalse();
    }

    @Test
    void every_state_of_the_order_lifecycle_is_listed_and_pending_counts_orders_in_their_initial_state() {
        DashboardWindows w = DashboardWindows.of(STOCKHOLM, Instant.parse("2026-03-02T09:00:00Z"));
        String lifecycle = LifecycleSet.DEFAULT.order().name();
        DashboardFigures figures = new DashboardFigures(Map.of(new StateRef(lifecycle, "PENDING"), 3L, new StateRef(lifecycle, "PAID"), 2L,
                new StateRef("retired_flow", "ON_HOLD"), 1L), 2, List.of(), List.of(), List.of(), List.of());

        DashboardSummary summary = DashboardSummary.of(figures, w, LifecycleSet.DEFAULT, RoundingMode.HALF_EVEN);

        assertThat(summary.ordersByStatus()).containsEntry("PENDING", 3L).containsEntry("PAID", 2L).containsEntry("ON_HOLD", 1L)
                .containsEntry("COMPLETED", 0L).containsKeys(LifecycleSet.DEFAULT.order().states().toArray(String[]::new));
        assertThat(summary.pendingConfirmations()).isEqualTo(3);
        assertThat(summary.blockedOrders()).isEqualTo(2);
    }

    @Test
    void the_average_order_value_is_rounded_once_with_the_tenants_rounding_mode() {
        // 100.00 / 3 = 33.333..., 0.05 / 2 = 0.025 (a tie): HALF_EVEN gives 0.02, HALF_UP 0.03
        Revenue sek = new Revenue(Money.of("100.00", "SEK"), 3);
        Revenue eur = new Revenue(Money.of("0.05", "EUR"), 2);

        assertThat(DashboardSummary.averageOrderValue(sek, RoundingMode.HALF_EVEN)).isEqualTo(Money.of("33.33", "SEK"));
        assertThat(DashboardSummary.averageOrderValue(eur, RoundingMode.HALF_EVEN)).isEqualTo(Money.of("0.02", "EUR"));
        assertThat(DashboardSummary.averageOrderValue(eur, RoundingMode.HALF_UP)).isEqualTo(Money.of("0.03", "EUR"));
        assertThat(DashboardSummary.averageOrderValue(new Revenue(Money.of("1000", "JPY"), 3), RoundingMode.HALF_EVEN))
                .isEqualTo(Money.of("333", "JPY"));
    }

    @Test
    void revenue_is_listed_by_currency_and_top_products_by_units_then_id() {
        ProductId a = new ProductId(UUID.fromString("00000000-0000-7000-8000-000000000001"));
        ProductId b = new ProductId(UUID.fromString("f0000000-0000-7000-8000-000000000002"));
        DashboardFigures f = new DashboardFigures(Map.of(), 0, List.of(new Revenue(Money.of("1.00", "SEK"), 1),
                new Revenue(Money.of("2.00", "EUR"), 1)), List.of(), List.of(), List.of(new ProductQuantity(b, 5), new ProductQuantity(a, 5),
                new ProductQuantity(b, 9)));

        assertThat(f.today()).extracting(r -> r.amount().currency().getCurrencyCode()).containsExactly("EUR", "SEK");
        assertThat(f.topProducts()).containsExactly(new ProductQuantity(b, 9), new ProductQuantity(a, 5), new ProductQuantity(b, 5));
    }

    @Test
    void a_horizon_and_a_stock_level_out_of_range_are_refused_with_every_violation() {
        assertThat(DemandHorizon.create(LocalDate.parse("2026-03-02"), 0, "days").error())
                .isInstanceOfSatisfying(OrderError.ValidationFailed.class, v -> assertThat(v.violations())
                        .extracting(x -> x.path() + " " + x.code()).containsExactly("days out_of_range"));
        assertThat(DemandHorizon.create(LocalDate.parse("2026-03-02"), 366, "days").isErr()).isTrue();
        // R1: a horizon starting past 9999 has no end day (LocalDate would overflow); every violation is listed
        assertThat(DemandHorizon.create(LocalDate.MAX, 0, "days").error())
                .isInstanceOfSatisfying(OrderError.ValidationFailed.class, v -> assertThat(v.violations())
                        .extracting(x -> x.path() + " " + x.code() + " " + x.message()).containsExactly(
                                "from date_out_of_range from (+999999999-12-31) must lie between 0001-01-01 and 9999-12-31 (R1, R38)",
                                "days out_of_range days is 1-365, got 0"));
        assertThat(DemandHorizon.create(LocalDate.of(9999, 12, 31), 365, "days").value().end()).isEqualTo(LocalDate.of(10000, 12, 30));
        assertThat(new DemandHorizon(LocalDate.parse("2026-03-02"), 14).end()).isEqualTo(LocalDate.parse("2026-03-16"));

        ProductId p = new ProductId(UUID.randomUUID());
        assertThat(StockLevel.create(TenantId.of("acme"), p, -1L, Instant.EPOCH, "ann").error())
                .isInstanceOfSatisfying(OrderError.ValidationFailed.class, v -> assertThat(v.violations())
                        .extracting(x -> x.path() + " " + x.code()).containsExactly("quantity out_of_range"));
        assertThat(StockLevel.create(TenantId.of("acme"), p, null, Instant.EPOCH, "ann").isErr()).isTrue();
        assertThatThrownBy(() -> new StockLevel(TenantId.of("acme"), p, StockLevel.MAX_QUANTITY + 1, Instant.EPOCH, "ann"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
