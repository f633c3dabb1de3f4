package dev.ordercore.domain.supplier;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.catalog.ModifierKind;
import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.catalog.OrderModifierRuleId;
import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.order.Dates;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.LineItemKind;
import dev.ordercore.domain.order.NewStatusEntry;
import dev.ordercore.domain.order.OrderDelivery;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderEvents;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusEntries;
import dev.ordercore.domain.shared.Address;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.UnitPrice;
import dev.ordercore.domain.shared.Uuids;
import dev.ordercore.domain.shared.Violation;
import dev.ordercore.domain.testing.OrderFixtures;
import dev.ordercore.domain.testing.OrderJournal;
import dev.ordercore.domain.testing.TenantSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import static dev.ordercore.domain.supplier.SupplierConfirmationDraft.line;
import static dev.ordercore.domain.testing.OrderFixtures.CHABLIS_2022;
import static dev.ordercore.domain.testing.OrderFixtures.CUSTOMER;
import static dev.ordercore.domain.testing.OrderFixtures.DAY;
import static dev.ordercore.domain.testing.OrderFixtures.NOW;
import static dev.ordercore.domain.testing.OrderFixtures.TENANT;
import static dev.ordercore.domain.testing.OrderFixtures.aCharge;
import static dev.ordercore.domain.testing.OrderFixtures.aRental;
import static dev.ordercore.domain.testing.OrderFixtures.aSale;
import static dev.ordercore.domain.testing.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Seed 001's supplier confirmation, one order at a time: what a confirmation and a refusal do to the order. */
class SupplierConfirmationTest {

    private static final OrderModifier DELIVERY = OrderModifier.create(new OrderModifierId(Uuids.nameBased("fixture", "delivery")), TENANT,
            "Delivery", ModifierKind.DELIVERY, Optional.empty(), NOW).value();
    private static final OrderModifierRule DELIVER_RENTALS = OrderModifierRule.create(new OrderModifierRuleId(Uuids.nameBased("fixture",
                    "deliver rentals")), TENANT, DELIVERY.id(),
            new OrderModifierRule.ConditionDraft(List.of(LineItemKind.RENTAL), null, null, null, null),
            new OrderModifierRule.EffectDraft(OrderModifierRule.EffectType.PERCENT, null, null, new BigDecimal("5")), NOW).value();
    private static final TenantSetup SHOP = OrderFixtures.setup()
            .withCatalog(OrderFixtures.CATALOG.withModifiers(List.of(DELIVERY), List.of(DELIVER_RENTALS)));
    private static final SupplierConfirmationId ID = new SupplierConfirmationId(Uuids.nameBased("fixture", "confirmation"));

    private final Principal operator = SHOP.operator();

    private static OrderJournal placed(LineItemDraft... lines) {
        return OrderFixtures.placed(SHOP, anOrder().lines(List.of(lines)).build()).journal();
    }

    private Result<SupplierConfirmation.Received, OrderError> receive(OrderJournal j, SupplierConfirmationDraft draft, Principal who) {
        return SupplierConfirmation.receive(j.order(), draft, new SupplierConfirmation.Receipt(ID, SHOP.catalog(), SHOP.rounding(),
                SHOP.lifecycles(), j.ids(), who, j.now()));
    }

    private SupplierConfirmation.Received received(OrderJournal j, SupplierConfirmationDraft draft) {
        Result<SupplierConfirmation.Received, OrderError> r = receive(j, draft, operator);
        assertThat(r.isOk()).as("expected the confirmation to be received, got %s", r).isTrue();
        return r.value();
    }

    private static List<Violation> violations(Result<?, OrderError> r) {
        assertThat(r.isErr()).as("expected a refusal, got %s", r).isTrue();
        assertThat(r.error()).isInstanceOf(OrderError.ValidationFailed.class);
        return ((OrderError.ValidationFailed) r.error()).violations();
    }

    private static Optional<LineItem> byRef(Order order, String ref) {
        return order.lineItems().stream().filter(l -> l.ref().filter(ref::equals).isPresent()).findFirst();
    }

