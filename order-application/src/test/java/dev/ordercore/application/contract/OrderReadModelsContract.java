package dev.ordercore.application.contract;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.fixtures.MutableClock;
import dev.ordercore.application.fixtures.OrderFixtures;
import dev.ordercore.application.fixtures.Principals;
import dev.ordercore.application.port.in.AppendStatusEntryCommand;
import dev.ordercore.application.port.in.CreateCategoryCommand;
import dev.ordercore.application.port.in.CreateKlassCommand;
import dev.ordercore.application.port.in.CreateProductCommand;
import dev.ordercore.application.port.in.DeleteOrderCommand;
import dev.ordercore.application.port.in.GetBusinessModelQuery;
import dev.ordercore.application.port.in.GetDashboardSummaryQuery;
import dev.ordercore.application.port.in.PlaceOrderCommand;
import dev.ordercore.application.port.in.PlanningQuery;
import dev.ordercore.application.port.in.ProcurementPlans;
import dev.ordercore.application.port.in.SetStockLevelCommand;
import dev.ordercore.application.port.in.TransitionLineItemCommand;
import dev.ordercore.application.port.in.TransitionOrderCommand;
import dev.ordercore.application.port.out.ConfiguredTenantPolicies;
import dev.ordercore.application.port.out.OrderFilter;
import dev.ordercore.application.port.out.TenantPolicy;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.catalog.CategoryType;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.DeliveryDirection;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderDelivery;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusEntries;
import dev.ordercore.domain.planning.BusinessModel;
import dev.ordercore.domain.planning.DashboardFigures;
import dev.ordercore.domain.planning.DashboardSummary;
import dev.ordercore.domain.planning.DashboardWindows;
import dev.ordercore.domain.planning.Demand;
import dev.ordercore.domain.planning.DemandHorizon;
import dev.ordercore.domain.planning.DemandRequirement;
import dev.ordercore.domain.planning.OrderVolume;
import dev.ordercore.domain.planning.StockLevel;
import dev.ordercore.domain.settings.TenantSettings;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link dev.ordercore.application.port.out.OrderReadModels} and
 * {@link dev.ordercore.application.port.out.StockLevelRepository} does: on random orders placed,
 * moved, cancelled, blocked and deleted through the use cases, each read model equals the domain's
 * definition over the tenant's stored orders (so both stores agree), another tenant's orders never
 * count (R35), and stock levels are replaced per product. The tenant's zone is Stockholm and "now"
 * is half past midnight there, so a store that took days in UTC would be caught.
 */
public abstract class OrderReadModelsContract {

    static final TenantId TENANT = TenantId.of("bakery");
    static final TenantId OTHER = TenantId.of("other-bakery");
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    static final Instant NOW = Instant.parse("2026-03-02T23:30:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-03");
    static final CustomerId CAFE = new CustomerId(java.util.UUID.fromString("0190f7a4-5c1e-7c3a-9f00-0000000000c1"));

    /** Fresh, empty stores on {@code clock}; called once per test or try. */
    protected abstract OrderCorePorts ports(Clock clock);

    record Catalog(KlassId bread, List<ProductId> products) {
    }

    private MutableClock clock;
    private OrderCorePorts ports;
    private OrderCore core;

    private void freshStores() {
        clock = new MutableClock(NOW.minus(Duration.ofDays(45)));
        ports = ports(clock);
        core = OrderCore.create(ports);
        for (TenantId t : List.of(TENANT, OTHER)) {
            TenantPolicy d = TenantPolicy.DEFAULT;
            ((ConfiguredTenantPolicies) ports.policies()).set(t, new TenantPolicy(d.rounding(), d.orderNumberPrefix(), ZONE, d.lifecycles(),
                    d.intentLimits(), d.tax()));
        }
    }

    static <T> T ok(Result<T, OrderError> r) {
        return r.orElseThrow(e -> new IllegalStateException("refused: " + e.message()));
    }

