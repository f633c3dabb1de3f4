package dev.ordercore.domain.alerts;

import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemKind;
import dev.ordercore.domain.order.NewStatusEntry;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderChange;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.OrderIds;
import dev.ordercore.domain.order.OrderNumber;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusCode;
import dev.ordercore.domain.settings.TenantSettings;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.Uuids;
import dev.ordercore.domain.testing.OrderArbitraries;
import dev.ordercore.domain.testing.OrderFixtures;
import dev.ordercore.domain.testing.PlacedOrder;
import dev.ordercore.domain.testing.TenantSetup;
import dev.ordercore.domain.testing.ValueArbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.ordercore.domain.testing.OrderFixtures.aCharge;
import static dev.ordercore.domain.testing.OrderFixtures.aSale;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * R37: each alert fires exactly when its threshold is crossed, strictly, with the threshold
 * taken from random settings placed a few units either side of the order's own value, so the
 * boundary itself is always among the tries.
 */
@StatisticsReport(onFailureOnly = true)
class AlertsProperties {

    private static final ZoneId UTC = ZoneOffset.UTC;

    /** Seed 002's defaults with the three alert thresholds replaced. */
    static TenantSettings thresholds(BigDecimal highValue, int largeQuantity, int rushHours) {
        TenantSettings.Draft d = TenantSettings.DEFAULTS.toDraft();
        return TenantSettings.create(new TenantSettings.Draft(d.maxOrderItems(), d.minOrderValue(), d.maxOrderValue(),
                d.autoApproveOrders(), d.creditCheckEnabled(), highValue, largeQuantity, rushHours, d.procurementShortageThreshold(),
                d.maxDiscountPercentage(), d.procurementLeadTimeDays(), d.safetyStockPercentage(), d.demandForecastDays(),
                d.centralBakeryOrderThreshold(), d.individualBakeryOrderThreshold())).value();
    }

    private static boolean fires(Order order, TenantSettings settings, TenantSetup setup, StatusCode code) {
        return Alerts.evaluate(order, settings, setup.lifecycles(), UTC).stream().anyMatch(f -> f.code().equals(code));
    }

    @Property(tries = 120)
    @Label("R37 alerts:high_value fires exactly when the order's total is above the threshold")
    void high_value_fires_exactly_above_the_threshold(@ForAll(supplier = OrderArbitraries.PlacedOrders.class) PlacedOrder placed,
                                                      @ForAll @IntRange(min = -3, max = 3) int minorUnitsAway) {
        Order order = placed.order();
        Money total = order.total(placed.setup().lifecycles());
        BigDecimal threshold = total.amount().add(BigDecimal.ONE.movePointLeft(Money.minorUnits(order.currency())).multiply(BigDecimal.valueOf(minorUnitsAway)));
        Assume.that(threshold.signum() > 0);

        boolean fired = fires(order, thresholds(threshold, 100, 24), placed.setup(), Alerts.HIGH_VALUE);

        Statistics.collect(fired ? "fired" : "quiet");
        Statistics.coverage(c -> {
            c.check("fired").count(n -> n > 0);
            c.check("quiet").count(n -> n > 0);
        });
        assertThat(fired).as("total %s, threshold %s", total, threshold).isEqualTo(minorUnitsAway < 0);
    }

    @Property(tries = 120)
    @Label("R37 alerts:large_quantity fires exactly when the units ordered are more than the threshold")
    void large_quantity_fires_exactly_above_the_threshold(@ForAll(supplier = OrderArbitraries.PlacedOrders.class) PlacedOrder placed,
                                                          @ForAll @IntRange(min = -3, max = 3) int unitsAway) {
        Order order = placed.order();
        int units = order.lineItems().stream().filter(l -> l.kind() != LineItemKind.CHARGE).mapToInt(LineItem::quantity).sum();
        int threshold = units + unitsAway;
        Assume.that(threshold >= 1 && threshold <= 1_000_000);

        boolean fired = fires(order, thresholds(new BigDecimal("5000"), threshold, 24), placed.setup(), Alerts.LARGE_QUANTITY);

        Statistics.collect(fired ? "fired" : "quiet");
        Statistics.coverage(c -> {
            c.check("fired").count(n -> n > 0);
            c.check("quiet").count(n -> n > 0);
        });
        assertThat(fired).as("%s units, threshold %s", units, threshold).isEqualTo(unitsAway < 0);
    }