    @Test
    @DisplayName("R10 R14 a confirmation as ordered moves the order PENDING to CONFIRMED in one entry naming the confirmation")
    void r10_a_confirmation_as_ordered_moves_the_order_to_confirmed() {
        OrderJournal j = placed(aSale().build());

        SupplierConfirmation.Received r = received(j, SupplierConfirmationDraft.confirmed(ConfirmationMethod.API)
                .withReference("LEV-4711", "Levereras tisdag").withDelivery(DAY, 2));

        Order order = r.change().order();
        assertThat(order.status()).isEqualTo("CONFIRMED");
        assertThat(order.version()).isEqualTo(j.order().version() + 1);
        assertThat(order.lineItems()).isEqualTo(j.order().lineItems());
        assertThat(order.state().confirmedDelivery()).contains(DAY);
        assertThat(r.change().entries()).singleElement().satisfies(e -> {
            assertThat(e.code().toString()).isEqualTo("order:confirmed");
            assertThat(e.payload().get("reason")).contains(new JsonString("confirmed by the supplier (LEV-4711)"));
            assertThat(e.payload().get("supplierConfirmation")).contains(new JsonString(ID.toString()));
        });
        assertThat(r.change().events()).last().isEqualTo(new SupplierConfirmationReceived(r.confirmation(), j.now()));
        SupplierConfirmation c = r.confirmation();
        assertThat(c.outcome()).isEqualTo(ConfirmationOutcome.CONFIRMED);
        assertThat(c.method()).isEqualTo(ConfirmationMethod.API);
        assertThat(c.supplierReference()).contains("LEV-4711");
        assertThat(c.message()).contains("Levereras tisdag");
        assertThat(c.preparationDays()).contains(2);
        assertThat(c.receivedAt()).isEqualTo(j.now());
        assertThat(c.receivedBy()).isEqualTo(operator.subject());
    }

    @Test
    @DisplayName("R10 R16 a refusal moves the order to REJECTED and cancels its lines, the supplier's reason the transition's")
    void r10_a_refusal_rejects_the_order_and_cancels_its_lines() {
        OrderJournal j = placed(aSale().build(), aCharge().build());

        SupplierConfirmation.Received r = received(j, SupplierConfirmationDraft.refused(ConfirmationMethod.EMAIL, "  Slut i lager  "));

        Order order = r.change().order();
        assertThat(order.status()).isEqualTo("REJECTED");
        assertThat(order.lineItems()).extracting(LineItem::status).containsOnly("CANCELLED");
        assertThat(r.change().entries()).extracting(e -> e.code().toString()).containsExactly("order:rejected", "order:cancelled",
                "order:cancelled");
        assertThat(r.change().entries().get(0).payload().get("reason")).contains(new JsonString("Slut i lager"));
        assertThat(r.change().entries()).allSatisfy(e ->
                assertThat(e.payload().get("supplierConfirmation")).contains(new JsonString(ID.toString())));
        assertThat(r.confirmation().refusalReason()).contains("Slut i lager");
        assertThat(r.confirmation().outcome()).isEqualTo(ConfirmationOutcome.REFUSED);
    }

