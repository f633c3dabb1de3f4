package dev.ordercore.application.usecases;

import dev.ordercore.application.fixtures.OrderFixtures;
import dev.ordercore.application.fixtures.Principals;
import dev.ordercore.application.port.in.AppendStatusEntryCommand;
import dev.ordercore.application.port.in.ConfirmBySupplierCommand;
import dev.ordercore.application.port.in.GetOrderQuery;
import dev.ordercore.application.port.in.GetTimelineQuery;
import dev.ordercore.application.port.in.ListSupplierConfirmationsQuery;
import dev.ordercore.application.port.in.SupplierConfirmationOfOrder;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusEntries;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.UnitPrice;
import dev.ordercore.domain.shared.Violation;
import dev.ordercore.domain.supplier.ConfirmationMethod;
import dev.ordercore.domain.supplier.ConfirmationOutcome;
import dev.ordercore.domain.supplier.SupplierConfirmation;
import dev.ordercore.domain.supplier.SupplierConfirmationDraft;
import dev.ordercore.domain.supplier.SupplierConfirmationReceived;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static dev.ordercore.domain.supplier.SupplierConfirmationDraft.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Seed 001's supplier confirmations through the use cases: the order confirmed or rejected, its
 * lines replaced at confirmed values, every confirmation kept and listed, in one transaction with
 * the order, and refusals that write nothing.
 */
public abstract class SupplierConfirmationScenarios extends CoreScenarios {

    private static final LocalDate FEB_3 = LocalDate.parse("2026-02-03");

    private Result<SupplierConfirmationOfOrder, OrderError> confirm(Principal who, Order order, SupplierConfirmationDraft draft,
                                                                   Optional<Long> version) {
        return core.confirmBySupplier().confirm(new ConfirmBySupplierCommand(who, TENANT, order.id(), draft, version));
    }

    private SupplierConfirmationOfOrder confirmed(Order order, SupplierConfirmationDraft draft) {
        return ok(confirm(Principals.operator(TENANT), order, draft, Optional.of(order.version())));
    }

    private List<SupplierConfirmation> listed(Order order) {
        return ok(core.listSupplierConfirmations().list(new ListSupplierConfirmationsQuery(Principals.viewer(TENANT), TENANT, order.id())));
    }

    private Order stored(Order order) {
        return ok(core.getOrder().get(new GetOrderQuery(Principals.viewer(TENANT), TENANT, order.id())));
    }

    private List<StatusEntry> timeline(Order order) {
        return ok(core.timeline().timeline(new GetTimelineQuery(Principals.viewer(TENANT), TENANT, order.id())));
    }

    @Test
    void a_supplier_confirmation_confirms_the_pending_order_and_is_kept_and_listed() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        clock.advance(Duration.ofHours(2));

        SupplierConfirmationOfOrder answer = confirmed(order, SupplierConfirmationDraft.confirmed(ConfirmationMethod.API)
                .withReference("LEV-4711", "Levereras tisdag").withDelivery(FEB_3, 2));

