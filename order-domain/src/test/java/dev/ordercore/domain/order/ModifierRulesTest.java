package dev.ordercore.domain.order;

import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.catalog.Frequency;
import dev.ordercore.domain.catalog.ModifierKind;
import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.catalog.OrderModifierRuleId;
import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonNumber;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.RoundingPolicy;
import dev.ordercore.domain.shared.Uuids;
import dev.ordercore.domain.shared.Violations;
import dev.ordercore.domain.testing.LifecycleDriver;
import dev.ordercore.domain.testing.OrderArbitraries;
import dev.ordercore.domain.testing.OrderFixtures;
import dev.ordercore.domain.testing.OrderJournal;
import dev.ordercore.domain.testing.TenantSetup;
import dev.ordercore.domain.testing.ValueArbitraries;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static dev.ordercore.domain.testing.OrderFixtures.CUSTOMER;
import static dev.ordercore.domain.testing.OrderFixtures.DAY;
import static dev.ordercore.domain.testing.OrderFixtures.EXCAVATOR;
import static dev.ordercore.domain.testing.OrderFixtures.NOW;
import static dev.ordercore.domain.testing.OrderFixtures.TENANT;
import static dev.ordercore.domain.testing.OrderFixtures.aCharge;
import static dev.ordercore.domain.testing.OrderFixtures.aSale;
import static dev.ordercore.domain.testing.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * R33 by example: a rental shop charges delivery, 250.00 SEK, and a damage waiver, 10 % of the
 * rental, on every rental line. The fixture klasses rent at 900.00 SEK a day or 4000.00 a week.
 */
class ModifierRulesTest {

    private static final Currency SEK = Currency.getInstance("SEK");
    private static final BillingDraft MONTHLY_NET_30 = BillingDraft.recurring(BillingTiming.IN_ARREARS, Frequency.MONTH, 30, Payer.CUSTOMER);

    private static final OrderModifier DELIVERY = modifier("Delivery", ModifierKind.DELIVERY);
    private static final OrderModifier DAMAGE_WAIVER = modifier("Damage waiver", ModifierKind.DAMAGE_WAIVER);
    private static final OrderModifierRule DELIVER_RENTALS = rule("deliver rentals", DELIVERY, rentals(),
            new OrderModifierRule.EffectDraft(OrderModifierRule.EffectType.FIXED, new BigDecimal("250.00"), SEK, null));
    private static final OrderModifierRule INSURE_RENTALS = rule("insure rentals", DAMAGE_WAIVER, rentals(),
            new OrderModifierRule.EffectDraft(OrderModifierRule.EffectType.PERCENT, null, null, new BigDecimal("10")));

    private static final TenantSetup SHOP = withRules(DELIVER_RENTALS, INSURE_RENTALS);

    private static OrderModifier modifier(String name, ModifierKind kind) {
        return OrderModifier.create(new OrderModifierId(Uuids.nameBased("fixture", name)), TENANT, name, kind, Optional.empty(), NOW)
                .value();
    }

    private static OrderModifierRule.ConditionDraft rentals() {
        return new OrderModifierRule.ConditionDraft(List.of(LineItemKind.RENTAL), null, null, null, null);
    }

    private static OrderModifierRule rule(String name, OrderModifier modifier, OrderModifierRule.ConditionDraft condition,
                                          OrderModifierRule.EffectDraft effect) {
        return OrderModifierRule.create(new OrderModifierRuleId(Uuids.nameBased("fixture", name)), TENANT, modifier.id(), condition, effect, NOW)
                .value();
    }

    private static TenantSetup withRules(OrderModifierRule... rules) {
        return OrderFixtures.setup().withCatalog(OrderFixtures.CATALOG.withModifiers(List.of(DELIVERY, DAMAGE_WAIVER), List.of(rules)));
    }

    /** The excavator for {@code days} days, priced from its klass, billed monthly in arrears with net 30 (R32). */
    private static LineItemDraft.Builder aRental(int days) {
        return LineItemDraft.builder().ref("dig").klass(EXCAVATOR.id()).period(DAY, DAY.plusDays(days)).customer(CUSTOMER)
                .billing(MONTHLY_NET_30);
    }

    private static Order placed(TenantSetup setup, OrderDraft draft) {
        return OrderFixtures.place(setup, draft, 1).value().order();
    }

    private static List<LineItem> charges(Order order) {
        return order.lineItems().stream().filter(LineItem::isRuleCharge).toList();
    }

