package dev.ordercore.domain.planning;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.order.LifecycleSet;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.order.OrderIds;
import dev.ordercore.domain.order.OrderNumber;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusEntries;
import dev.ordercore.domain.order.TransitionRequest;
import dev.ordercore.domain.planning.Activity.StateRef;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.Uuids;
import dev.ordercore.domain.testing.OrderFixtures;
import dev.ordercore.domain.testing.OrderJournal;
import dev.ordercore.domain.testing.TenantSetup;
import dev.ordercore.domain.testing.ValueArbitraries;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static dev.ordercore.domain.testing.OrderFixtures.CHABLIS_2022;
import static dev.ordercore.domain.testing.OrderFixtures.FILTER_A;
import static dev.ordercore.domain.testing.OrderFixtures.aCharge;
import static dev.ordercore.domain.testing.OrderFixtures.aSale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link DashboardFigures#of}, the definition every store's dashboard answers as, on orders placed,
 * moved, cancelled, blocked and deleted through the domain. "Now" is noon UTC on 2 March 2026 in a
 * UTC tenant: today starts on 2 March, the last 7 days on 24 February, the last 30 days on
 * 31 January, and every period ends at the start of 3 March.
 */
class DashboardFiguresTest {

    private static final DashboardWindows WINDOWS = DashboardWindows.of(ZoneOffset.UTC, Instant.parse("2026-03-02T12:00:00Z"));
    private static final LifecycleSet LIFECYCLES = LifecycleSet.DEFAULT;
    private static final String ORDER = LIFECYCLES.order().name();
    private static final Instant TODAY = Instant.parse("2026-03-02T10:00:00Z");
    private static final Principal CREDIT = Principal.moduleWriter("credit-check", OrderFixtures.TENANT, "credit");

    private long seed;

    /** Places {@code draft} (valid) at {@code createdAt}, with ids of its own. */
    private OrderJournal placedAt(Instant createdAt, OrderDraft draft) {
        return placedAt(OrderFixtures.setup(draft.currency().getCurrencyCode()), createdAt, draft);
    }

    private OrderJournal placedAt(TenantSetup setup, Instant createdAt, OrderDraft draft) {
        seed++;
        Uuids uuids = ValueArbitraries.uuidGenerator(seed);
        Order.Placement placement = new Order.Placement(setup.tenant(), OrderId.next(uuids), OrderNumber.of("ORD", 2026, seed), draft,
                setup.catalog(), setup.rounding(), setup.lifecycles(), OrderIds.fresh(uuids), Optional.empty(), setup.operator(), createdAt);
        OrderJournal journal = OrderJournal.placed(Order.place(placement).orElseThrow(e -> new IllegalStateException(e.message())),
                setup.lifecycles(), seed, createdAt);
        assertThat(journal.order().createdAt()).isEqualTo(createdAt);
        return journal;
    }

    private static OrderDraft sek(LineItemDraft... lines) {
        return order("SEK", lines);
    }

    private static OrderDraft order(String currency, LineItemDraft... lines) {
        OrderDraft.Builder d = OrderDraft.builder(Currency.getInstance(currency));
        for (LineItemDraft l : lines) {
            d.line(l);
        }
        return d.build();
    }

    private static LineItemDraft chablis(int bottles, String price) {
        return aSale().quantity(bottles).unitPrice(price).build();
    }

    private static LineItemDraft filters(int units) {
        return aSale().product(FILTER_A.id()).quantity(units).unitPrice("35.50").build();
    }

    private static LineItemDraft charge(String price) {
        return aCharge().unitPrice(price).build();
    }

