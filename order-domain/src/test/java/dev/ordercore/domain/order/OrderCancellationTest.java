package dev.ordercore.domain.order;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonBoolean;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.testing.HistoryArbitraries;
import dev.ordercore.domain.testing.LifecycleDriver;
import dev.ordercore.domain.testing.OrderFixtures;
import dev.ordercore.domain.testing.OrderJournal;
import dev.ordercore.domain.testing.TenantSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.ordercore.domain.testing.OrderFixtures.aCharge;
import static dev.ordercore.domain.testing.OrderFixtures.aRental;
import static dev.ordercore.domain.testing.OrderFixtures.aSale;
import static dev.ordercore.domain.testing.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** R15 and R16 as seed 001 and seed 004 tell them, one order at a time. */
class OrderCancellationTest {

    private final TenantSetup setup = OrderFixtures.setup();
    private final Principal operator = setup.operator();
    private final Principal admin = setup.admin();
    private final Principal inventory = Principal.moduleWriter("inventory-service", setup.tenant(), "inventory");

    private OrderJournal threeLines() {
        return OrderFixtures.placed(anOrder().line(aSale().build()).line(aRental().build()).line(aCharge().build()).build()).journal();
    }

    private OrderJournal move(OrderJournal j, LineItem line, String... states) {
        LifecycleDriver.Driven d = LifecycleDriver.driveLine(j, line.id(), List.of(states), operator);
        assertThat(d.stoppedBy()).isEmpty();
        return d.journal();
    }

    private static StatusEntry last(OrderJournal j) {
        List<StatusEntry> all = j.history().entries();
        return all.get(all.size() - 1);
    }