    @Test
    @DisplayName("R8 R14 a lower confirmed quantity and another price replace the line, re-priced, in one order:manually_adjusted entry")
    void r8_confirmed_quantity_and_price_replace_the_line() {
        OrderJournal j = placed(aSale().ref("wine").build(), aCharge().build());
        LineItem wine = j.order().lineItems().get(0);
        LineItem charge = j.order().lineItems().get(1);

        SupplierConfirmation.Received r = received(j, SupplierConfirmationDraft.confirmed(ConfirmationMethod.MANUAL).withLines(List.of(
                line(wine.id(), 10, new BigDecimal("145.5")), line(charge.id(), null, null))));

        Order order = r.change().order();
        LineItem replacement = byRef(order, "confirmed-" + wine.id()).orElseThrow();
        assertThat(order.line(wine.id()).orElseThrow().status()).isEqualTo("CANCELLED");
        assertThat(order.line(charge.id()).orElseThrow()).isEqualTo(charge);
        assertThat(replacement.quantity()).isEqualTo(10);
        assertThat(replacement.unitPrice()).isEqualTo(UnitPrice.of("145.50", "SEK"));
        assertThat(replacement.amount()).isEqualTo(Money.of("1455.00", "SEK"));
        assertThat(replacement).extracting(LineItem::product, LineItem::dates, LineItem::customer, LineItem::status)
                .containsExactly(wine.product(), wine.dates(), wine.customer(), "PENDING");
        assertThat(order.total(SHOP.lifecycles())).isEqualTo(Money.of("1705.00", "SEK"));
        assertThat(order.status()).isEqualTo("CONFIRMED");
        assertThat(order.version()).isEqualTo(j.order().version() + 1);
        assertThat(r.change().entries()).extracting(e -> e.code().toString(), NewStatusEntry::lineItem).containsExactly(
                tuple("order:cancelled", Optional.of(wine.id())),
                tuple("order:manually_adjusted", Optional.empty()),
                tuple("order:confirmed", Optional.empty()));
        assertThat(r.change().entries()).allSatisfy(e ->
                assertThat(e.payload().get("supplierConfirmation")).contains(new JsonString(ID.toString())));
        assertThat(r.change().events()).filteredOn(OrderEvents.OrderAdjusted.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((OrderEvents.OrderAdjusted) e).added()).containsExactly(replacement.id()));
        assertThat(r.confirmation().lines()).containsExactly(
                new ConfirmedLine(wine.id(), Optional.of(10), Optional.of(UnitPrice.of("145.5", "SEK")), Optional.of(replacement.id())),
                new ConfirmedLine(charge.id(), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    @DisplayName("R33 a rental at a confirmed price loses its rule charges with it and the rules charge its replacement afresh")
    void r33_a_replaced_rental_is_charged_afresh_by_the_rules() {
        OrderJournal j = placed(aRental().build());
        LineItem rental = j.order().lineItems().get(0);
        LineItem oldDelivery = j.order().lineItems().get(1);
        assertThat(oldDelivery.isRuleCharge()).isTrue();

        Order order = received(j, SupplierConfirmationDraft.confirmed(ConfirmationMethod.API).withLines(List.of(
                line(rental.id(), null, new BigDecimal("4000.00"))))).change().order();

        LineItem replacement = byRef(order, "confirmed-" + rental.id()).orElseThrow();
        assertThat(order.line(oldDelivery.id()).orElseThrow().status()).isEqualTo("CANCELLED");
        assertThat(order.lineItems()).filteredOn(l -> l.isRuleCharge() && l.status().equals("PENDING")).singleElement()
                .satisfies(c -> {
                    assertThat(c.modifies()).contains(replacement.id());
                    assertThat(c.amount()).isEqualTo(Money.of("200.00", "SEK"));
                });
        assertThat(replacement.billing()).isEqualTo(rental.billing());
        assertThat(replacement.asset()).isEqualTo(rental.asset());
    }

    @Test
    @DisplayName("R33 a delivery stated by hand on a replaced rental moves to the replacement, so the rule does not charge it twice")
    void r33_a_charge_stated_by_hand_moves_to_the_replacement() {
        LineItemDraft byHand = LineItemDraft.builder().modifies("dig").modifier(DELIVERY.id()).description("Delivery, far away")
                .unitPrice("400.00").on(DAY).customer(CUSTOMER).build();
        OrderJournal j = placed(aRental().ref("dig").build(), byHand);
        LineItem rental = j.order().lineItems().get(0);
        LineItem delivery = j.order().lineItems().get(1);

        Order order = received(j, SupplierConfirmationDraft.confirmed(ConfirmationMethod.API).withLines(List.of(
                line(rental.id(), null, new BigDecimal("4000.00"))))).change().order();

        LineItem replacement = byRef(order, "confirmed-" + rental.id()).orElseThrow();
        List<LineItem> active = order.lineItems().stream().filter(l -> l.status().equals("PENDING")).toList();
        assertThat(active).extracting(LineItem::description, l -> l.amount().amount().toPlainString(), LineItem::modifies)
                .containsExactlyInAnyOrder(
                        tuple(Optional.empty(), "4000.00", Optional.empty()),
                        tuple(Optional.of("Delivery, far away"), "400.00", Optional.of(replacement.id())));
        assertThat(order.line(delivery.id()).orElseThrow().status()).isEqualTo("CANCELLED");
    }

    @Test
    @DisplayName("R15 an open blocking entry holds a confirmation back unless an admin forces it; a refusal passes")
    void r15_blocks_hold_a_confirmation_back_unless_forced() {
        OrderJournal j = placed(aSale().build());
        Principal inventory = Principal.moduleWriter("inventory-service", TENANT, "inventory");
        j = j.write(new StatusEntries.Request(Optional.empty(), "inventory:reservation_backordered", Optional.empty(), Severity.BLOCKING,
                JsonObject.empty(), Optional.empty(), Optional.empty(), Optional.empty()), inventory).value();

        OrderError blocked = receive(j, SupplierConfirmationDraft.confirmed(ConfirmationMethod.API), operator).error();
        OrderError notAdmin = receive(j, SupplierConfirmationDraft.confirmed(ConfirmationMethod.API).forced(), operator).error();
        Order forced = receive(j, SupplierConfirmationDraft.confirmed(ConfirmationMethod.API).forced(), SHOP.admin()).value().change().order();
        Order rejected = receive(j, SupplierConfirmationDraft.refused(ConfirmationMethod.API, "no"), operator).value().change().order();

        assertThat(blocked).isInstanceOf(OrderError.TransitionBlocked.class);
        assertThat(notAdmin).isInstanceOf(OrderError.Forbidden.class);
        assertThat(forced.status()).isEqualTo("CONFIRMED");
        assertThat(rejected.status()).isEqualTo("REJECTED");
    }

    @Test
    @DisplayName("R13 an order confirmed already refuses another confirmation and another refusal, naming where it stands")
    void r13_a_confirmed_order_refuses_another_answer() {
        OrderJournal j = placed(aSale().build());
        Order confirmed = received(j, SupplierConfirmationDraft.confirmed(ConfirmationMethod.API)).change().order();
        OrderJournal again = new OrderJournal(confirmed, j.history(), j.events(), j.lifecycles(), j.seed(), j.now().plusSeconds(1));

        OrderError twice = receive(again, SupplierConfirmationDraft.confirmed(ConfirmationMethod.API), operator).error();
        OrderError refused = receive(again, SupplierConfirmationDraft.refused(ConfirmationMethod.API, "changed our mind"), operator).error();

        assertThat(twice).isInstanceOfSatisfying(OrderError.TransitionNotAllowed.class, e -> {
            assertThat(e.current()).isEqualTo("CONFIRMED");
            assertThat(e.requested()).isEqualTo("CONFIRMED");
        });
        assertThat(refused).isInstanceOfSatisfying(OrderError.TransitionNotAllowed.class, e -> assertThat(e.requested()).isEqualTo("REJECTED"));
    }

    @Test
    @DisplayName("every violation of a confirmation is reported at once, each at its field")
    void every_violation_is_reported_at_once() {
        OrderJournal j = placed(aSale().build(), aRental().build());
        LineItem wine = j.order().lineItems().get(0);
        LineItem rental = j.order().lineItems().get(1);
        LineItem ruleCharge = j.order().lineItems().get(2);
        SupplierConfirmationDraft draft = new SupplierConfirmationDraft(Optional.of(ConfirmationOutcome.CONFIRMED), Optional.empty(),
                List.of(line(wine.id(), 0, new BigDecimal("-1.00")),
                        line(dev.ordercore.domain.order.LineItemId.of(UUID.randomUUID().toString()), null, null),
                        line(wine.id(), null, null),
                        line(rental.id(), 2, new BigDecimal("1.0000001")),
                        line(ruleCharge.id(), null, null),
                        new SupplierConfirmationDraft.LineDraft(Optional.empty(), Optional.of(1), Optional.empty())),
                Optional.of("x".repeat(101)), Optional.of(" "), Optional.of("no reason needed"), Optional.of(LocalDate.of(2020, 1, 1)),
                Optional.of(-1), false);

        assertThat(violations(receive(j, draft, operator))).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                tuple("method", "required"),
                tuple("supplierReference", "too_long"),
                tuple("message", "blank"),
                tuple("refusalReason", "only_when_refused"),
                tuple("preparationDays", "out_of_range"),
                tuple("confirmedDelivery", "before_order"),
                tuple("lines[0].quantity", "quantity_too_small"),
                tuple("lines[0].unitPrice", "negative_price"),
                tuple("lines[1].lineItemId", "unknown_line"),
                tuple("lines[2].lineItemId", "duplicate_line"),
                tuple("lines[3].quantity", "asset_quantity"),
                tuple("lines[3].unitPrice", "too_many_decimals"),
                tuple("lines[4].lineItemId", "rule_charge"),
                tuple("lines[5].lineItemId", "required"));
    }

    @Test
    @DisplayName("R1 R10 a confirmed delivery date lies in the years 1 to 9999, as every date does, else the order stays PENDING")
    void r1_r10_a_confirmed_delivery_date_lies_in_the_years_1_to_9999() {
        OrderJournal j = placed(aSale().build());

        for (LocalDate farOff : List.of(LocalDate.MAX, LocalDate.MIN, LocalDate.of(0, 1, 1), Dates.LATEST.plusDays(1))) {
            assertThat(violations(receive(j, SupplierConfirmationDraft.confirmed(ConfirmationMethod.EMAIL).withDelivery(farOff, 2))))
                    .as("confirmed delivery %s", farOff)
                    .containsExactly(new Violation("confirmedDelivery", "date_out_of_range",
                            "confirmedDelivery (" + farOff + ") must lie between 0001-01-01 and 9999-12-31 (R1)"));
        }
        assertThat(violations(receive(j, SupplierConfirmationDraft.confirmed(ConfirmationMethod.EMAIL).withDelivery(Dates.EARLIEST, 2))))
                .extracting(Violation::path, Violation::code).containsExactly(tuple("confirmedDelivery", "before_order"));
        SupplierConfirmation.Received last = received(j, SupplierConfirmationDraft.confirmed(ConfirmationMethod.EMAIL)
                .withDelivery(Dates.LATEST, 2));
        assertThat(last.confirmation().confirmedDelivery()).contains(LocalDate.of(9999, 12, 31));
        assertThat(last.change().order().state().confirmedDelivery()).contains(LocalDate.of(9999, 12, 31));
    }

    @Test
    @DisplayName("a refusal says why and confirms no lines and no delivery")
    void a_refusal_says_why_and_confirms_nothing() {
        OrderJournal j = placed(aSale().build());
        SupplierConfirmationDraft draft = new SupplierConfirmationDraft(Optional.of(ConfirmationOutcome.REFUSED),
                Optional.of(ConfirmationMethod.EMAIL), List.of(line(j.order().lineItems().get(0).id(), 3, null)), Optional.empty(),
                Optional.empty(), Optional.of("   "), Optional.of(DAY), Optional.of(3), false);

        assertThat(violations(receive(j, draft, operator))).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                tuple("lines", "not_when_refused"),
                tuple("refusalReason", "reason_required"),
                tuple("confirmedDelivery", "not_when_refused"),
                tuple("preparationDays", "not_when_refused"));
    }

