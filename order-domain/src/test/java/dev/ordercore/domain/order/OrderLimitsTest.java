package dev.ordercore.domain.order;

import dev.ordercore.domain.catalog.Frequency;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Violation;
import dev.ordercore.domain.testing.LifecycleDriver;
import dev.ordercore.domain.testing.OrderFixtures;
import dev.ordercore.domain.testing.OrderJournal;
import dev.ordercore.domain.testing.TenantSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.ordercore.domain.testing.OrderFixtures.CATALOG;
import static dev.ordercore.domain.testing.OrderFixtures.CUSTOMER;
import static dev.ordercore.domain.testing.OrderFixtures.DAY;
import static dev.ordercore.domain.testing.OrderFixtures.aCharge;
import static dev.ordercore.domain.testing.OrderFixtures.aRental;
import static dev.ordercore.domain.testing.OrderFixtures.aSale;
import static dev.ordercore.domain.testing.OrderFixtures.anOrder;
import static dev.ordercore.domain.testing.OrderFixtures.place;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The limits an order keeps, at exactly the limit and one past it, and what an order tells about itself. */
class OrderLimitsTest {

    private final TenantSetup setup = OrderFixtures.setup();
    private final Principal operator = setup.operator();

    private static List<Violation> violations(Result<?, OrderError> refused) {
        assertThat(refused.isErr()).as("should be refused").isTrue();
        assertThat(refused.error()).isInstanceOf(OrderError.ValidationFailed.class);
        return ((OrderError.ValidationFailed) refused.error()).violations();
    }

    private static List<LineItemDraft> charges(int n) {
        return Collections.nCopies(n, aCharge().build());
    }

    private OrderJournal aSaleAndACharge() {
        return OrderFixtures.placed(anOrder().line(aSale().build()).line(aCharge().build()).build()).journal();
    }

    @Test
    @DisplayName("notes and internal notes take exactly 4000 characters and refuse one more")
    void notes_and_internal_notes_take_exactly_4000_characters_and_refuse_one_more() {
        String longest = "n".repeat(Order.MAX_NOTES);
        String tooLong = longest + "n";

        Order placed = place(anOrder().notes(longest).internalNotes(longest).line(aSale().build()).build()).value().order();

        assertThat(placed.state().notes()).contains(longest);
        assertThat(placed.state().internalNotes()).contains(longest);
        assertThat(violations(place(anOrder().notes(tooLong).internalNotes(tooLong).line(aSale().build()).build())))
                .extracting(Violation::path, Violation::code, Violation::message).containsExactly(
                        tuple("notes", "too_long", "notes has at most 4000 characters"),
                        tuple("internalNotes", "too_long", "internalNotes has at most 4000 characters"));
    }

    @Test
    @DisplayName("R6 R34 a line takes exactly 3660 billing cycles and refuses one more, so a billing schedule stays bounded")
    void r34_a_line_takes_exactly_3660_billing_cycles_and_refuses_one_more() {
        LineItemDraft daily = aRental().period(DAY, DAY.plusDays(BillingConfig.MAX_CYCLES))
                .billing(BillingDraft.recurring(BillingTiming.UPFRONT, Frequency.DAY, 0, Payer.CUSTOMER)).build();
        LineItemDraft oneMore = daily.toBuilder().to(DAY.plusDays(BillingConfig.MAX_CYCLES + 1)).build();
        LineItemDraft monthlyForCenturies = daily.toBuilder().to(DAY.plusYears(300))
                .billing(BillingDraft.recurring(BillingTiming.UPFRONT, Frequency.MONTH, 0, Payer.CUSTOMER)).build();
        LineItemDraft monthlyForLonger = daily.toBuilder().to(DAY.plusYears(400))
                .billing(BillingDraft.recurring(BillingTiming.UPFRONT, Frequency.MONTH, 0, Payer.CUSTOMER)).build();

        assertThat(place(anOrder().line(daily).line(monthlyForCenturies).build()).isOk()).isTrue();
        assertThat(violations(place(anOrder().line(oneMore).line(monthlyForLonger).build())))
                .extracting(Violation::path, Violation::code).containsExactly(
                        tuple("lineItems[0].billing.cycle", "too_many_cycles"),
                        tuple("lineItems[1].billing.cycle", "too_many_cycles"));
    }

    @Test
    @DisplayName("notes are kept without the whitespace around them")
    void notes_are_kept_without_the_whitespace_around_them() {
        Order placed = place(anOrder().notes("  back door  ").internalNotes("\tVIP ").line(aSale().build()).build()).value().order();

        assertThat(placed.state().notes()).contains("back door");
        assertThat(placed.state().internalNotes()).contains("VIP");
    }

    @Test
    @DisplayName("an order takes exactly 1000 lines and refuses 1001 without checking each of them")
    void an_order_takes_exactly_1000_lines_and_refuses_1001_without_checking_each_of_them() {
        assertThat(place(anOrder().lines(charges(Order.MAX_LINES)).build()).value().order().lineItems()).hasSize(1000);
        List<LineItemDraft> broken = Collections.nCopies(Order.MAX_LINES + 1, aCharge().noDates().build());

        assertThat(violations(place(anOrder().lines(broken).build()))).extracting(Violation::path, Violation::code, Violation::message)
                .containsExactly(tuple("lineItems", "too_many_lines", "an order has at most 1000 lines"));
    }