    private Catalog catalog(TenantId tenant, int products) {
        Principal admin = Principals.admin(tenant);
        var bakery = ok(core.createCategory().create(new CreateCategoryCommand(admin, tenant, "Bakery", CategoryType.SALE)));
        var bread = ok(core.createKlass().create(new CreateKlassCommand(admin, tenant, "Bread", bakery.id(),
                List.of(new Klass.PriceDraft(null, new BigDecimal("30.00"), Currency.getInstance("SEK"))))));
        List<ProductId> ids = new ArrayList<>();
        for (int i = 0; i < products; i++) {
            ids.add(ok(core.createProduct().create(new CreateProductCommand(admin, tenant, bread.id(), "BREAD-" + i, "Bread " + i,
                    JsonObject.empty()))).id());
        }
        return new Catalog(bread.id(), ids);
    }

    // ---- random orders

    private LineItemDraft randomLine(Random r, Catalog c) {
        LineItemDraft.Builder b = LineItemDraft.builder()
                .quantity(1 + r.nextInt(r.nextInt(4) == 0 ? 150 : 30))
                // at most 4 lines x 150 x 119.99 = 71,994: under the default maximum order value (100,000), which the
                // read models are not about (a random order above it was refused and failed the property now and then)
                .unitPrice(r.nextInt(120) + "." + (10 + r.nextInt(90)));
        LocalDate on = TODAY.plusDays(r.nextInt(36) - 10);
        b.on(on);
        int kind = r.nextInt(10);
        if (kind < 7) {
            b.product(c.products().get(r.nextInt(c.products().size())));
            if (r.nextInt(5) < 2) {
                b.delivery(new OrderDelivery(r.nextBoolean() ? DeliveryDirection.OUTBOUND : DeliveryDirection.INBOUND, Optional.empty(),
                        Optional.of(OrderFixtures.SITE), on.minusDays(r.nextInt(4))));
            }
        } else if (kind < 9) {
            b.description("Delivery fee");
        } else {
            b.klass(c.bread());
        }
        return b.build();
    }

    private Order placeRandom(Random r, TenantId tenant, Catalog c) {
        OrderDraft.Builder d = OrderDraft.builder(Currency.getInstance(r.nextInt(3) == 0 ? "EUR" : "SEK")).customer(CAFE);
        int lines = 1 + r.nextInt(4);
        for (int i = 0; i < lines; i++) {
            d.line(randomLine(r, c));
        }
        return ok(core.placeOrder().place(new PlaceOrderCommand(Principals.operator(tenant), tenant, d.build())));
    }

    private Order move(TenantId tenant, Order o, String status) {
        return ok(core.transitionOrder().transition(new TransitionOrderCommand(Principals.admin(tenant), tenant, o.id(), status,
                Optional.of("contract"), false, Optional.empty())));
    }

    private Order moveLine(TenantId tenant, Order o, LineItem line, String status) {
        return ok(core.transitionLineItem().transition(new TransitionLineItemCommand(Principals.admin(tenant), tenant, o.id(), line.id(),
                status, Optional.of("contract"), false, Optional.empty())));
    }

    /** Moves the order somewhere along its lifecycle, or cancels, rejects, blocks or deletes it. */
    private void act(Random r, TenantId tenant, Order o) {
        switch (r.nextInt(10)) {
            case 0, 1, 2 -> { }
            case 3 -> o = move(tenant, o, "CANCELLED");
            case 4 -> o = move(tenant, o, "REJECTED");
            case 5 -> moveLine(tenant, o, o.lineItems().get(r.nextInt(o.lineItems().size())), "CANCELLED");
            case 6 -> ok(core.deleteOrder().delete(new DeleteOrderCommand(Principals.admin(tenant), tenant, o.id(), Optional.of("twice"),
                    Optional.empty())));
            case 7 -> ok(core.appendStatusEntry().append(new AppendStatusEntryCommand(Principals.module(tenant, "inventory"), tenant, o.id(),
                    new StatusEntries.Request(Optional.empty(), "inventory:reservation_backordered", Optional.of("fulfillment"),
                            Severity.BLOCKING, JsonObject.empty(), Optional.empty(), Optional.empty(), Optional.empty()))));
            default -> {
                List<String> path = List.of("CONFIRMED", "PAID", "PREPARING", "SHIPPED");
                int steps = 1 + r.nextInt(path.size() + 1);
                for (int i = 0; i < Math.min(steps, path.size()); i++) {
                    o = move(tenant, o, path.get(i));
                }
                if (steps > path.size()) {
                    for (LineItem line : o.lineItems()) {
                        for (String s : List.of("CONFIRMED", "ALLOCATED", "SHIPPED", "DELIVERED")) {
                            o = moveLine(tenant, o, o.line(line.id()).orElseThrow(), s);
                        }
                    }
                    o = move(tenant, o, "DELIVERED");
                    if (r.nextBoolean()) {
                        move(tenant, o, "COMPLETED");
                    }
                }
            }
        }
    }

