package dev.ordercore.domain.planning;

import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.lifecycle.Lifecycle;
import dev.ordercore.domain.order.DeliveryDirection;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderDelivery;
import dev.ordercore.domain.settings.TenantSettings;
import dev.ordercore.domain.testing.HistoryArbitraries;
import dev.ordercore.domain.testing.OrderArbitraries;
import dev.ordercore.domain.testing.OrderStory;
import dev.ordercore.domain.testing.TenantSetup;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** R38-R40: demand, procurement and business-model detection, checked against their definitions. */
class PlanningProperties {

    /** Orders of one tenant in every state their random lifecycles reach, some deleted, and a horizon around their lines' dates. */
    record Scenario(LifecycleSet lifecycles, List<Order> orders, DemandHorizon horizon) {
        @Override
        public String toString() {
            return orders.size() + " orders, lifecycles " + lifecycles.order().name() + "/" + lifecycles.lineItem().name() + ", " + horizon;
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return OrderArbitraries.setups().flatMap(s -> Combinators.combine(
                HistoryArbitraries.stories(OrderArbitraries.placedOrders(s)).list().ofMinSize(1).ofMaxSize(6),
                Arbitraries.of(false, false, false, true).list().ofSize(6),
                Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(-20, 5),
                Arbitraries.integers().between(1, 60)).as((stories, deleted, pick, shift, days) -> scenario(s, stories, deleted, pick, shift, days)));
    }

    private static Scenario scenario(TenantSetup s, List<OrderStory> stories, List<Boolean> deleted, int pick, int shift, int days) {
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            OrderStory story = stories.get(i);
            Order order = story.order();
            if (deleted.get(i)) {
                var gone = story.journal().delete("entered twice", s.operator());
                order = gone.isOk() ? gone.value().order() : order;
            }
            orders.add(order);
        }
        List<LocalDate> dates = orders.stream().flatMap(o -> o.lineItems().stream()).map(Activity::demandDate).toList();
        LocalDate anchor = dates.get(pick % dates.size());
        return new Scenario(s.lifecycles(), orders, new DemandHorizon(anchor.plusDays(shift), days));
    }

    @Group
    class R38_demand {

        @Property(tries = 60)
        @Label("R38 demand equals the sum of the active lines' quantities in the horizon, by product and day")
        void R38_demand_equals_the_sum_of_active_lines_in_the_horizon(@ForAll("scenarios") Scenario sc) {
            List<DemandRequirement> demand = Demand.of(sc.orders(), sc.lifecycles(), sc.horizon());

            assertThat(demand).isEqualTo(naive(sc));
            assertThat(demand).isSortedAccordingTo(DemandRequirement.BY_DATE_AND_PRODUCT);
            Statistics.label("demand").collect(demand.isEmpty() ? "none" : "some");
            Statistics.label("demand").coverage(c -> {
                c.check("none").count(n -> n > 0);
                c.check("some").count(n -> n > 0);
            });
        }

        @Property(tries = 40)
        @Label("R38 splitting the horizon in two splits the demand in two")
        void R38_splitting_the_horizon_splits_the_demand(@ForAll("scenarios") Scenario sc, @ForAll @IntRange(min = 0, max = 60) int at) {
            DemandHorizon h = sc.horizon();
            int first = Math.min(at, h.days());
            List<DemandRequirement> parts = new ArrayList<>();
            if (first > 0) {
                parts.addAll(Demand.of(sc.orders(), sc.lifecycles(), new DemandHorizon(h.from(), first)));
            }
            if (first < h.days()) {
                parts.addAll(Demand.of(sc.orders(), sc.lifecycles(), new DemandHorizon(h.from().plusDays(first), h.days() - first)));
            }
            assertThat(parts).isEqualTo(Demand.of(sc.orders(), sc.lifecycles(), h));
        }