    @Property(tries = 200)
    @Label("R37 alerts:rush fires exactly when a line is due fewer than the threshold's hours after it was placed")
    void rush_fires_exactly_below_the_threshold(@ForAll @IntRange(min = 1, max = 720) int rushHours,
                                                @ForAll @IntRange(min = -180, max = 180) int minutesAway,
                                                @ForAll boolean withCharge) {
        LocalDate due = OrderFixtures.DAY;
        long leadMinutes = rushHours * 60L + minutesAway;
        Instant placedAt = due.atStartOfDay(UTC).toInstant().minusSeconds(leadMinutes * 60);
        OrderDraft.Builder draft = OrderFixtures.anOrder().line(aSale().build());
        if (withCharge) {
            draft.line(aCharge().on(due.minusDays(60)).build()); // a charge is not goods: never rushed
        }
        TenantSetup setup = OrderFixtures.setup();
        Order order = placeAt(setup, draft.build(), placedAt);

        boolean fired = fires(order, thresholds(new BigDecimal("5000"), 100, rushHours), setup, Alerts.RUSH);

        Statistics.collect(fired ? "fired" : "quiet");
        Statistics.coverage(c -> {
            c.check("fired").count(n -> n > 0);
            c.check("quiet").count(n -> n > 0);
        });
        assertThat(fired).as("due %s, placed %s, threshold %sh", due, placedAt, rushHours).isEqualTo(minutesAway < 0);
    }

    @Property(tries = 60)
    @Label("R37 raising alerts appends one WARNING entry per alert not open yet, written by the system, and changes nothing else")
    void raising_appends_only_alerts_not_open(@ForAll(supplier = OrderArbitraries.PlacedOrders.class) PlacedOrder placed,
                                              @ForAll boolean highValueOpen) {
        Order order = placed.order();
        TenantSettings low = thresholds(new BigDecimal("0.0001"), 1, 24);
        OrderChange change = new OrderChange(order, List.of(), List.of());
        Set<StatusCode> open = highValueOpen ? Set.of(Alerts.HIGH_VALUE) : Set.of();
        Uuids uuids = ValueArbitraries.uuidGenerator(7);

        OrderChange raised = Alerts.raise(change, low, placed.setup().lifecycles(), UTC, open, OrderIds.fresh(uuids)::entry,
                ValueArbitraries.EPOCH);

        List<StatusCode> expected = Alerts.evaluate(order, low, placed.setup().lifecycles(), UTC).stream()
                .map(Alerts.Finding::code).filter(c -> !open.contains(c)).toList();
        assertThat(raised.order()).isSameAs(order);
        assertThat(raised.entries()).extracting(NewStatusEntry::code).containsExactlyElementsOf(expected);
        assertThat(raised.entries()).allSatisfy(e -> {
            assertThat(e.severity()).isEqualTo(Severity.WARNING);
            assertThat(e.writtenBy()).isEqualTo(Alerts.WRITTEN_BY);
            assertThat(e.payload().get("threshold")).isPresent();
            assertThat(e.payload().get("actual")).isPresent();
        });
        assertThat(raised.events()).hasSameSizeAs(raised.entries());
        if (!order.total(placed.setup().lifecycles()).isZero() && !order.total(placed.setup().lifecycles()).isNegative()) {
            assertThat(expected.contains(Alerts.HIGH_VALUE)).isEqualTo(!highValueOpen);
        }
    }

    private static Order placeAt(TenantSetup s, OrderDraft draft, Instant now) {
        Uuids uuids = ValueArbitraries.uuidGenerator(1);
        return Order.place(new Order.Placement(s.tenant(), OrderId.next(uuids), OrderNumber.of("ORD", 2026, 1), draft, s.catalog(),
                s.rounding(), s.lifecycles(), OrderIds.fresh(uuids), Optional.empty(), s.operator(), now)).value().order();
    }
}
