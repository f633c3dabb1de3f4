package dev.ordercore.adapter.postgres;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.PlaceOrderCommand;
import dev.ordercore.application.port.in.TransitionOrderCommand;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.access.Role;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.shared.TenantId;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Few round trips: placing an order costs the same number of statements whatever its number of
 * lines (lines go in one multi-row insert), and no more than eight: the tenant setting, the tenant's
 * settings (seed 002, read once: limits, alerts, the credit check, auto-approval), the active
 * modifier rules with their modifiers (R33, one join), the order number, the order, its lines, the
 * history entry and the outbox (an order that raises alerts, R37, costs one more statement per
 * alert). Every statement jOOQ executes is counted, the tenant setting for
 * row-level security included.
 */
class PlacementRoundTripsIT {

    private static final TenantId TENANT = TenantId.of("winefeed");
    private static final Principal ANN = Principal.user("ann", TENANT, Role.OPERATOR);

    /** Counts statements; a JDBC batch counts once per statement in it. */
    static final class StatementCounter implements ExecuteListener {
        final List<String> statements = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void executeStart(ExecuteContext ctx) {
            if (ctx.batchSQL().length > 1) {
                statements.addAll(List.of(ctx.batchSQL()));
            } else {
                statements.add(ctx.sql());
            }
        }

        void reset() {
            statements.clear();
        }
    }

    private final StatementCounter counter = new StatementCounter();
    private final OrderCore core = PostgresTestDatabase.forClass(PlacementRoundTripsIT.class)
            .freshStores(Clock.systemUTC(), counter).core();

    @ParameterizedTest(name = "{0} lines")
    @ValueSource(ints = {1, 5, 50})
    void placing_an_order_costs_at_most_eight_statements_whatever_its_number_of_lines(int lines) {
        core.placeOrder().place(new PlaceOrderCommand(ANN, TENANT, draft(1))).orElseThrow(e -> new IllegalStateException(e.message()));
        counter.reset();

        Order placed = core.placeOrder().place(new PlaceOrderCommand(ANN, TENANT, draft(lines)))
                .orElseThrow(e -> new IllegalStateException(e.message()));

        assertThat(placed.lineItems()).hasSize(lines);
        assertThat(counter.statements).as("statements: %s", String.join("\n", counter.statements)).hasSizeLessThanOrEqualTo(8);
        System.out.printf("placing an order with %d lines: %d statements%n", lines, counter.statements.size());
    }

    @ParameterizedTest(name = "{0} lines")
    @ValueSource(ints = {1, 5, 50})
    void confirming_an_order_costs_the_same_whatever_its_number_of_lines(int lines) {
        Order placed = core.placeOrder().place(new PlaceOrderCommand(ANN, TENANT, draft(lines)))
                .orElseThrow(e -> new IllegalStateException(e.message()));
        counter.reset();

        core.transitionOrder().transition(new TransitionOrderCommand(ANN, TENANT, placed.id(), "CONFIRMED", Optional.empty(), false,
                Optional.of(placed.version()))).orElseThrow(e -> new IllegalStateException(e.message()));

        assertThat(counter.statements).as("statements: %s", String.join("\n", counter.statements)).hasSizeLessThanOrEqualTo(6);
        System.out.printf("confirming an order with %d lines: %d statements%n", lines, counter.statements.size());
    }

    /** Under seed 002's alert thresholds whatever its number of lines (at most 4500.00, a month ahead), so no alert (R37) adds statements. */
    private static OrderDraft draft(int lines) {
        OrderDraft.Builder draft = OrderDraft.builder(Currency.getInstance("SEK"))
                .customer(CustomerId.of("0190f7a4-5c1e-7c3a-9f00-000000000001"));
        LocalDate monthAhead = LocalDate.now(Clock.systemUTC()).plusDays(30);
        for (int i = 0; i < lines; i++) {
            draft.line(LineItemDraft.builder().description("Wine tasting " + i).quantity(2)
                    .unitPrice("45.00").on(monthAhead).build());
        }
        return draft.build();
    }
}