    @Test
    @DisplayName("an adjustment may fill an order up to 1000 lines and not one more")
    void an_adjustment_may_fill_an_order_up_to_1000_lines_and_not_one_more() {
        OrderJournal j = OrderFixtures.placed(anOrder().lines(charges(Order.MAX_LINES - 2)).build()).journal();

        Result<OrderJournal, OrderError> toTheLimit = j.adjust(new Order.Adjustment(charges(2), List.of(), "more fees", operator), CATALOG,
                setup.rounding());
        Result<OrderJournal, OrderError> pastIt = j.adjust(new Order.Adjustment(charges(3), List.of(), "more fees", operator), CATALOG,
                setup.rounding());

        assertThat(toTheLimit.value().order().lineItems()).hasSize(1000);
        assertThat(violations(pastIt)).extracting(Violation::path, Violation::code, Violation::message)
                .containsExactly(tuple("add", "too_many_lines", "an order has at most 1000 lines"));
    }

    @Test
    @DisplayName("an adjustment says why in at most 1000 characters and changes something")
    void an_adjustment_says_why_in_at_most_1000_characters_and_changes_something() {
        OrderJournal j = aSaleAndACharge();
        LineItemId fee = j.order().lineItems().get(1).id();

        Result<OrderJournal, OrderError> longest = j.adjust(new Order.Adjustment(List.of(), List.of(fee), " " + "r".repeat(1000) + " ", operator),
                CATALOG, setup.rounding());
        Result<OrderJournal, OrderError> tooLong = j.adjust(new Order.Adjustment(List.of(), List.of(fee), "r".repeat(1001), operator),
                CATALOG, setup.rounding());
        Result<OrderJournal, OrderError> nothing = j.adjust(new Order.Adjustment(List.of(), List.of(), "  ", operator), CATALOG,
                setup.rounding());

        assertThat(longest.isOk()).isTrue();
        assertThat(violations(tooLong)).extracting(Violation::path, Violation::code).containsExactly(tuple("reason", "too_long"));
        assertThat(violations(nothing)).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("reason", "reason_required"), tuple("", "nothing_to_adjust"));
    }

    @Test
    @DisplayName("R16 no line is added to an order that is past delivering its lines but lines of a shipped order may change")
    void r16_no_line_is_added_to_an_order_past_delivering_its_lines_but_lines_of_a_shipped_order_may_change() {
        OrderJournal j = OrderFixtures.placed(anOrder().line(aSale().build()).build()).journal();
        j = LifecycleDriver.driveLine(j, j.order().lineItems().get(0).id(), List.of("CONFIRMED", "ALLOCATED", "SHIPPED", "DELIVERED"),
                operator).journal();
        OrderJournal shipped = LifecycleDriver.driveOrder(j, List.of("CONFIRMED", "PAID", "PREPARING", "SHIPPED"), operator).journal();
        OrderJournal delivered = shipped.transition(TransitionRequest.to("DELIVERED", operator)).value();
        Order.Adjustment addAFee = new Order.Adjustment(List.of(aCharge().build()), List.of(), "late fee", operator);

        assertThat(shipped.adjust(addAFee, CATALOG, setup.rounding()).value().order().lineItems()).hasSize(2);
        assertThat(violations(delivered.adjust(addAFee, CATALOG, setup.rounding()))).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("add", "lines_done"));
    }

    @Test
    @DisplayName("a reason for a transition or a deletion has at most 1000 characters")
    void a_reason_for_a_transition_or_a_deletion_has_at_most_1000_characters() {
        OrderJournal j = aSaleAndACharge();
        LineItemId wine = j.order().lineItems().get(0).id();
        String longest = "r".repeat(1000);
        String tooLong = longest + "r";

        assertThat(j.transition(TransitionRequest.to("CONFIRMED", longest, operator)).isOk()).isTrue();
        assertThat(j.transitionLine(wine, TransitionRequest.to("CONFIRMED", longest, operator)).isOk()).isTrue();
        assertThat(j.delete(" " + longest + " ", operator).isOk()).isTrue();
        assertThat(violations(j.transition(TransitionRequest.to("CONFIRMED", tooLong, operator))))
                .containsExactly(new Violation("reason", "too_long", "a reason has at most 1000 characters"));
        assertThat(violations(j.transitionLine(wine, TransitionRequest.to("CONFIRMED", tooLong, operator))))
                .extracting(Violation::code).containsExactly("too_long");
        assertThat(violations(j.delete(tooLong, operator))).extracting(Violation::code).containsExactly("too_long");
    }

    @Test
    @DisplayName("a deleted order refuses every change but still takes module entries that block nothing")
    void a_deleted_order_refuses_every_change_but_still_takes_module_entries_that_block_nothing() {
        OrderJournal deleted = aSaleAndACharge().delete("duplicate", operator).value();
        Order order = deleted.order();
        LineItemId wine = order.lineItems().get(0).id();
        Principal inventory = Principal.moduleWriter("inventory-service", setup.tenant(), "inventory");
        OrderError isDeleted = new OrderError.OrderDeleted(order.id().toString());

        assertThat(deleted.transition(TransitionRequest.to("CONFIRMED", operator)).error()).isEqualTo(isDeleted);
        assertThat(deleted.transitionLine(wine, TransitionRequest.to("CONFIRMED", operator)).error()).isEqualTo(isDeleted);
        assertThat(deleted.adjust(new Order.Adjustment(List.of(aCharge().build()), List.of(), "late fee", operator), CATALOG,
                setup.rounding()).error()).isEqualTo(isDeleted);
        assertThat(deleted.delete("again", operator).error()).isEqualTo(isDeleted);
        assertThat(deleted.write(entry(Optional.empty(), Severity.BLOCKING), inventory).error()).isEqualTo(isDeleted);
        assertThat(deleted.write(entry(Optional.empty(), Severity.INFO), inventory).value().order()).as("nothing to change").isEqualTo(order);
    }

    @Test
    @DisplayName("an entry about a line the order does not have is refused")
    void an_entry_about_a_line_the_order_does_not_have_is_refused() {
        OrderJournal j = aSaleAndACharge();
        LineItemId stranger = new LineItemId(UUID.fromString("0190d2a4-7c2e-7d3b-9c1f-00000000dead"));
        Principal inventory = Principal.moduleWriter("inventory-service", setup.tenant(), "inventory");

        assertThat(j.write(entry(Optional.of(stranger), Severity.INFO), inventory).error())
                .isEqualTo(new OrderError.NotFound(EntityType.LINE_ITEM, stranger.toString()));
    }

    @Test
    @DisplayName("the customers of an order are its default and those of its lines each once")
    void the_customers_of_an_order_are_its_default_and_those_of_its_lines_each_once() {
        CustomerId other = new CustomerId(UUID.fromString("0190d2a4-7c2e-7d3b-9c1f-00000000c0de"));
        Order order = place(anOrder().customer(other).line(aSale().build()).line(aCharge().customer(other).build())
                .line(aCharge().build()).build()).value().order();

        assertThat(order.customers()).containsExactly(other, CUSTOMER);
        assertThat(order.customer()).contains(other);
        assertThat(place(anOrder().line(aSale().build()).build()).value().order().customers()).containsExactly(CUSTOMER);
    }

    @Test
    @DisplayName("R8 an order total leaves out cancelled lines")
    void r8_an_order_total_leaves_out_cancelled_lines() {
        OrderJournal j = aSaleAndACharge();
        LineItemId fee = j.order().lineItems().get(1).id();

        Order cancelledFee = j.transitionLine(fee, TransitionRequest.to("CANCELLED", operator)).value().order();

        assertThat(j.order().total(LifecycleSet.DEFAULT).amount()).isEqualByComparingTo("2050.00");
        assertThat(cancelledFee.total(LifecycleSet.DEFAULT).amount()).isEqualByComparingTo("1800.00");
    }

    @Test
    @DisplayName("an order read back from its state is the same order and each change makes another")
    void an_order_read_back_from_its_state_is_the_same_order_and_each_change_makes_another() {
        OrderJournal j = aSaleAndACharge();
        Order order = j.order();

        Order again = Order.rehydrate(order.state());
        Order confirmed = j.transition(TransitionRequest.to("CONFIRMED", operator)).value().order();

        assertThat(again).isEqualTo(order).hasSameHashCodeAs(order);
        assertThat(confirmed).isNotEqualTo(order);
        assertThat(order).isNotEqualTo(order.state());
        assertThat(order.createdAt()).isEqualTo(OrderFixtures.NOW);
        assertThat(order).hasToString("Order[" + order.number() + " PENDING v1, 2 lines]");
        assertThat(confirmed).hasToString("Order[" + order.number() + " CONFIRMED v2, 2 lines]");
    }

    @Test
    @DisplayName("a change stamped earlier than the last one does not move the orders updated time back")
    void a_change_stamped_earlier_than_the_last_one_does_not_move_the_orders_updated_time_back() {
        OrderJournal j = aSaleAndACharge();
        Order order = j.order();
        OrderIds ids = j.ids();

        Order later = order.transition(TransitionRequest.to("CONFIRMED", operator), LifecycleSet.DEFAULT, ids, j.now()).value().order();
        Order earlier = later.transition(TransitionRequest.to("PAID", operator), LifecycleSet.DEFAULT, ids, order.createdAt().minusSeconds(60))
                .value().order();

        assertThat(later.state().updatedAt()).isEqualTo(j.now());
        assertThat(earlier.state().updatedAt()).isEqualTo(j.now());
        assertThat(earlier.version()).isEqualTo(3);
    }

    private static StatusEntries.Request entry(Optional<LineItemId> line, Severity severity) {
        return new StatusEntries.Request(line, "inventory:reservation_checked", Optional.empty(), severity, JsonObject.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