    @Test
    @DisplayName("R16 cancelling an order with a shipped line cancels the others and warns about the shipped one")
    void r16_cancelling_an_order_with_a_shipped_line_cancels_the_others_and_warns_about_the_shipped_one() {
        OrderJournal j = threeLines();
        LineItem shipped = j.order().lineItems().get(0);
        j = move(j, shipped, "CONFIRMED", "ALLOCATED", "SHIPPED");
        int before = j.history().size();

        OrderJournal cancelled = j.transition(TransitionRequest.to("CANCELLED", "customer cancelled", operator)).value();

        assertThat(cancelled.order().status()).isEqualTo("CANCELLED");
        assertThat(cancelled.order().lineItems()).extracting(LineItem::status).containsExactly("SHIPPED", "CANCELLED", "CANCELLED");
        List<StatusEntry> added = cancelled.history().entries().subList(before, cancelled.history().size());
        assertThat(added).extracting(e -> e.code().toString(), StatusEntry::lineItem).containsExactly(
                tuple("order:cancelled", Optional.empty()),
                tuple("order:cancelled", Optional.of(j.order().lineItems().get(1).id())),
                tuple("order:cancelled", Optional.of(j.order().lineItems().get(2).id())),
                tuple("order:cancel_incomplete", Optional.empty()));
        StatusEntry warning = last(cancelled);
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.payload()).isEqualTo(JsonObject.builder().put("lineItems", JsonArray.of(JsonObject.builder()
                .put("lineItemId", shipped.id().toString()).put("status", "SHIPPED").build())).build());
    }

    @Test
    @DisplayName("R16 cancelling an order whose lines can all be cancelled writes no warning")
    void r16_cancelling_an_order_whose_lines_can_all_be_cancelled_writes_no_warning() {
        OrderJournal cancelled = threeLines().transition(TransitionRequest.to("CANCELLED", operator)).value();

        assertThat(cancelled.order().lineItems()).extracting(LineItem::status).containsOnly("CANCELLED");
        assertThat(cancelled.history().entries()).noneMatch(e -> e.code().equals(StatusCode.CANCEL_INCOMPLETE));
    }

    @Test
    @DisplayName("R16 delivered is refused until every line that is not cancelled is delivered")
    void r16_delivered_is_refused_until_every_line_that_is_not_cancelled_is_delivered() {
        OrderJournal j = threeLines();
        List<LineItem> lines = j.order().lineItems();
        j = LifecycleDriver.driveOrder(j, List.of("CONFIRMED", "PAID", "PREPARING", "SHIPPED"), operator).journal();
        j = move(j, lines.get(0), "CONFIRMED", "ALLOCATED", "SHIPPED", "DELIVERED");
        j = move(j, lines.get(1), "CONFIRMED", "ALLOCATED", "SHIPPED");

        Result<OrderJournal, OrderError> tooEarly = j.transition(TransitionRequest.to("DELIVERED", operator));

        assertThat(tooEarly.error()).isEqualTo(new OrderError.LinesNotDone("DELIVERED",
                List.of(lines.get(1).id() + " (SHIPPED)", lines.get(2).id() + " (PENDING)")));
        assertThat(tooEarly.error().code()).isEqualTo("order.lines_not_done");

        j = move(j, lines.get(1), "DELIVERED");
        j = move(j, lines.get(2), "CANCELLED");
        OrderJournal delivered = j.transition(TransitionRequest.to("DELIVERED", operator)).value();

        assertThat(delivered.order().status()).isEqualTo("DELIVERED");
    }

    @Test
    @DisplayName("R15 an open blocking entry refuses forward transitions but not cancelling")
    void r15_an_open_blocking_entry_refuses_forward_transitions_but_not_cancelling() {
        OrderJournal j = threeLines();
        j = j.write(backordered(Optional.empty()), inventory).value();
        Block block = j.order().openBlocks().get(0);

        Result<OrderJournal, OrderError> confirm = j.transition(TransitionRequest.to("CONFIRMED", operator));
        Result<OrderJournal, OrderError> confirmLine = j.transitionLine(j.order().lineItems().get(0).id(),
                TransitionRequest.to("CONFIRMED", operator));
        Result<OrderJournal, OrderError> reject = j.transition(TransitionRequest.to("REJECTED", operator));

        assertThat(confirm.error()).isEqualTo(new OrderError.TransitionBlocked("order " + j.order().number(), "CONFIRMED",
                List.of("inventory:reservation_backordered (" + block.entry() + ")")));
        assertThat(confirm.error().message()).contains("close them or force the transition");
        assertThat(confirmLine.error()).isInstanceOf(OrderError.TransitionBlocked.class);
        assertThat(reject.value().order().status()).isEqualTo("REJECTED");
    }

    @Test
    @DisplayName("R15 a block on one line holds back that line and the order but not the other lines")
    void r15_a_block_on_one_line_holds_back_that_line_and_the_order_but_not_the_other_lines() {
        OrderJournal j = threeLines();
        LineItem blocked = j.order().lineItems().get(0);
        LineItem free = j.order().lineItems().get(1);
        j = j.write(backordered(Optional.of(blocked.id())), inventory).value();

        assertThat(j.transitionLine(blocked.id(), TransitionRequest.to("CONFIRMED", operator)).error())
                .isInstanceOf(OrderError.TransitionBlocked.class);
        assertThat(j.transitionLine(free.id(), TransitionRequest.to("CONFIRMED", operator)).isOk()).isTrue();
        assertThat(j.transition(TransitionRequest.to("CONFIRMED", operator)).error()).isInstanceOf(OrderError.TransitionBlocked.class);
        assertThat(j.transition(TransitionRequest.to("CANCELLED", operator)).isOk()).as("CANCELLED is a stop state").isTrue();
    }

    @Test
    @DisplayName("R15 only an admin may force past a block and must say why and the entry records who and why")
    void r15_only_an_admin_may_force_past_a_block_and_must_say_why_and_the_entry_records_who_and_why() {
        OrderJournal j = threeLines().write(backordered(Optional.empty()), HistoryArbitraries.moduleWriter(setup.tenant())).value();
        Block block = j.order().openBlocks().get(0);

        Result<OrderJournal, OrderError> byOperator = j.transition(TransitionRequest.forced("CONFIRMED", "urgent", operator));
        Result<OrderJournal, OrderError> withoutReason = j.transition(new TransitionRequest("CONFIRMED", Optional.of("  "), true, admin));
        OrderJournal forced = j.transition(TransitionRequest.forced("CONFIRMED", "stock arrives tomorrow", admin)).value();

        assertThat(byOperator.error()).isInstanceOf(OrderError.Forbidden.class);
        assertThat(byOperator.error().message()).contains("needs the admin role");
        assertThat(withoutReason.error()).isInstanceOf(OrderError.ValidationFailed.class);
        assertThat(((OrderError.ValidationFailed) withoutReason.error()).violations()).extracting(v -> v.code())
                .containsExactly("reason_required");
        assertThat(last(forced).payload()).isEqualTo(JsonObject.builder()
                .put("from", "PENDING").put("to", "CONFIRMED").put("reason", "stock arrives tomorrow").put("forced", true)
                .put("forcedBy", admin.subject()).put("overrode", JsonArray.of(new JsonString(block.entry().toString()))).build());
        assertThat(last(forced).writtenBy()).isEqualTo(admin.subject());
        assertThat(forced.order().openBlocks()).as("forcing passes a block, it does not close it").containsExactly(block);
    }

    @Test
    @DisplayName("R15 closing the blocking entry lifts the block")
    void r15_closing_the_blocking_entry_lifts_the_block() {
        OrderJournal j = threeLines().write(backordered(Optional.empty()), inventory).value();
        Block block = j.order().openBlocks().get(0);

        OrderJournal closed = j.close(block.entry(), Optional.of("stock arrived"), inventory).value();

        assertThat(closed.order().openBlocks()).isEmpty();
        assertThat(last(closed).closes()).contains(block.entry());
        assertThat(last(closed).code().toString()).isEqualTo("inventory:closed");
        OrderJournal confirmed = closed.transition(TransitionRequest.to("CONFIRMED", operator)).value();
        assertThat(last(confirmed).payload().get("forced")).contains(JsonBoolean.of(false));
    }

    private static StatusEntries.Request backordered(Optional<LineItemId> line) {
        return new StatusEntries.Request(line, "inventory:reservation_backordered", Optional.of("fulfillment"), Severity.BLOCKING,
                JsonObject.builder().put("sku", "WINE-CHABLIS-2022").build(), Optional.empty(), Optional.of("res-42"), Optional.empty());
    }
}