    private static OrderJournal blocked(OrderJournal journal) {
        StatusEntries.Request limitExceeded = new StatusEntries.Request(Optional.empty(), "credit:limit_exceeded", Optional.empty(),
                Severity.BLOCKING, JsonObject.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        OrderJournal held = journal.write(limitExceeded, CREDIT).value();
        assertThat(held.order().isBlocked()).isTrue();
        return held;
    }

    private static OrderJournal moved(OrderJournal journal, String to) {
        return journal.transition(TransitionRequest.to(to, OrderFixtures.setup().operator())).value();
    }

    private static OrderJournal deleted(OrderJournal journal) {
        OrderJournal gone = journal.delete("entered twice", OrderFixtures.setup().admin()).value();
        assertThat(gone.order().isDeleted()).isTrue();
        return gone;
    }

    private static Revenue revenue(String amount, String currency, long orders) {
        return new Revenue(Money.of(amount, currency), orders);
    }

    private static DashboardFigures of(OrderJournal... journals) {
        return DashboardFigures.of(List.of(journals).stream().map(OrderJournal::order).toList(), LIFECYCLES, WINDOWS);
    }

    @Test
    void no_orders_have_no_figures() {
        assertThat(DashboardFigures.of(List.of(), LIFECYCLES, WINDOWS))
                .isEqualTo(new DashboardFigures(Map.of(), 0, List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void a_deleted_order_is_in_no_figure_even_when_it_is_blocked_created_today_and_sells_a_product() {
        OrderJournal gone = deleted(blocked(placedAt(TODAY, sek(chablis(50, "150.00")))));
        OrderJournal kept = placedAt(TODAY, sek(chablis(1, "150.00")));

        assertThat(of(gone, kept)).isEqualTo(new DashboardFigures(Map.of(new StateRef(ORDER, "PENDING"), 1L), 0,
                List.of(revenue("150.00", "SEK", 1)), List.of(revenue("150.00", "SEK", 1)), List.of(revenue("150.00", "SEK", 1)),
                List.of(new ProductQuantity(CHABLIS_2022.id(), 1))));
    }

    @Test
    void orders_are_counted_per_lifecycle_and_state_whenever_they_were_created_and_blocked_orders_once_each() {
        Instant longAgo = Instant.parse("2025-06-01T08:00:00Z");
        OrderJournal pending = placedAt(longAgo, sek(charge("10.00")));
        OrderJournal blockedPending = blocked(placedAt(longAgo, sek(charge("10.00"))));
        OrderJournal confirmed = moved(placedAt(longAgo, sek(charge("10.00"))), "CONFIRMED");
        OrderJournal blockedConfirmed = blocked(moved(placedAt(longAgo, sek(charge("10.00"))), "CONFIRMED"));
        OrderJournal paid = moved(moved(placedAt(longAgo, sek(charge("10.00"))), "CONFIRMED"), "PAID");
        OrderJournal rejected = moved(placedAt(longAgo, sek(charge("10.00"))), "REJECTED");

        assertThat(of(pending, blockedPending, confirmed, blockedConfirmed, paid, rejected)).isEqualTo(new DashboardFigures(Map.of(
                new StateRef(ORDER, "PENDING"), 2L, new StateRef(ORDER, "CONFIRMED"), 2L, new StateRef(ORDER, "PAID"), 1L,
                new StateRef(ORDER, "REJECTED"), 1L), 2, List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void an_order_counts_in_a_period_from_the_periods_first_instant_up_to_but_not_at_the_start_of_tomorrow() {
        OrderJournal atTodaysStart = placedAt(WINDOWS.todayStart(), sek(chablis(2, "150.00")));
        OrderJournal atTomorrowsStart = placedAt(WINDOWS.end(), sek(chablis(5, "150.00")));
        OrderJournal atLast7DaysStart = placedAt(WINDOWS.last7DaysStart(), sek(chablis(3, "150.00")));
        OrderJournal justBeforeToday = placedAt(WINDOWS.todayStart().minusNanos(1), sek(filters(2)));
        OrderJournal atLast30DaysStart = placedAt(WINDOWS.last30DaysStart(), sek(filters(4)));
        OrderJournal justBeforeLast7Days = placedAt(WINDOWS.last7DaysStart().minusNanos(1), sek(charge("1.00")));
        OrderJournal justBeforeLast30Days = placedAt(WINDOWS.last30DaysStart().minusNanos(1), sek(chablis(100, "150.00")));

        DashboardFigures figures = of(atTodaysStart, atTomorrowsStart, atLast7DaysStart, justBeforeToday, atLast30DaysStart,
                justBeforeLast7Days, justBeforeLast30Days);

        // today: 300.00; 7 days: + 450.00 + 71.00; 30 days: + 142.00 + 1.00; units: filters 2 + 4, Chablis 2 + 3
        assertThat(figures).isEqualTo(new DashboardFigures(Map.of(new StateRef(ORDER, "PENDING"), 7L), 0,
                List.of(revenue("300.00", "SEK", 1)), List.of(revenue("821.00", "SEK", 3)), List.of(revenue("964.00", "SEK", 5)),
                List.of(new ProductQuantity(FILTER_A.id(), 6), new ProductQuantity(CHABLIS_2022.id(), 5))));
    }

    @Test
    void revenue_is_summed_per_currency_and_never_converted() {
        OrderJournal sekToday = placedAt(TODAY, sek(chablis(1, "150.00"), charge("250.00")));
        OrderJournal eurToday = placedAt(TODAY, order("EUR", chablis(2, "20.00")));
        OrderJournal sekLastWeek = placedAt(WINDOWS.last7DaysStart(), sek(charge("99.99")));
        OrderJournal eurLastMonth = placedAt(WINDOWS.last30DaysStart(), order("EUR", charge("0.01")));
        OrderJournal usdLastMonth = placedAt(WINDOWS.last30DaysStart(), order("USD", charge("7.00")));

        assertThat(of(sekToday, eurToday, sekLastWeek, eurLastMonth, usdLastMonth)).isEqualTo(new DashboardFigures(
                Map.of(new StateRef(ORDER, "PENDING"), 5L), 0,
                List.of(revenue("40.00", "EUR", 1), revenue("400.00", "SEK", 1)),
                List.of(revenue("40.00", "EUR", 1), revenue("499.99", "SEK", 2)),
                List.of(revenue("40.01", "EUR", 2), revenue("499.99", "SEK", 2), revenue("7.00", "USD", 1)),
                List.of(new ProductQuantity(CHABLIS_2022.id(), 3))));
    }

    @Test
    void R16_cancelled_lines_bring_no_revenue_and_no_units_and_an_order_without_a_counted_line_is_not_counted_in_the_revenue() {
        OrderJournal twoLines = placedAt(TODAY, sek(filters(10), chablis(1, "150.00")));
        OrderJournal oneLineCancelled = twoLines.transitionLine(twoLines.order().lineItems().get(0).id(),
                TransitionRequest.to("CANCELLED", OrderFixtures.setup().operator())).value();
        OrderJournal cancelled = moved(placedAt(TODAY, sek(filters(7), charge("250.00"))), "CANCELLED");
        assertThat(oneLineCancelled.order().lineItems()).extracting(l -> l.status()).containsExactly("CANCELLED", "PENDING");
        assertThat(cancelled.order().lineItems()).extracting(l -> l.status()).containsExactly("CANCELLED", "CANCELLED");

        assertThat(of(oneLineCancelled, cancelled)).isEqualTo(new DashboardFigures(Map.of(new StateRef(ORDER, "PENDING"), 1L,
                new StateRef(ORDER, "CANCELLED"), 1L), 0, List.of(revenue("150.00", "SEK", 1)), List.of(revenue("150.00", "SEK", 1)),
                List.of(revenue("150.00", "SEK", 1)), List.of(new ProductQuantity(CHABLIS_2022.id(), 1))));
    }

    @Test
    void a_refunded_line_does_not_count_either() {
        OrderJournal placed = placedAt(TODAY, sek(filters(3), chablis(2, "150.00")));
        OrderJournal refunded = placed;
        for (String to : List.of("CANCELLED", "REFUNDED")) {
            refunded = refunded.transitionLine(placed.order().lineItems().get(1).id(),
                    TransitionRequest.to(to, OrderFixtures.setup().operator())).value();
        }

        assertThat(of(refunded)).isEqualTo(new DashboardFigures(Map.of(new StateRef(ORDER, "PENDING"), 1L), 0,
                List.of(revenue("106.50", "SEK", 1)), List.of(revenue("106.50", "SEK", 1)), List.of(revenue("106.50", "SEK", 1)),
                List.of(new ProductQuantity(FILTER_A.id(), 3))));
    }

    @Test
    void units_of_a_product_are_summed_over_the_lines_and_orders_of_the_last_30_days_and_lines_without_a_product_name_none() {
        OrderJournal first = placedAt(TODAY, sek(chablis(2, "150.00"), chablis(3, "140.00"), charge("250.00")));
        OrderJournal second = placedAt(WINDOWS.last30DaysStart(), sek(chablis(4, "150.00"), filters(8)));
        OrderJournal older = placedAt(WINDOWS.last30DaysStart().minusSeconds(1), sek(filters(100)));

        assertThat(of(first, second, older).topProducts()).containsExactly(new ProductQuantity(CHABLIS_2022.id(), 9),
                new ProductQuantity(FILTER_A.id(), 8));
    }

    @Test
    void the_ten_products_with_the_most_units_are_named() {
        List<Product> products = IntStream.rangeClosed(1, 11).mapToObj(i -> Product.create(
                new ProductId(Uuids.nameBased("dashboard", "product " + i)), OrderFixtures.TENANT, OrderFixtures.CHABLIS.id(), "P-" + i,
                "Product " + i, JsonObject.empty(), OrderFixtures.NOW).orElseThrow(e -> new IllegalStateException(e.message()))).toList();
        CatalogSnapshot base = OrderFixtures.CATALOG;
        Map<ProductId, Product> all = new HashMap<>(base.products());
        products.forEach(p -> all.put(p.id(), p));
        TenantSetup setup = OrderFixtures.setup().withCatalog(new CatalogSnapshot(base.categories(), base.klasses(), all, base.assets()));
        OrderDraft.Builder draft = OrderDraft.builder(Currency.getInstance("SEK"));
        for (int i = 0; i < products.size(); i++) {
            draft.line(aSale().product(products.get(i).id()).quantity(i + 1).unitPrice("1.00").build());
        }

        DashboardFigures figures = DashboardFigures.of(List.of(placedAt(setup, TODAY, draft.build()).order()), LIFECYCLES, WINDOWS);

        assertThat(DashboardFigures.TOP_PRODUCTS).isEqualTo(10);
        assertThat(figures.topProducts()).containsExactlyElementsOf(IntStream.iterate(11, i -> i >= 2, i -> i - 1)
                .mapToObj(i -> new ProductQuantity(products.get(i - 1).id(), i)).toList());
        assertThat(figures.today()).containsExactly(revenue("66.00", "SEK", 1));
    }

    @Test
    void a_negative_blocked_count_is_refused_and_no_revenue_list_may_be_missing() {
        assertThatNoException().isThrownBy(() -> new DashboardFigures(Map.of(), 0, List.of(), List.of(), List.of(), List.of()));
        assertThatThrownBy(() -> new DashboardFigures(Map.of(), -1, List.of(), List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("blocked orders are 0 or more, got -1");
        assertThatThrownBy(() -> new DashboardFigures(Map.of(), 0, List.of(), null, List.of(), List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("revenue");
    }
}