    @Test
    @DisplayName("R11 a line that has shipped can no longer take a confirmed quantity; a cancelled one has nothing to confirm")
    void lines_past_cancelling_cannot_be_restated() {
        OrderJournal j = placed(aSale().build(), aCharge().build());
        LineItem wine = j.order().lineItems().get(0);
        LineItem charge = j.order().lineItems().get(1);
        for (String state : List.of("CONFIRMED", "ALLOCATED", "SHIPPED")) {
            j = j.transitionLine(wine.id(), dev.ordercore.domain.order.TransitionRequest.to(state, operator)).value();
        }
        j = j.transitionLine(charge.id(), dev.ordercore.domain.order.TransitionRequest.to("CANCELLED", operator)).value();

        List<Violation> found = violations(receive(j, SupplierConfirmationDraft.confirmed(ConfirmationMethod.API).withLines(List.of(
                line(wine.id(), 5, null), line(charge.id(), null, null))), operator));

        assertThat(found).extracting(Violation::path, Violation::code).containsExactly(
                tuple("lines[0].lineItemId", "not_restatable"),
                tuple("lines[1].lineItemId", "line_cancelled"));
    }

    @Test
    @DisplayName("a violation the order finds in a replacement (its product deleted since) is reported at the request's line")
    void a_replacements_violation_is_reported_at_the_requests_line() {
        OrderJournal j = placed(aCharge().build(), aSale().build());
        LineItem wine = j.order().lineItems().get(1);
        CatalogSnapshot deleted = CatalogSnapshot.of(SHOP.catalog().categories().values(), SHOP.catalog().klasses().values(),
                SHOP.catalog().products().values().stream()
                        .map(p -> p.id().equals(CHABLIS_2022.id()) ? p.deleted(j.now()) : p).toList(),
                SHOP.catalog().assets().values());
        SupplierConfirmationDraft draft = SupplierConfirmationDraft.confirmed(ConfirmationMethod.API).withLines(List.of(
                line(j.order().lineItems().get(0).id(), null, null), line(wine.id(), 6, null)));

        Result<SupplierConfirmation.Received, OrderError> r = SupplierConfirmation.receive(j.order(), draft,
                new SupplierConfirmation.Receipt(ID, deleted, SHOP.rounding(), SHOP.lifecycles(), j.ids(), operator, j.now()));

        assertThat(violations(r)).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("lines[1].productId", "product_deleted"));
    }

    private Result<SupplierConfirmation.Received, OrderError> receive(OrderJournal j, SupplierConfirmationDraft draft) {
        return receive(j, draft, operator);
    }

    @Test
    @DisplayName("a deleted order takes no confirmation")
    void a_deleted_order_takes_no_confirmation() {
        OrderJournal j = placed(aSale().build()).delete("duplicate", operator).value();

        assertThat(receive(j, SupplierConfirmationDraft.confirmed(ConfirmationMethod.API)).error())
                .isInstanceOf(OrderError.OrderDeleted.class);
    }

    @Test
    @DisplayName("a confirmation as stored keeps its JSON form for events, every field named as the HTTP API names it")
    void the_confirmation_as_json() {
        OrderJournal j = placed(aSale().build());
        LineItem wine = j.order().lineItems().get(0);

        SupplierConfirmation c = received(j, SupplierConfirmationDraft.confirmed(ConfirmationMethod.API)
                .withLines(List.of(line(wine.id(), 6, null))).withDelivery(DAY, 1)).confirmation();

        assertThat(c.toJson()).isEqualTo(JsonObject.builder()
                .put("id", ID.toString())
                .put("orderId", j.order().id().toString())
                .put("outcome", "CONFIRMED")
                .put("method", "API")
                .put("lines", JsonArray.of(JsonObject.builder().put("lineItemId", wine.id().toString()).put("quantity", 6)
                        .put("replacedBy", c.lines().get(0).replacedBy().orElseThrow().toString()).build()))
                .put("confirmedDelivery", DAY.toString())
                .put("preparationDays", 1)
                .put("receivedAt", j.now().toString())
                .put("receivedBy", operator.subject())
                .build());
    }

    // ---- boundaries, the replacements the application looks up, and the JSON of every field

    private static SupplierConfirmation stored(Optional<Integer> preparationDays) {
        return new SupplierConfirmation(ID, TENANT, dev.ordercore.domain.order.OrderId.of(Uuids.nameBased("fixture", "order").toString()),
                ConfirmationOutcome.CONFIRMED, ConfirmationMethod.API, List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), preparationDays, NOW, "operator");
    }

    @Test
    @DisplayName("a stored confirmation promises 0 to 365 preparation days")
    void a_stored_confirmation_promises_0_to_365_preparation_days() {
        assertThat(stored(Optional.of(0)).preparationDays()).contains(0);
        assertThat(stored(Optional.of(SupplierConfirmation.MAX_PREPARATION_DAYS)).preparationDays()).contains(365);
        assertThatThrownBy(() -> stored(Optional.of(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("preparation days are 0-365, confirmation " + ID);
        assertThatThrownBy(() -> stored(Optional.of(366))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("preparation days are 0-365, confirmation " + ID);
    }

    @Test
    @DisplayName("a confirmation promises 0 to 365 preparation days")
    void a_confirmation_promises_0_to_365_preparation_days() {
        OrderJournal j = placed(aSale().build());

        assertThat(received(j, SupplierConfirmationDraft.confirmed(ConfirmationMethod.API).withDelivery(DAY, 0)).confirmation()
                .preparationDays()).contains(0);
        assertThat(received(j, SupplierConfirmationDraft.confirmed(ConfirmationMethod.API).withDelivery(DAY, 365)).confirmation()
                .preparationDays()).contains(365);
        assertThat(violations(receive(j, SupplierConfirmationDraft.confirmed(ConfirmationMethod.API).withDelivery(DAY, 366))))
                .containsExactly(new Violation("preparationDays", "out_of_range", "preparation days are 0-365, got 366"));
    }

    @Test
    @DisplayName("R3 a confirmed quantity is 1 to 1,000,000")
    void r3_a_confirmed_quantity_is_1_to_the_lines_maximum() {
        OrderJournal j = placed(aSale().unitPrice("0.01").build(), aCharge().build());
        LineItem wine = j.order().lineItems().get(0);

        Order most = received(j, SupplierConfirmationDraft.confirmed(ConfirmationMethod.API).withLines(List.of(
                line(wine.id(), LineItem.MAX_QUANTITY, null)))).change().order();
        Order one = received(j, SupplierConfirmationDraft.confirmed(ConfirmationMethod.API).withLines(List.of(
                line(wine.id(), 1, null)))).change().order();

        assertThat(byRef(most, "confirmed-" + wine.id()).orElseThrow().quantity()).isEqualTo(1_000_000);
        assertThat(byRef(one, "confirmed-" + wine.id()).orElseThrow().quantity()).isEqualTo(1);
        assertThat(violations(receive(j, SupplierConfirmationDraft.confirmed(ConfirmationMethod.API).withLines(List.of(
                line(wine.id(), LineItem.MAX_QUANTITY + 1, null))))))
                .containsExactly(new Violation("lines[0].quantity", "quantity_too_large", "quantity is at most 1000000, got 1000001"));
    }

    @Test
    @DisplayName("a reference of 100 characters and a message of 4,000 are kept; one more, blank or U+0000 is refused")
    void references_and_messages_up_to_their_maximum_are_kept() {
        OrderJournal j = placed(aSale().build());
        String reference = "R".repeat(SupplierConfirmation.MAX_REFERENCE);
        String message = "m".repeat(SupplierConfirmation.MAX_MESSAGE);

        SupplierConfirmation c = received(j, SupplierConfirmationDraft.confirmed(ConfirmationMethod.EMAIL).withReference(reference, message))
                .confirmation();

        assertThat(c.supplierReference()).contains(reference);
        assertThat(c.message()).contains(message);
        assertThat(violations(receive(j, SupplierConfirmationDraft.confirmed(ConfirmationMethod.EMAIL).withReference(reference + "R",
                message + "m")))).containsExactly(
                new Violation("supplierReference", "too_long", "supplierReference has at most 100 characters"),
                new Violation("message", "too_long", "message has at most 4000 characters"));
        assertThat(violations(receive(j, SupplierConfirmationDraft.confirmed(ConfirmationMethod.EMAIL).withReference("LEV\u00004711",
                "  ")))).containsExactly(
                new Violation("supplierReference", "invalid_character", "supplierReference holds the character U+0000, which cannot be stored"),
                new Violation("message", "blank", "message is left out rather than blank"));
    }

    @Test
    @DisplayName("a refusal's reason has at most 1,000 characters and no U+0000, as every reason")
    void a_refusals_reason_is_checked_as_every_reason() {
        OrderJournal j = placed(aSale().build());

        assertThat(received(j, SupplierConfirmationDraft.refused(ConfirmationMethod.EMAIL, "r".repeat(1000))).confirmation().refusalReason())
                .contains("r".repeat(1000));
        assertThat(violations(receive(j, SupplierConfirmationDraft.refused(ConfirmationMethod.EMAIL, "r".repeat(1001)))))
                .containsExactly(new Violation("refusalReason", "too_long", "a reason has at most 1000 characters"));
        assertThat(violations(receive(j, SupplierConfirmationDraft.refused(ConfirmationMethod.EMAIL, "sold\u0000out"))))
                .containsExactly(new Violation("refusalReason", "invalid_character",
                        "refusalReason holds the character U+0000, which cannot be stored"));
    }

    @Test
    @DisplayName("the replacements are the differing lines again at the confirmed values, with their klass, dates, deliveries and parties")
    void the_replacements_are_the_differing_lines_at_the_confirmed_values() {
        Address site = new Address("Byggvägen 3", Optional.empty(), "411 01", "Göteborg", "SE");
        OrderJournal j = placed(OrderFixtures.aService().build(), aSale().delivery(OrderDelivery.outbound(DAY, site)).build(),
                aCharge().build());
        LineItem repair = j.order().lineItems().get(0);
        LineItem wine = j.order().lineItems().get(1);
        LineItem charge = j.order().lineItems().get(2);

        List<LineItemDraft> replacements = SupplierConfirmation.replacements(j.order(), SupplierConfirmationDraft.confirmed(
                ConfirmationMethod.API).withLines(List.of(line(charge.id(), null, null), line(repair.id(), null, new BigDecimal("900.00")),
                line(wine.id(), 6, null))), SHOP.lifecycles());

        assertThat(replacements).containsExactly(
                LineItemDraft.builder().ref("confirmed-" + repair.id()).quantity(1).unitPrice(new BigDecimal("900.00"))
                        .klass(OrderFixtures.REPAIR.id()).on(DAY).customer(CUSTOMER).build(),
                LineItemDraft.builder().ref("confirmed-" + wine.id()).quantity(6).unitPrice(new BigDecimal("150.00"))
                        .product(CHABLIS_2022.id()).on(DAY).delivery(OrderDelivery.outbound(DAY, site)).customer(CUSTOMER).build());
    }

    @Test
    @DisplayName("an order already at its most lines takes no replacement, and the order's violation is reported where it was found")
    void an_order_at_its_most_lines_takes_no_replacement() {
        LineItemDraft[] lines = new LineItemDraft[Order.MAX_LINES];
        lines[0] = aSale().build();
        for (int i = 1; i < lines.length; i++) {
            lines[i] = aCharge().unitPrice("1.00").build();
        }
        OrderJournal j = placed(lines);

        assertThat(violations(receive(j, SupplierConfirmationDraft.confirmed(ConfirmationMethod.API).withLines(List.of(
                line(j.order().lineItems().get(0).id(), 6, null))))))
                .containsExactly(new Violation("add", "too_many_lines", "an order has at most 1000 lines"));
    }

    @Test
    @DisplayName("a confirmation's JSON carries its reference, message and confirmed prices, and a refusal's its reason")
    void the_json_of_every_field() {
        OrderJournal j = placed(aSale().build());
        LineItem wine = j.order().lineItems().get(0);

        SupplierConfirmation priced = received(j, SupplierConfirmationDraft.confirmed(ConfirmationMethod.EMAIL)
                .withLines(List.of(line(wine.id(), null, new BigDecimal("0.125")))).withReference(" LEV-4711 ", "Levereras tisdag"))
                .confirmation();
        SupplierConfirmation refusal = received(j, SupplierConfirmationDraft.refused(ConfirmationMethod.MANUAL, " Slut i lager "))
                .confirmation();

        assertThat(priced.toJson()).isEqualTo(JsonObject.builder()
                .put("id", ID.toString())
                .put("orderId", j.order().id().toString())
                .put("outcome", "CONFIRMED")
                .put("method", "EMAIL")
                .put("lines", JsonArray.of(JsonObject.builder().put("lineItemId", wine.id().toString()).put("unitPrice", "0.125")
                        .put("replacedBy", priced.lines().get(0).replacedBy().orElseThrow().toString()).build()))
                .put("supplierReference", "LEV-4711")
                .put("message", "Levereras tisdag")
                .put("receivedAt", j.now().toString())
                .put("receivedBy", operator.subject())
                .build());
        assertThat(refusal.toJson()).isEqualTo(JsonObject.builder()
                .put("id", ID.toString())
                .put("orderId", j.order().id().toString())
                .put("outcome", "REFUSED")
                .put("method", "MANUAL")
                .put("lines", JsonArray.of())
                .put("refusalReason", "Slut i lager")
                .put("receivedAt", j.now().toString())
                .put("receivedBy", operator.subject())
                .build());
    }

    @Test
    @DisplayName("the event of a received confirmation belongs to the order and carries the confirmation's JSON")
    void the_received_event_belongs_to_the_order() {
        OrderJournal j = placed(aSale().build());

        SupplierConfirmation.Received r = received(j, SupplierConfirmationDraft.confirmed(ConfirmationMethod.API));
        SupplierConfirmationReceived event = (SupplierConfirmationReceived) r.change().events().get(r.change().events().size() - 1);

        assertThat(List.of(event.tenant(), event.aggregateType(), event.aggregateId(), event.occurredAt(), event.payload()))
                .containsExactly(TENANT, "order", j.order().id().toString(), j.now(), r.confirmation().toJson());
        assertThat(event.type()).isEqualTo("SupplierConfirmationReceived");
    }

    @Test
    @DisplayName("a confirmation id reads and prints as its UUID")
    void a_confirmation_id_reads_and_prints_as_its_uuid() {
        String uuid = "0190f7a4-5c1e-7c3a-9f00-0000000000c1";
        Clock fixed = Clock.fixed(NOW, ZoneOffset.UTC);

        assertThat(SupplierConfirmationId.of(uuid)).isEqualTo(new SupplierConfirmationId(UUID.fromString(uuid)));
        assertThat(SupplierConfirmationId.of(uuid).toString()).isEqualTo(uuid);
        assertThat(SupplierConfirmationId.next(new Uuids(fixed, new Random(7))))
                .as("the next UUIDv7 of the generator").isEqualTo(new SupplierConfirmationId(new Uuids(fixed, new Random(7)).next()));
    }
}