    private void randomOrders(long seed) {
        Random r = new Random(seed);
        Catalog mine = catalog(TENANT, 4);
        Catalog theirs = catalog(OTHER, 2);
        int count = 15 + r.nextInt(10);
        long[] minutes = r.longs(count, 0, Duration.ofDays(45).toMinutes()).sorted().toArray();
        Instant start = clock.instant();
        for (long m : minutes) {
            clock.set(start.plus(Duration.ofMinutes(m)));
            boolean other = r.nextInt(6) == 0;
            TenantId tenant = other ? OTHER : TENANT;
            act(r, tenant, placeRandom(r, tenant, other ? theirs : mine));
        }
        clock.set(NOW);
    }

    private List<Order> storedOrders() {
        return ports.orders().list(TENANT, OrderFilter.ALL, Optional.empty(), 10_000);
    }

    private static TenantSettings wholesaleAbove(int units) {
        TenantSettings.Draft d = TenantSettings.DEFAULTS.toDraft();
        return ok(TenantSettings.create(new TenantSettings.Draft(d.maxOrderItems(), d.minOrderValue(), d.maxOrderValue(), d.autoApproveOrders(),
                d.creditCheckEnabled(), d.highValueOrderThreshold(), units, d.rushOrderHoursThreshold(), d.procurementShortageThreshold(),
                d.maxDiscountPercentage(), d.procurementLeadTimeDays(), d.safetyStockPercentage(), d.demandForecastDays(),
                d.centralBakeryOrderThreshold(), d.individualBakeryOrderThreshold())));
    }

    @Property(tries = 4)
    @Label("R38 R40 every read model equals the domain's definition over the stored orders, on random orders")
    void R38_R40_every_read_model_equals_its_definition_over_the_stored_orders(@ForAll long seed) {
        freshStores();
        randomOrders(seed);
        LifecycleSet lifecycles = ports.policies().policyFor(TENANT).lifecycles();
        List<Order> orders = storedOrders();
        DashboardWindows windows = DashboardWindows.of(ZONE, NOW);
        DemandHorizon horizon = new DemandHorizon(TODAY.minusDays(5), 30);
        TenantSettings settings = wholesaleAbove(60);

        DashboardFigures dashboard = ports.readModels().dashboard(TENANT, lifecycles, windows);
        List<DemandRequirement> demand = ports.readModels().demand(TENANT, lifecycles, horizon);
        OrderVolume volume = ports.readModels().volume(TENANT, lifecycles, settings, OrderVolume.windowStart(TODAY), TODAY, ZONE);

        assertThat(dashboard).isEqualTo(DashboardFigures.of(orders, lifecycles, windows));
        assertThat(demand).isEqualTo(Demand.of(orders, lifecycles, horizon));
        assertThat(volume).isEqualTo(OrderVolume.of(orders, lifecycles, settings, OrderVolume.windowStart(TODAY), TODAY, ZONE));
        Statistics.label("demand").collect(demand.isEmpty() ? "none" : "some");
        Statistics.label("blocked").collect(dashboard.blockedOrders() > 0 ? "some" : "none");
        Statistics.label("wholesale").collect(volume.wholesaleOrders() > 0 ? "some" : "none");
        Statistics.label("demand").coverage(c -> c.check("some").count(n -> n > 0));
        Statistics.label("blocked").coverage(c -> c.check("some").count(n -> n > 0));
    }

    // ---- examples

    private Order place(TenantId tenant, Currency currency, LineItemDraft... lines) {
        OrderDraft.Builder d = OrderDraft.builder(currency).customer(CAFE);
        for (LineItemDraft l : lines) {
            d.line(l);
        }
        return ok(core.placeOrder().place(new PlaceOrderCommand(Principals.operator(tenant), tenant, d.build())));
    }