        @Property(tries = 25)
        @Label("R38 the order of the orders does not change the demand")
        void R38_order_of_orders_does_not_matter(@ForAll("scenarios") Scenario sc) {
            List<Order> reversed = new ArrayList<>(sc.orders());
            java.util.Collections.reverse(reversed);
            assertThat(Demand.of(reversed, sc.lifecycles(), sc.horizon())).isEqualTo(Demand.of(sc.orders(), sc.lifecycles(), sc.horizon()));
        }

        /** Day by day, order by order, line by line: the definition written out again, without the shortcuts. */
        private List<DemandRequirement> naive(Scenario sc) {
            List<DemandRequirement> out = new ArrayList<>();
            for (LocalDate day = sc.horizon().from(); day.isBefore(sc.horizon().from().plusDays(sc.horizon().days())); day = day.plusDays(1)) {
                Map<ProductId, Long> perProduct = new HashMap<>();
                for (Order o : sc.orders()) {
                    Lifecycle ol = sc.lifecycles().named(o.lifecycle());
                    if (o.isDeleted() || ol.terminal().contains(o.status()) || ol.cancelledStates().contains(o.status())) {
                        continue;
                    }
                    for (LineItem l : o.lineItems()) {
                        Lifecycle ll = sc.lifecycles().named(l.lifecycle());
                        Optional<LocalDate> outbound = l.deliveries().stream().filter(d -> d.direction() == DeliveryDirection.OUTBOUND)
                                .map(OrderDelivery::date).findFirst();
                        LocalDate date = outbound.orElse(l.dates().start());
                        if (l.product().isPresent() && date.equals(day) && !ll.terminal().contains(l.status())
                                && !ll.cancelledStates().contains(l.status())) {
                            perProduct.merge(l.product().get(), (long) l.quantity(), Long::sum);
                        }
                    }
                }
                final LocalDate d = day;
                perProduct.entrySet().stream().map(e -> new DemandRequirement(e.getKey(), d, e.getValue()))
                        .sorted(DemandRequirement.BY_DATE_AND_PRODUCT).forEach(out::add);
            }
            return out;
        }
    }

    // ---- R39

    private static final List<ProductId> PRODUCTS = Stream.of("0190f7a4-0000-7000-8000-000000000001", "0190f7a4-0000-7000-8000-000000000002",
            "ff90f7a4-0000-7000-8000-000000000003").map(UUID::fromString).map(ProductId::new).toList();
    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");

    @Provide
    Arbitrary<List<DemandRequirement>> demands() {
        Arbitrary<DemandRequirement> one = Combinators.combine(Arbitraries.of(PRODUCTS), Arbitraries.integers().between(0, 20),
                Arbitraries.longs().between(1, 500)).as((p, day, q) -> new DemandRequirement(p, TODAY.plusDays(day), q));
        return one.list().ofMaxSize(15).uniqueElements(r -> List.of(r.product(), r.date()));
    }

    @Provide
    Arbitrary<TenantSettings> settings() {
        return Combinators.combine(Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(2),
                        Arbitraries.integers().between(0, 30), Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(1))
                .as((safety, lead, shortage) -> TenantSettings.create(draft(safety, lead, shortage)).value())
                .edgeCases(e -> e.add(TenantSettings.DEFAULTS));
    }

    private static TenantSettings.Draft draft(BigDecimal safety, int lead, BigDecimal shortage) {
        TenantSettings.Draft d = TenantSettings.DEFAULTS.toDraft();
        return new TenantSettings.Draft(d.maxOrderItems(), d.minOrderValue(), d.maxOrderValue(), d.autoApproveOrders(), d.creditCheckEnabled(),
                d.highValueOrderThreshold(), d.largeQuantityOrderThreshold(), d.rushOrderHoursThreshold(), shortage, d.maxDiscountPercentage(),
                lead, safety, d.demandForecastDays(), d.centralBakeryOrderThreshold(), d.individualBakeryOrderThreshold());
    }

    @Provide
    Arbitrary<Map<ProductId, Long>> stocks() {
        return Arbitraries.maps(Arbitraries.of(PRODUCTS), Arbitraries.longs().between(0, 3000)).ofMaxSize(3);
    }