    @Test
    @DisplayName("R33 a 10-day rental gets a delivery of 250.00 and a damage waiver of 670.00, each a charge line modifying it")
    void r33_a_rental_gets_a_delivery_and_a_damage_waiver() {
        Order order = placed(SHOP, anOrder().line(aRental(10).build()).line(aSale().build()).build());

        LineItem rental = order.lineItems().get(0);
        assertThat(rental.amount()).isEqualTo(Money.of("6700.00", "SEK"));
        assertThat(order.lineItems()).hasSize(4);
        assertThat(charges(order)).extracting(l -> l.charge().orElseThrow().kind(), LineItem::description, LineItem::quantity,
                        l -> l.amount().amount().toPlainString())
                .containsExactlyInAnyOrder(
                        tuple(ModifierKind.DELIVERY, Optional.of("Delivery"), 1, "250.00"),
                        tuple(ModifierKind.DAMAGE_WAIVER, Optional.of("Damage waiver"), 1, "670.00"));
        assertThat(charges(order)).allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(LineItemKind.CHARGE);
            assertThat(c.modifies()).contains(rental.id());
            assertThat(c.dates()).isEqualTo(Dates.on(DAY));
            assertThat(c.customer()).contains(CUSTOMER);
            assertThat(c.billing()).contains(BillingConfig.once(30, Payer.CUSTOMER));
            assertThat(c.status()).isEqualTo("PENDING");
            assertThat(c.ref()).isEmpty();
        });
        assertThat(order.total(SHOP.lifecycles())).isEqualTo(Money.of("9420.00", "SEK")); // 6700 + 1800 + 250 + 670
    }

    @Test
    @DisplayName("R33 a delivery the request charges by hand takes the place of the rule's, and the other rules still charge")
    void r33_a_charge_stated_by_hand_takes_the_place_of_the_rule() {
        LineItemDraft byHand = LineItemDraft.builder().modifies("dig").modifier(DELIVERY.id()).description("Delivery, far away")
                .unitPrice("400.00").on(DAY).customer(CUSTOMER).build();
        Order order = placed(SHOP, anOrder().line(aRental(10).build()).line(byHand).build());

        assertThat(order.lineItems()).hasSize(3);
        assertThat(charges(order)).extracting(l -> l.charge().orElseThrow().kind()).containsExactly(ModifierKind.DAMAGE_WAIVER);
        assertThat(order.lineItems().get(1).charge()).contains(new Charge(DELIVERY.id(), ModifierKind.DELIVERY, Optional.empty()));
        assertThat(order.total(SHOP.lifecycles())).isEqualTo(Money.of("7770.00", "SEK")); // 6700 + 400 + 670
    }

    @Test
    @DisplayName("R33 a delivery added by hand in an adjustment cancels the rule's delivery on that line, so shipping is charged once")
    void r33_a_charge_added_by_hand_later_replaces_the_rule_charge() {
        OrderJournal placed = journal(SHOP, anOrder().line(aRental(10).build()).build());
        LineItem rental = placed.order().lineItems().get(0);
        LineItem ruleDelivery = charges(placed.order()).stream().filter(l -> l.charge().orElseThrow().kind() == ModifierKind.DELIVERY)
                .findFirst().orElseThrow();
        LineItemDraft byHand = LineItemDraft.builder().modifies(LineRef.id(rental.id())).modifier(DELIVERY.id())
                .description("Delivery, far away").unitPrice("400.00").on(DAY).customer(CUSTOMER).build();

        OrderJournal adjusted = placed.adjust(adding(byHand), SHOP.catalog(), SHOP.rounding()).value();

        assertThat(adjusted.order().line(ruleDelivery.id()).orElseThrow().status()).isEqualTo("CANCELLED");
        assertThat(adjusted.order().lineItems()).filteredOn(l -> l.charge().filter(c -> c.kind() == ModifierKind.DELIVERY).isPresent())
                .filteredOn(l -> !l.status().equals("CANCELLED")).extracting(l -> l.amount().amount().toPlainString())
                .containsExactly("400.00");
        StatusEntry entry = adjusted.history().entries().get(adjusted.history().size() - 1);
        assertThat(entry.payload().get("cancelled").orElseThrow().toString()).contains(ruleDelivery.id().toString());
        assertThat(adjusted.order().total(SHOP.lifecycles())).isEqualTo(Money.of("7770.00", "SEK")); // 6700 + 670 + 400
    }

    @Test
    @DisplayName("R33 charges come after the requested lines, sorted by base line and rule id")
    void r33_charges_come_after_the_requested_lines_in_a_stable_order() {
        Order order = placed(SHOP, anOrder().line(aSale().build()).line(aRental(10).build()).line(aRental(3).ref("short").build()).build());

        List<OrderModifierRuleId> byId = new ArrayList<>(List.of(DELIVER_RENTALS.id(), INSURE_RENTALS.id()));
        byId.sort(Comparator.comparing(OrderModifierRuleId::value));
        LineItem ten = order.lineItems().get(1);
        LineItem three = order.lineItems().get(2);
        assertThat(order.lineItems().subList(3, 7)).extracting(l -> l.modifies().orElseThrow(), l -> l.charge().orElseThrow().rule().orElseThrow())
                .containsExactly(tuple(ten.id(), byId.get(0)), tuple(ten.id(), byId.get(1)),
                        tuple(three.id(), byId.get(0)), tuple(three.id(), byId.get(1)));
    }

    @Test
    @DisplayName("R33 the expected total counts the charges rules add")
    void r33_the_expected_total_counts_the_charges() {
        OrderDraft draft = anOrder().line(aRental(10).build()).build();

        assertThat(OrderFixtures.place(SHOP, draft.withExpectedTotal(new BigDecimal("7620.00")), 1).isOk()).isTrue();
        assertThat(DraftEdits.violations(OrderFixtures.place(SHOP, draft.withExpectedTotal(new BigDecimal("6700.00")), 1)))
                .containsExactly("expectedTotal total_mismatch");
    }

    @Test
    @DisplayName("R33 a percent charge is rounded once, by the tenant's rounding mode")
    void r33_a_percent_charge_is_rounded_once_by_the_tenants_mode() {
        OrderDraft draft = anOrder().line(aRental(10).unitPrice("4900.05").build()).build(); // 10 % = 490.005

        TenantSetup halfUp = SHOP.withRounding(new RoundingPolicy(RoundingMode.HALF_UP, RoundingPolicy.TaxRounding.PER_DOCUMENT));
        assertThat(waiver(placed(SHOP, draft))).isEqualTo(Money.of("490.00", "SEK"));
        assertThat(waiver(placed(halfUp, draft))).isEqualTo(Money.of("490.01", "SEK"));
    }

    private static Money waiver(Order order) {
        return charges(order).stream().filter(l -> l.charge().orElseThrow().kind() == ModifierKind.DAMAGE_WAIVER)
                .findFirst().orElseThrow().amount();
    }

    @Test
    @DisplayName("R33 a per-unit charge is the base line's quantity times the amount")
    void r33_a_per_unit_charge_is_quantity_times_the_amount() {
        OrderModifierRule perMachine = rule("per machine", DELIVERY, rentals(),
                new OrderModifierRule.EffectDraft(OrderModifierRule.EffectType.PER_UNIT, new BigDecimal("125.50"), SEK, null));

        Order order = placed(withRules(perMachine), anOrder().line(aRental(10).quantity(3).build()).build());

        assertThat(charges(order)).singleElement().satisfies(c -> {
            assertThat(c.quantity()).isEqualTo(3);
            assertThat(c.unitPrice().amount()).isEqualByComparingTo("125.50");
            assertThat(c.amount()).isEqualTo(Money.of("376.50", "SEK"));
        });
    }

    @Test
    @DisplayName("R33 deleted rules, rules of deleted modifiers and rules in another currency never charge")
    void r33_deleted_rules_deleted_modifiers_and_other_currencies_never_charge() {
        OrderModifierRule inEuro = rule("in euro", DELIVERY, rentals(),
                new OrderModifierRule.EffectDraft(OrderModifierRule.EffectType.FIXED, new BigDecimal("25.00"), Currency.getInstance("EUR"), null));
        OrderModifier gone = modifier("Gone", ModifierKind.FEE).deleted(NOW);
        OrderModifierRule ofGone = rule("of gone", gone, rentals(),
                new OrderModifierRule.EffectDraft(OrderModifierRule.EffectType.FIXED, new BigDecimal("1.00"), SEK, null));
        OrderModifierRule deleted = DELIVER_RENTALS.deleted(NOW);
        TenantSetup setup = OrderFixtures.setup().withCatalog(OrderFixtures.CATALOG.withModifiers(List.of(DELIVERY, gone),
                List.of(inEuro, ofGone, deleted)));

        assertThat(charges(placed(setup, anOrder().line(aRental(10).build()).build()))).isEmpty();
    }

    @Test
    @DisplayName("R33 a rule with conditions on category, klass and a minimum amount charges only lines that meet all of them")
    void r33_conditions_on_category_klass_and_minimum_amount() {
        OrderModifierRule bigWineOrders = rule("big wine orders", DELIVERY,
                new OrderModifierRule.ConditionDraft(List.of(), OrderFixtures.WINES.id(), OrderFixtures.CHABLIS.id(), new BigDecimal("1000.00"), SEK),
                new OrderModifierRule.EffectDraft(OrderModifierRule.EffectType.FIXED, new BigDecimal("99.00"), SEK, null));

        Order order = placed(withRules(bigWineOrders), anOrder()
                .line(aSale().ref("big").build())                        // 12 × 150.00 = 1800.00
                .line(aSale().ref("small").quantity(6).build())           // 900.00
                .line(aRental(10).build())                                // not wine
                .build());

        assertThat(charges(order)).singleElement().satisfies(c -> assertThat(c.modifies()).contains(order.lineItems().get(0).id()));
    }

    @Test
    @DisplayName("R33 charge lines never trigger rules, but a requested charge line that modifies nothing is a base line")
    void r33_charges_do_not_cascade() {
        OrderModifierRule everything = rule("everything", DELIVERY, new OrderModifierRule.ConditionDraft(List.of(), null, null, null, null),
                new OrderModifierRule.EffectDraft(OrderModifierRule.EffectType.FIXED, new BigDecimal("1.00"), SEK, null));

        Order order = placed(withRules(everything), anOrder()
                .line(aRental(10).build())
                .line(aCharge().ref("fee").build())
                .line(aCharge().modifies("dig").build())
                .build());

        assertThat(charges(order)).extracting(l -> l.modifies().orElseThrow())
                .containsExactly(order.lineItems().get(0).id(), order.lineItems().get(1).id());
    }

    @Test
    @DisplayName("R33 applying the rules again to an order's lines adds nothing")
    void r33_applying_the_rules_again_adds_nothing() {
        Order order = placed(SHOP, anOrder().line(aRental(10).build()).line(aRental(20).ref("long").build()).build());
        LinePlanner.Context ctx = new LinePlanner.Context(TENANT, SEK, Optional.empty(), Optional.empty(), SHOP.catalog(), SHOP.rounding(),
                SHOP.lifecycles(), order.lineItems(), OrderIds.fresh(ValueArbitraries.uuidGenerator(3)), NOW);
        Violations v = new Violations();

        assertThat(ModifierRules.apply(order.lineItems(), ctx, v, "lineItems", order.lineItems().size())).isEmpty();
        assertThat(v.isEmpty()).isTrue();
    }

    @Test
    @DisplayName("R24 R33 an intent-born order gets the same charges and ids whatever the order of the tenant's rules")
    void r33_derived_ids_do_not_depend_on_the_order_of_the_rules() {
        OrderDraft draft = anOrder().line(aRental(10).build()).line(aRental(45).ref("long").build()).build();
        TenantSetup reversed = withRules(INSURE_RENTALS, DELIVER_RENTALS);
        OrderId id = new OrderId(Uuids.nameBased("intent", "shop-1001"));

        Order first = Order.place(intentPlacement(SHOP, id, draft)).value().order();
        Order second = Order.place(intentPlacement(reversed, id, draft)).value().order();

        assertThat(second).isEqualTo(first);
    }

    private static Order.Placement intentPlacement(TenantSetup s, OrderId id, OrderDraft draft) {
        return new Order.Placement(s.tenant(), id, OrderNumber.of("ORD", 2026, 1), draft, s.catalog(), s.rounding(), s.lifecycles(),
                OrderIds.derivedFrom(id), Optional.empty(), s.operator(), NOW);
    }

    @Test
    @DisplayName("R14 R33 order:submitted names the charges rules added")
    void r33_the_submitted_entry_names_the_rule_charges() {
        OrderChange change = OrderFixtures.place(SHOP, anOrder().line(aRental(10).build()).build(), 1).value();

        JsonObject payload = change.entries().get(0).payload();
        List<JsonValue> ids = charges(change.order()).stream().<JsonValue>map(l -> new JsonString(l.id().toString())).toList();
        assertThat(payload.get("ruleCharges")).contains(new JsonArray(ids));
        assertThat(payload.get("lineItems")).contains(JsonNumber.of(3));
    }

    @Test
    @DisplayName("R33 the lines rules add count towards the most lines an order has")
    void r33_rule_charges_count_towards_the_line_limit() {
        List<LineItemDraft> rentals = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            rentals.add(aRental(10).ref("r" + i).build());
        }

        Result<OrderChange, OrderError> refused = OrderFixtures.place(SHOP, anOrder().lines(rentals).build(), 1);

        assertThat(DraftEdits.violations(refused)).containsExactly("lineItems too_many_lines");
        assertThat(((OrderError.ValidationFailed) refused.error()).violations().get(0).message()).contains("800 charges", "1200");
    }

    @Test
    @DisplayName("R33 a percent charge too large for a unit price is refused on its base line")
    void r33_a_charge_too_large_is_refused() {
        OrderModifierRule tenFold = rule("ten fold", DAMAGE_WAIVER, rentals(),
                new OrderModifierRule.EffectDraft(OrderModifierRule.EffectType.PERCENT, null, null, new BigDecimal("1000")));
        OrderDraft draft = anOrder().line(aRental(10).unitPrice("9999999999999").quantity(1000).build()).build();

        assertThat(DraftEdits.violations(OrderFixtures.place(withRules(tenFold), draft, 1))).containsExactly("lineItems[0] charge_too_large");
    }

    // ---- adjustments

    private static OrderJournal journal(TenantSetup setup, OrderDraft draft) {
        return OrderArbitraries.place(setup, draft, 1).journal();
    }

    private static Order.Adjustment adding(LineItemDraft... lines) {
        return new Order.Adjustment(List.of(lines), List.of(), "more machines", SHOP.operator());
    }

    @Test
    @DisplayName("R33 an adjustment charges the lines it adds, and rules made after placement do not charge the old lines")
    void r33_an_adjustment_charges_only_the_lines_it_adds() {
        OrderJournal placed = journal(OrderFixtures.setup(), anOrder().line(aRental(10).build()).build());
        assertThat(charges(placed.order())).isEmpty();

        OrderJournal adjusted = placed.adjust(adding(aRental(3).ref("extra").build()), SHOP.catalog(), SHOP.rounding()).value();

        LineItem extra = adjusted.order().lineItems().get(1);
        assertThat(charges(adjusted.order())).hasSize(2).allSatisfy(c -> assertThat(c.modifies()).contains(extra.id()));
        assertThat(adjusted.order().lineItems().subList(2, 4)).containsExactlyElementsOf(charges(adjusted.order()));
        StatusEntry entry = adjusted.history().entries().get(adjusted.history().size() - 1);
        assertThat(entry.code().toString()).isEqualTo("order:manually_adjusted");
        assertThat(entry.payload().get("added").orElseThrow().toString()).contains(extra.id().toString(),
                charges(adjusted.order()).get(0).id().toString(), charges(adjusted.order()).get(1).id().toString());
        assertThat(entry.payload().get("ruleCharges")).isPresent();
    }

    @Test
    @DisplayName("R33 cancelling a line in an adjustment cancels the charges rules added to it, not the ones a person added")
    void r33_cancelling_a_line_cancels_its_rule_charges() {
        OrderJournal placed = journal(SHOP, anOrder().line(aRental(10).build()).line(aCharge().modifies("dig").build())
                .line(aSale().build()).build());
        LineItem rental = placed.order().lineItems().get(0);
        List<LineItemId> ruleCharges = charges(placed.order()).stream().map(LineItem::id).toList();
        int before = placed.history().size();

        OrderJournal adjusted = placed.adjust(new Order.Adjustment(List.of(), List.of(rental.id()), "not needed", SHOP.operator()),
                SHOP.catalog(), SHOP.rounding()).value();

        assertThat(adjusted.order().lineItems()).extracting(LineItem::status)
                .containsExactly("CANCELLED", "PENDING", "PENDING", "CANCELLED", "CANCELLED");
        List<StatusEntry> written = adjusted.history().entries().subList(before, adjusted.history().size());
        assertThat(written).extracting(e -> e.code().toString(), StatusEntry::lineItem).containsExactly(
                tuple("order:cancelled", Optional.of(rental.id())),
                tuple("order:cancelled", Optional.of(ruleCharges.get(0))),
                tuple("order:cancelled", Optional.of(ruleCharges.get(1))),
                tuple("order:manually_adjusted", Optional.empty()));
        assertThat(written.get(3).payload().get("cancelled").orElseThrow().toString())
                .contains(rental.id().toString(), ruleCharges.get(0).toString(), ruleCharges.get(1).toString());
        assertThat(adjusted.order().total(SHOP.lifecycles())).isEqualTo(Money.of("2050.00", "SEK")); // 250.00 + 1800.00
    }

    @Test
    @DisplayName("R33 cancelling one line through its status cancels the charges rules added to it, each with its own entry")
    void r33_a_line_cancelled_through_its_status_takes_its_rule_charges_along() {
        OrderJournal placed = journal(SHOP, anOrder().line(aRental(10).build()).line(aSale().build()).build());
        LineItem rental = placed.order().lineItems().get(0);
        List<LineItemId> ruleCharges = charges(placed.order()).stream().map(LineItem::id).toList();
        int before = placed.history().size();

        LifecycleDriver.Driven cancelled = LifecycleDriver.driveLine(placed, rental.id(), List.of("CANCELLED"), SHOP.operator());

        assertThat(cancelled.completed()).isTrue();
        OrderJournal after = cancelled.journal();
        assertThat(after.order().lineItems()).extracting(LineItem::status).containsExactly("CANCELLED", "PENDING", "CANCELLED", "CANCELLED");
        assertThat(after.history().entries().subList(before, after.history().size()))
                .extracting(e -> e.code().toString(), StatusEntry::lineItem).containsExactly(
                        tuple("order:cancelled", Optional.of(rental.id())),
                        tuple("order:cancelled", Optional.of(ruleCharges.get(0))),
                        tuple("order:cancelled", Optional.of(ruleCharges.get(1))));
        assertThat(after.order().total(SHOP.lifecycles())).isEqualTo(Money.of("1800.00", "SEK"));
    }

    @Test
    @DisplayName("R16 R33 a rule charge that can no longer be cancelled stays, named in a cancel_incomplete warning")
    void r33_a_shipped_rule_charge_stays_with_a_warning() {
        OrderJournal placed = journal(SHOP, anOrder().line(aRental(10).build()).build());
        LineItem rental = placed.order().lineItems().get(0);
        LineItem delivery = charges(placed.order()).stream().filter(l -> l.charge().orElseThrow().kind() == ModifierKind.DELIVERY)
                .findFirst().orElseThrow();
        OrderJournal shipped = LifecycleDriver.driveLine(placed, delivery.id(), List.of("CONFIRMED", "ALLOCATED", "SHIPPED"),
                SHOP.operator()).journal();
        int before = shipped.history().size();

        OrderJournal adjusted = shipped.adjust(new Order.Adjustment(List.of(), List.of(rental.id()), "not needed", SHOP.operator()),
                SHOP.catalog(), SHOP.rounding()).value();

        List<StatusEntry> written = adjusted.history().entries().subList(before, adjusted.history().size());
        assertThat(written).extracting(e -> e.code().toString()).containsExactly(
                "order:cancelled", "order:cancelled", "order:cancel_incomplete", "order:manually_adjusted");
        assertThat(written.get(2).severity()).isEqualTo(Severity.WARNING);
        assertThat(written.get(2).payload()).isEqualTo(JsonObject.builder().put("lineItems", JsonArray.of(JsonObject.builder()
                .put("lineItemId", delivery.id().toString()).put("status", "SHIPPED").build())).build());
        assertThat(adjusted.order().line(delivery.id()).orElseThrow().status()).isEqualTo("SHIPPED");
    }

    @Test
    @DisplayName("R33 the lines rules add to an adjustment count towards the most lines an order has")
    void r33_rule_charges_of_an_adjustment_count_towards_the_line_limit() {
        List<LineItemDraft> many = new ArrayList<>();
        for (int i = 0; i < 333; i++) {
            many.add(aRental(10).ref("r" + i).build());
        }
        OrderJournal placed = journal(OrderFixtures.setup(), anOrder().lines(many).build());

        Result<OrderJournal, OrderError> accepted = placed.adjust(adding(aRental(3).ref("one-more").build()), SHOP.catalog(), SHOP.rounding());

        assertThat(accepted.isOk()).isTrue(); // 333 + 1 + 2 charges
        List<LineItemDraft> more = new ArrayList<>();
        for (int i = 0; i < 223; i++) {
            more.add(aRental(3).ref("m" + i).build());
        }
        Result<OrderJournal, OrderError> tooMany = placed.adjust(new Order.Adjustment(more, List.of(), "many more", SHOP.operator()),
                SHOP.catalog(), SHOP.rounding());
        assertThat(DraftEdits.violations(tooMany)).containsExactly("add too_many_lines"); // 333 + 223 + 446 = 1002
    }
}