        assertThat(answer.order().status()).isEqualTo("CONFIRMED");
        assertThat(answer.order().version()).isEqualTo(order.version() + 1);
        assertThat(answer.order().state().confirmedDelivery()).contains(FEB_3);
        assertThat(stored(order)).isEqualTo(answer.order());
        assertThat(listed(order)).containsExactly(answer.confirmation());
        assertThat(answer.confirmation().receivedAt()).isEqualTo(clock.instant());
        assertThat(answer.confirmation().receivedBy()).isEqualTo(Principals.operator(TENANT).subject());
        assertThat(timeline(order)).last().satisfies(e -> {
            assertThat(e.code().toString()).isEqualTo("order:confirmed");
            assertThat(e.payload().get("supplierConfirmation")).contains(new JsonString(answer.confirmation().id().toString()));
        });
        assertThat(committedEvents()).last().satisfies(e -> {
            assertThat(e.type()).isEqualTo(SupplierConfirmationReceived.class.getSimpleName());
            assertThat(e.aggregateId()).isEqualTo(order.id().toString());
            assertThat(e.payload()).isEqualTo(answer.confirmation().toJson());
        });
    }

    @Test
    void a_confirmed_quantity_and_price_replace_the_line_and_the_stored_order_has_the_replacement() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        LineItem wine = order.lineItems().get(0);

        SupplierConfirmationOfOrder answer = confirmed(order, SupplierConfirmationDraft.confirmed(ConfirmationMethod.EMAIL)
                .withLines(List.of(line(wine.id(), 10, new BigDecimal("140.00")))));

        Order now = stored(order);
        assertThat(now).isEqualTo(answer.order());
        LineItem replacement = now.line(answer.confirmation().lines().get(0).replacedBy().orElseThrow()).orElseThrow();
        assertThat(now.line(wine.id()).orElseThrow().status()).isEqualTo("CANCELLED");
        assertThat(replacement).extracting(LineItem::quantity, LineItem::unitPrice, LineItem::amount, LineItem::product, LineItem::snapshot)
                .containsExactly(10, UnitPrice.of("140.00", "SEK"), Money.of("1400.00", "SEK"), wine.product(), wine.snapshot());
        assertThat(timeline(order)).extracting(e -> e.code().toString()).containsSubsequence("order:cancelled", "order:manually_adjusted",
                "order:confirmed");
    }

    @Test
    void a_refusal_rejects_the_order_and_a_later_answer_is_refused_and_not_kept() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        SupplierConfirmationOfOrder refusal = confirmed(order, SupplierConfirmationDraft.refused(ConfirmationMethod.EMAIL, "Slut i lager"));
        clock.advance(Duration.ofMinutes(5));
        int events = committedEvents().size();

        OrderError late = refused(confirm(Principals.operator(TENANT), refusal.order(),
                SupplierConfirmationDraft.confirmed(ConfirmationMethod.EMAIL), Optional.empty()));

        assertThat(refusal.order().status()).isEqualTo("REJECTED");
        assertThat(refusal.order().lineItems()).extracting(LineItem::status).containsOnly("CANCELLED");
        assertThat(refusal.confirmation().outcome()).isEqualTo(ConfirmationOutcome.REFUSED);
        assertThat(late).isInstanceOf(OrderError.TransitionNotAllowed.class);
        assertThat(listed(order)).containsExactly(refusal.confirmation());
        assertThat(stored(order)).isEqualTo(refusal.order());
        assertThat(committedEvents()).hasSize(events);
    }

    @Test
    void R15_a_held_order_is_confirmed_only_when_an_admin_forces_it_and_only_what_was_received_is_kept() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        ok(core.appendStatusEntry().append(new AppendStatusEntryCommand(Principals.module(TENANT, "inventory"), TENANT, order.id(),
                new StatusEntries.Request(Optional.empty(), "inventory:hold", Optional.empty(), Severity.BLOCKING, JsonObject.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty()))));
        clock.advance(Duration.ofMinutes(1));
        OrderError held = refused(confirm(Principals.operator(TENANT), order, SupplierConfirmationDraft.confirmed(ConfirmationMethod.API),
                Optional.empty()));
        SupplierConfirmationOfOrder forced = ok(confirm(Principals.admin(TENANT), order,
                SupplierConfirmationDraft.confirmed(ConfirmationMethod.API).forced(), Optional.empty()));

        assertThat(held).isInstanceOf(OrderError.TransitionBlocked.class);
        assertThat(forced.order().status()).isEqualTo("CONFIRMED");
        assertThat(listed(order)).containsExactly(forced.confirmation());
    }

    @Test
    void a_stale_version_and_an_order_confirmed_already_are_refused_with_nothing_kept() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        Order confirmedAlready = OrderFixtures.aConfirmedOrder(core, catalog);

        OrderError stale = refused(confirm(Principals.operator(TENANT), order, SupplierConfirmationDraft.confirmed(ConfirmationMethod.API),
                Optional.of(order.version() + 7)));
        OrderError twice = refused(confirm(Principals.operator(TENANT), confirmedAlready,
                SupplierConfirmationDraft.confirmed(ConfirmationMethod.API), Optional.of(confirmedAlready.version())));

        assertThat(stale).isInstanceOf(OrderError.StaleVersion.class);
        assertThat(twice).isInstanceOf(OrderError.TransitionNotAllowed.class);
        assertThat(listed(order)).isEmpty();
        assertThat(listed(confirmedAlready)).isEmpty();
        assertThat(stored(order)).isEqualTo(order);
    }

    @Test
    void every_violation_comes_back_at_once_and_nothing_is_kept() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        LineItem wine = order.lineItems().get(0);
        SupplierConfirmationDraft draft = SupplierConfirmationDraft.refused(ConfirmationMethod.MANUAL, "")
                .withLines(List.of(line(wine.id(), 0, new BigDecimal("-5"))));

        OrderError invalid = refused(confirm(Principals.operator(TENANT), order, draft, Optional.empty()));

        assertThat(invalid).isInstanceOfSatisfying(OrderError.ValidationFailed.class, v ->
                assertThat(v.violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                        tuple("lines", "not_when_refused"),
                        tuple("lines[0].quantity", "quantity_too_small"),
                        tuple("lines[0].unitPrice", "negative_price"),
                        tuple("refusalReason", "reason_required")));
        assertThat(listed(order)).isEmpty();
        assertThat(stored(order)).isEqualTo(order);
    }

    @Test
    void R1_R10_a_confirmed_delivery_date_past_the_years_1_to_9999_is_refused_and_the_last_day_is_kept_as_given() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        LocalDate last = LocalDate.parse("9999-12-31");

        for (LocalDate farOff : List.of(LocalDate.MAX, LocalDate.MIN, LocalDate.parse("0000-01-01"), last.plusDays(1))) {
            OrderError invalid = refused(confirm(Principals.operator(TENANT), order,
                    SupplierConfirmationDraft.confirmed(ConfirmationMethod.EMAIL).withDelivery(farOff, 2), Optional.of(order.version())));
            assertThat(invalid).as("confirmed delivery %s", farOff).isEqualTo(new OrderError.ValidationFailed(List.of(
                    new Violation("confirmedDelivery", "date_out_of_range",
                            "confirmedDelivery (" + farOff + ") must lie between 0001-01-01 and 9999-12-31 (R1)"))));
        }
        assertThat(listed(order)).isEmpty();
        assertThat(stored(order)).isEqualTo(order);

        SupplierConfirmationOfOrder answer = confirmed(order, SupplierConfirmationDraft.confirmed(ConfirmationMethod.EMAIL)
                .withDelivery(last, 2));

        assertThat(answer.confirmation().confirmedDelivery()).contains(last);
        assertThat(listed(order)).containsExactly(answer.confirmation());
        assertThat(stored(order)).isEqualTo(answer.order());
        assertThat(stored(order).state().confirmedDelivery()).contains(last);
    }

    @Test
    void R36_viewers_and_module_writers_may_not_confirm_and_viewers_may_list() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);

        assertThat(refused(confirm(Principals.viewer(TENANT), order, SupplierConfirmationDraft.confirmed(ConfirmationMethod.API),
                Optional.empty()))).isInstanceOf(OrderError.Forbidden.class);
        assertThat(refused(confirm(Principals.module(TENANT, "supplier"), order, SupplierConfirmationDraft.confirmed(ConfirmationMethod.API),
                Optional.empty()))).isInstanceOf(OrderError.Forbidden.class);
        assertThat(listed(order)).isEmpty();
    }

    @Test
    void R35_another_tenants_order_is_not_found_to_confirm_or_to_list() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);

        OrderError confirming = refused(core.confirmBySupplier().confirm(new ConfirmBySupplierCommand(Principals.admin(OTHER_TENANT),
                OTHER_TENANT, order.id(), SupplierConfirmationDraft.confirmed(ConfirmationMethod.API), Optional.empty())));
        OrderError listing = refused(core.listSupplierConfirmations().list(new ListSupplierConfirmationsQuery(Principals.admin(OTHER_TENANT),
                OTHER_TENANT, order.id())));

        assertThat(confirming).isInstanceOf(OrderError.NotFound.class);
        assertThat(listing).isInstanceOf(OrderError.NotFound.class);
        assertThat(stored(order).status()).isEqualTo("PENDING");
    }
}
