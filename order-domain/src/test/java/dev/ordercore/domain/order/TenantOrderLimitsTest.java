package dev.ordercore.domain.order;

import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Uuids;
import dev.ordercore.domain.shared.Violation;
import dev.ordercore.domain.testing.OrderFixtures;
import dev.ordercore.domain.testing.PlacedOrder;
import dev.ordercore.domain.testing.TenantSetup;
import dev.ordercore.domain.testing.ValueArbitraries;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static dev.ordercore.domain.testing.OrderFixtures.aSale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Seed 002's order limits from a tenant's settings: maxOrderItems, minOrderValue, maxOrderValue, on placing and adjusting. */
class TenantOrderLimitsTest {

    private static final TenantSetup SETUP = OrderFixtures.setup();

    /** Twelve bottles at 150.00: 1800.00 a line. */
    private static OrderDraft sales(int lines) {
        OrderDraft.Builder draft = OrderFixtures.anOrder();
        for (int i = 0; i < lines; i++) {
            draft.line(aSale().build());
        }
        return draft.build();
    }

    private static Result<OrderChange, OrderError> place(OrderDraft draft, OrderLimits limits) {
        Uuids uuids = ValueArbitraries.uuidGenerator(3);
        return Order.place(new Order.Placement(SETUP.tenant(), OrderId.next(uuids), () -> OrderNumber.of("ORD", 2026, 1), draft,
                SETUP.catalog(), SETUP.rounding(), SETUP.lifecycles(), OrderIds.fresh(uuids), Optional.empty(), SETUP.operator(),
                ValueArbitraries.EPOCH, limits));
    }

    private static List<Violation> violations(Result<?, OrderError> result) {
        assertThat(result.isErr()).as("expected a refusal, got %s", result).isTrue();
        return ((OrderError.ValidationFailed) result.error()).violations();
    }

    private static OrderLimits limits(int maxLines, String min, String max) {
        return OrderLimits.of(maxLines, new BigDecimal(min), new BigDecimal(max));
    }

    @Test
    void an_order_with_more_lines_than_max_order_items_is_refused_naming_the_setting_with_every_other_violation() {
        OrderDraft draft = OrderFixtures.anOrder().line(aSale().build()).line(aSale().build()).line(aSale().quantity(0).build()).build();

        List<Violation> refused = violations(place(draft, limits(2, "0", "100000")));

        assertThat(refused).extracting(Violation::path, Violation::code).contains(tuple("lineItems", "too_many_lines"));
        assertThat(refused).extracting(Violation::path).anyMatch(path -> path.startsWith("lineItems[2]"));
        assertThat(refused).filteredOn(v -> v.code().equals("too_many_lines")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("settings.maxOrderItems").contains("at most 2").contains("got 3"));
    }

    @Test
    void an_order_with_exactly_max_order_items_lines_is_placed() {
        assertThat(place(sales(3), limits(3, "0", "100000")).isOk()).isTrue();
    }

    @Test
    void an_order_whose_total_is_outside_the_value_range_is_refused_and_either_bound_itself_is_allowed() {
        assertThat(violations(place(sales(1), limits(50, "1800.01", "100000")))).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("lineItems", "order_value_below_minimum"));
        assertThat(violations(place(sales(2), limits(50, "0", "3599.99")))).singleElement()
                .satisfies(v -> assertThat(v.code()).isEqualTo("order_value_above_maximum"))
                .satisfies(v -> assertThat(v.message()).contains("3600.00").contains("settings.maxOrderValue"));
        assertThat(place(sales(1), limits(50, "1800.00", "1800.00")).isOk()).isTrue();
    }

    @Test
    void a_value_refusal_is_reported_with_a_wrong_expected_total() {
        OrderDraft draft = sales(2).withExpectedTotal(new BigDecimal("1.00"));

        assertThat(violations(place(draft, limits(50, "0", "1000")))).extracting(Violation::code)
                .containsExactlyInAnyOrder("order_value_above_maximum", "total_mismatch");
    }

    @Test
    void without_a_tenants_limits_only_the_models_own_apply() {
        assertThat(place(sales(60), OrderLimits.MODEL).isOk()).isTrue();
        assertThat(OrderLimits.MODEL.maxLines()).isEqualTo(Order.MAX_LINES);
    }

    // ---- adjusting

    private static Result<OrderChange, OrderError> adjust(Order order, List<LineItemDraft> add, List<LineItemId> cancel, OrderLimits limits) {
        return order.adjust(new Order.Adjustment(add, cancel, "customer called", SETUP.operator(), limits), SETUP.catalog(), SETUP.rounding(),
                SETUP.lifecycles(), OrderIds.fresh(ValueArbitraries.uuidGenerator(9)), ValueArbitraries.EPOCH.plusSeconds(60));
    }

    @Test
    void an_adjustment_may_not_add_lines_past_max_order_items() {
        Order order = OrderFixtures.placed(SETUP, sales(2)).order();

        assertThat(violations(adjust(order, List.of(aSale().build()), List.of(), limits(2, "0", "100000"))))
                .extracting(Violation::path, Violation::code).containsExactly(tuple("add", "too_many_lines"));
        assertThat(adjust(order, List.of(aSale().build()), List.of(order.lineItems().get(0).id()), limits(2, "0", "100000")).isOk()).isTrue();
    }

    @Test
    void an_adjustment_may_not_take_the_total_past_a_bound_but_may_bring_an_order_back_towards_it() {
        PlacedOrder placed = OrderFixtures.placed(SETUP, sales(3));
        Order order = placed.order();
        OrderLimits lowered = limits(2, "0", "2000");

        assertThat(violations(adjust(order, List.of(aSale().build()), List.of(), lowered))).extracting(Violation::code)
                .containsExactlyInAnyOrder("too_many_lines", "order_value_above_maximum");
        assertThat(adjust(order, List.of(), List.of(order.lineItems().get(0).id()), lowered).isOk())
                .as("3 lines, 5400.00, settings lowered since: cancelling one moves towards the limits").isTrue();
        assertThat(violations(adjust(order, List.of(), List.of(order.lineItems().get(0).id()), limits(50, "5000", "100000"))))
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("", "order_value_below_minimum"));
    }
}