    @Test
    void R38_a_line_with_an_outbound_delivery_is_needed_on_the_delivery_date_and_cancelled_or_deleted_orders_need_nothing() {
        freshStores();
        clock.set(NOW);
        Catalog c = catalog(TENANT, 2);
        ProductId rye = c.products().get(0);
        LocalDate baking = TODAY.plusDays(3);
        place(TENANT, Currency.getInstance("SEK"), LineItemDraft.builder().product(rye).quantity(7).unitPrice("30.00").on(baking)
                .delivery(new OrderDelivery(DeliveryDirection.OUTBOUND, Optional.empty(), Optional.of(OrderFixtures.SITE), baking.minusDays(1)))
                .build());
        place(TENANT, Currency.getInstance("SEK"), LineItemDraft.builder().product(rye).quantity(5).unitPrice("30.00").on(baking).build());
        Order cancelled = place(TENANT, Currency.getInstance("SEK"), LineItemDraft.builder().product(rye).quantity(100).unitPrice("30.00")
                .on(baking).build());
        move(TENANT, cancelled, "CANCELLED");
        Order deleted = place(TENANT, Currency.getInstance("SEK"), LineItemDraft.builder().product(rye).quantity(200).unitPrice("30.00")
                .on(baking).build());
        ok(core.deleteOrder().delete(new DeleteOrderCommand(Principals.admin(TENANT), TENANT, deleted.id(), Optional.empty(), Optional.empty())));

        var answer = ok(core.demandRequirements().get(new PlanningQuery(Principals.viewer(TENANT), TENANT, Optional.empty(), Optional.empty())));

        assertThat(answer.horizon()).isEqualTo(new DemandHorizon(TODAY, TenantSettings.DEFAULTS.demandForecastDays()));
        assertThat(answer.requirements()).containsExactly(new DemandRequirement(rye, baking.minusDays(1), 7),
                new DemandRequirement(rye, baking, 5));
        assertThat(ok(core.demandRequirements().get(new PlanningQuery(Principals.viewer(OTHER), OTHER, Optional.empty(), Optional.empty())))
                .requirements()).as("R35").isEmpty();
    }

    @Test
    void R39_procurement_plans_weigh_the_horizons_demand_against_the_stock_with_the_tenants_safety_stock_and_lead_time() {
        freshStores();
        clock.set(NOW);
        Catalog c = catalog(TENANT, 2);
        ProductId rye = c.products().get(0);
        ProductId wheat = c.products().get(1);
        place(TENANT, Currency.getInstance("SEK"),
                LineItemDraft.builder().product(rye).quantity(10).unitPrice("30.00").on(TODAY.plusDays(2)).build(),
                LineItemDraft.builder().product(rye).quantity(10).unitPrice("30.00").on(TODAY.plusDays(5)).build(),
                LineItemDraft.builder().product(wheat).quantity(4).unitPrice("20.00").on(TODAY.plusDays(1)).build());
        ok(core.setStockLevel().set(new SetStockLevelCommand(Principals.operator(TENANT), TENANT, rye, 15L)));
        ok(core.setStockLevel().set(new SetStockLevelCommand(Principals.operator(TENANT), TENANT, wheat, 9L)));

        ProcurementPlans plans = ok(core.procurementPlans().get(new PlanningQuery(Principals.viewer(TENANT), TENANT, Optional.empty(),
                Optional.empty())));

        // rye: 20 × 1.2 = 24 required, 15 in stock: 9 to buy; 10 × 1.2 = 12 ≤ 15 on day 2, 24 > 15 on day 5; order 3 days before
        assertThat(plans.plans()).hasSize(2);
        var ryePlan = plans.plans().get(0);
        assertThat(ryePlan.product()).isEqualTo(rye);
        assertThat(List.of(ryePlan.demand(), ryePlan.required(), ryePlan.available(), ryePlan.need())).containsExactly(20L, 24L, 15L, 9L);
        assertThat(ryePlan.needDate()).contains(TODAY.plusDays(5));
        assertThat(ryePlan.orderBy()).contains(TODAY.plusDays(2));
        assertThat(ryePlan.late()).isFalse();
        var wheatPlan = plans.plans().get(1);
        assertThat(List.of(wheatPlan.required(), wheatPlan.need())).containsExactly(5L, 0L);
        assertThat(wheatPlan.needDate()).isEmpty();
        assertThat(plans.leadTimeDays()).isEqualTo(3);
    }