    @Group
    class R39_procurement {

        @Property(tries = 200)
        @Label("R39 procurement need is never negative and the order-by date is the need date minus the lead time")
        void R39_need_is_never_negative_and_order_by_is_need_date_minus_lead_time(@ForAll("demands") List<DemandRequirement> demand,
                                                                                   @ForAll("stocks") Map<ProductId, Long> stock,
                                                                                   @ForAll("settings") TenantSettings s) {
            List<ProcurementPlan> plans = Procurement.plan(demand, stock, s, TODAY);

            for (ProcurementPlan p : plans) {
                assertThat(p.need()).isNotNegative();
                assertThat(p.need()).isEqualTo(Math.max(0, p.required() - p.available()));
                assertThat(p.available()).isEqualTo(stock.getOrDefault(p.product(), 0L));
                assertThat(p.orderBy()).isEqualTo(p.needDate().map(d -> d.minusDays(s.procurementLeadTimeDays())));
                assertThat(p.late()).isEqualTo(p.orderBy().filter(d -> d.isBefore(TODAY)).isPresent());
                Statistics.label("need").collect(p.need() > 0 ? "to buy" : "in stock");
            }
            assertThat(plans).extracting(ProcurementPlan::product)
                    .containsExactlyInAnyOrderElementsOf(demand.stream().map(DemandRequirement::product).distinct().toList());
            assertThat(plans).isSortedAccordingTo(Procurement.MOST_URGENT_FIRST);
        }

        @Property(tries = 200)
        @Label("R39 need = max(0, ceil(demand × (1 + safety %)) − stock), and the need date is the first day the requirement so far exceeds the stock")
        void R39_need_and_need_date_follow_the_definition(@ForAll("demands") List<DemandRequirement> demand,
                                                          @ForAll("stocks") Map<ProductId, Long> stock, @ForAll("settings") TenantSettings s) {
            for (ProcurementPlan p : Procurement.plan(demand, stock, s, TODAY)) {
                List<DemandRequirement> days = demand.stream().filter(r -> r.product().equals(p.product()))
                        .sorted(DemandRequirement.BY_DATE_AND_PRODUCT).toList();
                long total = days.stream().mapToLong(DemandRequirement::quantity).sum();
                BigDecimal exact = BigDecimal.valueOf(total).multiply(BigDecimal.ONE.add(s.safetyStockPercentage().movePointLeft(2)));
                assertThat(p.demand()).isEqualTo(total);
                assertThat(BigDecimal.valueOf(p.required())).isGreaterThanOrEqualTo(exact);
                assertThat(BigDecimal.valueOf(p.required() - 1)).isLessThan(exact);
                long before = 0;
                for (DemandRequirement day : days) {
                    long upTo = before + day.quantity();
                    boolean exceeds = Procurement.withSafetyStock(upTo, s.safetyStockPercentage()) > p.available();
                    if (p.needDate().isPresent() && day.date().isBefore(p.needDate().get())) {
                        assertThat(exceeds).as("before the need date the stock suffices").isFalse();
                    }
                    if (p.needDate().isPresent() && day.date().equals(p.needDate().get())) {
                        assertThat(exceeds).as("on the need date it no longer does").isTrue();
                    }
                    before = upTo;
                }
            }
        }

        @Property(tries = 150)
        @Label("R39 more stock never needs more")
        void R39_more_stock_never_needs_more(@ForAll("demands") List<DemandRequirement> demand, @ForAll("stocks") Map<ProductId, Long> stock,
                                             @ForAll("settings") TenantSettings s, @ForAll @LongRange(min = 0, max = 1000) long more) {
            Map<ProductId, Long> richer = new HashMap<>();
            PRODUCTS.forEach(p -> richer.put(p, stock.getOrDefault(p, 0L) + more));
            Map<ProductId, Long> needs = new HashMap<>();
            Procurement.plan(demand, stock, s, TODAY).forEach(p -> needs.put(p.product(), p.need()));
            for (ProcurementPlan p : Procurement.plan(demand, richer, s, TODAY)) {
                assertThat(p.need()).isLessThanOrEqualTo(needs.get(p.product()));
            }
        }
    }