    @Test
    void stock_levels_are_replaced_per_product_refused_for_unknown_products_and_viewers_and_never_seen_by_another_tenant() {
        freshStores();
        clock.set(NOW);
        Catalog c = catalog(TENANT, 1);
        ProductId rye = c.products().get(0);

        ok(core.setStockLevel().set(new SetStockLevelCommand(Principals.operator(TENANT), TENANT, rye, 40L)));
        StockLevel second = ok(core.setStockLevel().set(new SetStockLevelCommand(Principals.operator(TENANT), TENANT, rye, 12L)));

        assertThat(ports.stockLevels().find(TENANT, rye)).contains(second);
        assertThat(second.updatedAt()).isEqualTo(NOW);
        assertThat(ports.stockLevels().available(TENANT, Set.of(rye))).isEqualTo(Map.of(rye, 12L));
        assertThat(ports.stockLevels().available(OTHER, Set.of(rye))).as("R35").isEmpty();
        assertThat(ports.stockLevels().find(OTHER, rye)).as("R35").isEmpty();
        assertThat(core.setStockLevel().set(new SetStockLevelCommand(Principals.operator(OTHER), OTHER, rye, 1L)).error())
                .as("R35: another tenant's product is unknown").isEqualTo(new OrderError.NotFound(EntityType.PRODUCT, rye.toString()));
        assertThat(core.setStockLevel().set(new SetStockLevelCommand(Principals.viewer(TENANT), TENANT, rye, 1L)).error())
                .isInstanceOf(OrderError.Forbidden.class);
        assertThat(core.setStockLevel().set(new SetStockLevelCommand(Principals.operator(TENANT), TENANT, rye, -1L)).error())
                .isInstanceOf(OrderError.ValidationFailed.class);
        assertThat(ports.stockLevels().find(TENANT, rye)).contains(second);
    }

    @Test
    void the_dashboard_counts_todays_orders_in_the_tenants_zone_and_the_business_model_reads_the_last_30_days() {
        freshStores();
        Catalog c = catalog(TENANT, 1);
        clock.set(Instant.parse("2026-03-02T22:59:59Z")); // 23:59:59 on 2 March in Stockholm: yesterday
        place(TENANT, Currency.getInstance("SEK"), LineItemDraft.builder().product(c.products().get(0)).quantity(2).unitPrice("10.00")
                .on(TODAY).build());
        clock.set(Instant.parse("2026-03-02T23:00:00Z")); // midnight in Stockholm: today
        Order today = place(TENANT, Currency.getInstance("SEK"), LineItemDraft.builder().product(c.products().get(0)).quantity(1)
                .unitPrice("5.00").on(TODAY).build());
        clock.set(NOW);

        DashboardSummary summary = ok(core.dashboardSummary().get(new GetDashboardSummaryQuery(Principals.viewer(TENANT), TENANT)));

        assertThat(summary.today()).isEqualTo(TODAY);
        assertThat(summary.revenueToday()).containsExactly(Money.of("5.00", "SEK"));
        assertThat(summary.revenueLast7Days()).containsExactly(Money.of("25.00", "SEK"));
        assertThat(summary.averageOrderValueLast30Days()).containsExactly(Money.of("12.50", "SEK"));
        assertThat(summary.ordersByStatus()).containsEntry("PENDING", 2L).containsEntry("CONFIRMED", 0L);
        assertThat(summary.pendingConfirmations()).isEqualTo(2);
        assertThat(summary.topProducts()).extracting(p -> p.quantity()).containsExactly(3L);
        assertThat(today.createdAt()).isEqualTo(Instant.parse("2026-03-02T23:00:00Z"));

        var model = ok(core.businessModel().get(new GetBusinessModelQuery(Principals.viewer(TENANT), TENANT)));
        assertThat(model.volume().orders()).as("only yesterday's order is in the 30 whole days before today").isEqualTo(1);
        assertThat(model.model()).isEqualTo(BusinessModel.INDIVIDUAL);
        assertThat(core.dashboardSummary().get(new GetDashboardSummaryQuery(Principals.viewer(OTHER), TENANT)).error())
                .as("R35").isEqualTo(new OrderError.NotFound(EntityType.TENANT, TENANT.value()));
    }
}