    // ---- R40

    @Provide
    Arbitrary<TenantSettings> thresholds() {
        return Arbitraries.integers().between(1, 50).flatMap(central -> Arbitraries.integers().between(0, central - 1).map(individual -> {
            TenantSettings.Draft d = TenantSettings.DEFAULTS.toDraft();
            return TenantSettings.create(new TenantSettings.Draft(d.maxOrderItems(), d.minOrderValue(), d.maxOrderValue(), d.autoApproveOrders(),
                    d.creditCheckEnabled(), d.highValueOrderThreshold(), d.largeQuantityOrderThreshold(), d.rushOrderHoursThreshold(),
                    d.procurementShortageThreshold(), d.maxDiscountPercentage(), d.procurementLeadTimeDays(), d.safetyStockPercentage(),
                    d.demandForecastDays(), central, individual)).value();
        })).edgeCases(e -> e.add(TenantSettings.DEFAULTS));
    }

    private static OrderVolume volume(long orders, boolean mostlyWholesale, long wholesaleChoice) {
        long wholesale = mostlyWholesale ? orders / 2 + 1 + wholesaleChoice % Math.max(1, orders - orders / 2) : wholesaleChoice % (orders / 2 + 1);
        return new OrderVolume(TODAY.minusDays(OrderVolume.WINDOW_DAYS), TODAY, orders, Math.min(wholesale, orders));
    }

    @Group
    class R40_business_model {

        @Property(tries = 200)
        @Label("R40 the classification is monotone in volume: more orders a day never make a smaller business")
        void R40_classification_is_monotone_in_volume(@ForAll("thresholds") TenantSettings s, @ForAll @LongRange(min = 0, max = 2000) long fewer,
                                                      @ForAll @LongRange(min = 0, max = 2000) long more, @ForAll boolean mostlyWholesale,
                                                      @ForAll @LongRange(min = 0, max = 5000) long w1, @ForAll @LongRange(min = 0, max = 5000) long w2) {
            long low = Math.min(fewer, more) + (mostlyWholesale ? 1 : 0);
            long high = Math.max(fewer, more) + (mostlyWholesale ? 1 : 0);
            BusinessModelAssessment small = BusinessModelAssessment.of(volume(low, mostlyWholesale, w1), s);
            BusinessModelAssessment large = BusinessModelAssessment.of(volume(high, mostlyWholesale, w2), s);

            assertThat(small.mostlyWholesale()).isEqualTo(mostlyWholesale);
            assertThat(large.model()).isGreaterThanOrEqualTo(small.model());
            Statistics.label("models").collect(small.model(), large.model());
        }

        @Property(tries = 200)
        @Label("R40 CENTRAL exactly at the central threshold or with mostly wholesale orders, INDIVIDUAL exactly below the individual threshold")
        void R40_thresholds_are_exact(@ForAll("thresholds") TenantSettings s, @ForAll @IntRange(min = -2, max = 2) int offset,
                                      @ForAll boolean atCentral) {
            long days = OrderVolume.WINDOW_DAYS;
            long orders = Math.max(0, (atCentral ? s.centralBakeryOrderThreshold() : s.individualBakeryOrderThreshold()) * days + offset);
            BusinessModel model = BusinessModelAssessment.of(volume(orders, false, 0), s).model();

            BusinessModel expected = orders >= s.centralBakeryOrderThreshold() * days ? BusinessModel.CENTRAL
                    : orders < s.individualBakeryOrderThreshold() * days ? BusinessModel.INDIVIDUAL : BusinessModel.MIXED;
            assertThat(model).isEqualTo(expected);
            if (orders > 0) {
                assertThat(BusinessModelAssessment.of(volume(orders, true, 0), s).model()).isEqualTo(BusinessModel.CENTRAL);
            }
        }
    }
}
