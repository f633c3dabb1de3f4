package dev.ordercore.application.usecases;

import dev.ordercore.application.fixtures.Intents;
import dev.ordercore.application.fixtures.OrderFixtures;
import dev.ordercore.application.fixtures.Principals;
import dev.ordercore.application.port.in.AdjustOrderCommand;
import dev.ordercore.application.port.in.CreateAssetCommand;
import dev.ordercore.application.port.in.CreateCategoryCommand;
import dev.ordercore.application.port.in.CreateKlassCommand;
import dev.ordercore.application.port.in.CreateModifierCommand;
import dev.ordercore.application.port.in.CreateModifierRuleCommand;
import dev.ordercore.application.port.in.CreateProductCommand;
import dev.ordercore.application.port.in.DeleteCatalogEntryCommand;
import dev.ordercore.application.port.in.GetCatalogEntryQuery;
import dev.ordercore.application.port.in.IntentReceipt;
import dev.ordercore.application.port.in.ListCatalogQuery;
import dev.ordercore.application.port.in.PlaceOrderCommand;
import dev.ordercore.application.port.in.SubmitIntentCommand;
import dev.ordercore.application.port.in.TransitionLineItemCommand;
import dev.ordercore.application.port.in.TransitionOrderCommand;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.catalog.CategoryType;
import dev.ordercore.domain.catalog.Frequency;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.catalog.ModifierKind;
import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.catalog.OrderModifierRuleId;
import dev.ordercore.domain.intent.IntentOutcome;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.order.Charge;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.LineItemKind;
import dev.ordercore.domain.order.LineRef;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.ordercore.application.fixtures.OrderFixtures.FEB_1;
import static dev.ordercore.application.fixtures.OrderFixtures.RESTAURANT;
import static dev.ordercore.application.fixtures.OrderFixtures.SEK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Order modifiers and their rules (seed 003) through the use cases, and soft deletion of every
 * catalog entry: deleted entries stay readable and keep old orders working, and nothing new may use them.
 */
public abstract class ModifierScenarios extends CoreScenarios {

    private OrderModifier modifier(String name, ModifierKind kind) {
        return ok(core.createModifier().create(new CreateModifierCommand(Principals.admin(TENANT), TENANT, name, kind, null)));
    }

    private OrderModifierRule fixedRule(OrderModifierId modifier, KlassId klass, String amount) {
        return ok(core.createModifierRule().create(new CreateModifierRuleCommand(Principals.admin(TENANT), TENANT, modifier,
                new OrderModifierRule.ConditionDraft(List.of(LineItemKind.RENTAL), null, klass, null, null),
                new OrderModifierRule.EffectDraft(OrderModifierRule.EffectType.FIXED, new BigDecimal(amount), SEK, null))));
    }

    private static OrderModifierRule.EffectDraft tenPercent() {
        return new OrderModifierRule.EffectDraft(OrderModifierRule.EffectType.PERCENT, null, null, BigDecimal.TEN);
    }

    private static List<Violation> violations(OrderError error) {
        assertThat(error).isInstanceOf(OrderError.ValidationFailed.class);
        return ((OrderError.ValidationFailed) error).violations();
    }

    private List<DomainEvent> events(String type, String aggregateId) {
        return committedEvents().stream().filter(e -> e.type().equals(type) && e.aggregateId().equals(aggregateId)).toList();
    }

    // modifiers and rules

    @Test
    void an_admin_adds_a_modifier_and_a_rule_and_everyone_in_the_tenant_reads_them() {
        OrderModifier delivery = ok(core.createModifier().create(new CreateModifierCommand(Principals.admin(TENANT), TENANT,
                " Delivery ", ModifierKind.DELIVERY, "Truck to site")));
        OrderModifierRule rule = ok(core.createModifierRule().create(new CreateModifierRuleCommand(Principals.admin(TENANT), TENANT,
                delivery.id(), new OrderModifierRule.ConditionDraft(List.of(LineItemKind.RENTAL), null, catalog.excavator(),
                new BigDecimal("1000.00"), SEK),
                new OrderModifierRule.EffectDraft(OrderModifierRule.EffectType.FIXED, new BigDecimal("250.00"), SEK, null))));

        assertThat(delivery.name()).isEqualTo("Delivery");
        assertThat(delivery.description()).contains("Truck to site");
        assertThat(ok(core.getModifier().get(new GetCatalogEntryQuery<>(Principals.viewer(TENANT), TENANT, delivery.id()))))
                .isEqualTo(delivery);
        assertThat(ok(core.getModifierRule().get(new GetCatalogEntryQuery<>(Principals.viewer(TENANT), TENANT, rule.id()))))
                .isEqualTo(rule);
        assertThat(ok(core.listModifiers().list(new ListCatalogQuery(Principals.viewer(TENANT), TENANT, 10, Optional.empty()))).items())
                .containsExactly(delivery);
        assertThat(ok(core.listModifierRules().list(new ListCatalogQuery(Principals.viewer(TENANT), TENANT, 10, Optional.empty())))
                .items()).containsExactly(rule);
        assertThat(events("CatalogEntryCreated", delivery.id().toString())).singleElement()
                .satisfies(e -> assertThat(e.aggregateType()).isEqualTo("modifier"));
        assertThat(events("CatalogEntryCreated", rule.id().toString())).singleElement().satisfies(e -> {
            assertThat(e.aggregateType()).isEqualTo("modifier_rule");
            assertThat(e.payload().get("modifierId")).contains(JsonValue.of(delivery.id().toString()));
        });
    }

    @Test
    void a_rule_referencing_a_missing_klass_is_refused_at_condition_klass_id_together_with_the_rules_own_violations() {
        OrderModifier delivery = modifier("Delivery", ModifierKind.DELIVERY);
        KlassId missing = new KlassId(UUID.fromString("0190f7a4-5c1e-7c3a-9f00-00000000dead"));

        OrderError error = refused(core.createModifierRule().create(new CreateModifierRuleCommand(Principals.admin(TENANT), TENANT,
                delivery.id(), new OrderModifierRule.ConditionDraft(null, new CategoryId(UUID.randomUUID()), missing, null, null),
                new OrderModifierRule.EffectDraft(OrderModifierRule.EffectType.PERCENT, new BigDecimal("5"), null, new BigDecimal("0")))));

        assertThat(violations(error)).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                tuple("condition.klassId", "unknown_klass"),
                tuple("condition.categoryId", "unknown_category"),
                tuple("effect.amount", "not_allowed"),
                tuple("effect.percent", "out_of_range"));
        assertThat(ok(core.listModifierRules().list(new ListCatalogQuery(Principals.viewer(TENANT), TENANT, 10, Optional.empty())))
                .items()).isEmpty();
    }

    @Test
    void R35_a_rule_may_not_name_another_tenants_modifier_or_klass_and_reads_like_an_unknown_one() {
        OrderModifier ours = modifier("Delivery", ModifierKind.DELIVERY);

        OrderError error = refused(core.createModifierRule().create(new CreateModifierRuleCommand(Principals.admin(OTHER_TENANT),
                OTHER_TENANT, ours.id(), new OrderModifierRule.ConditionDraft(null, null, catalog.excavator(), null, null), tenPercent())));

        assertThat(violations(error)).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                tuple("modifierId", "unknown_modifier"), tuple("condition.klassId", "unknown_klass"));
        assertThat(refused(core.getModifier().get(new GetCatalogEntryQuery<>(Principals.viewer(OTHER_TENANT), OTHER_TENANT, ours.id())))
                .code()).isEqualTo("modifier.not_found");
    }

    @Test
    void R36_only_admins_add_or_delete_modifiers_and_rules() {
        OrderModifier delivery = modifier("Delivery", ModifierKind.DELIVERY);
        OrderModifierRule rule = fixedRule(delivery.id(), catalog.excavator(), "250.00");

        assertThat(refused(core.createModifier().create(new CreateModifierCommand(Principals.operator(TENANT), TENANT, "Fee",
                ModifierKind.FEE, null)))).isInstanceOf(OrderError.Forbidden.class);
        assertThat(refused(core.createModifierRule().create(new CreateModifierRuleCommand(Principals.operator(TENANT), TENANT,
                delivery.id(), null, tenPercent())))).isInstanceOf(OrderError.Forbidden.class);
        assertThat(refused(core.deleteModifier().delete(new DeleteCatalogEntryCommand<>(Principals.operator(TENANT), TENANT,
                delivery.id())))).isInstanceOf(OrderError.Forbidden.class);
        assertThat(refused(core.deleteModifierRule().delete(new DeleteCatalogEntryCommand<>(Principals.viewer(TENANT), TENANT,
                rule.id())))).isInstanceOf(OrderError.Forbidden.class);
        assertThat(refused(core.deleteKlass().delete(new DeleteCatalogEntryCommand<>(Principals.operator(TENANT), TENANT,
                catalog.excavator())))).isInstanceOf(OrderError.Forbidden.class);
    }

    @Test
    void modifier_names_are_unique_per_tenant_and_a_deleted_modifier_keeps_its_name() {
        OrderModifier delivery = modifier("Delivery", ModifierKind.DELIVERY);

        assertThat(refused(core.createModifier().create(new CreateModifierCommand(Principals.admin(TENANT), TENANT, "Delivery",
                ModifierKind.FEE, null))).code()).isEqualTo("modifier.already_exists");
        ok(core.deleteModifier().delete(new DeleteCatalogEntryCommand<>(Principals.admin(TENANT), TENANT, delivery.id())));
        assertThat(refused(core.createModifier().create(new CreateModifierCommand(Principals.admin(TENANT), TENANT, "Delivery",
                ModifierKind.FEE, null))).code()).isEqualTo("modifier.already_exists");
        ok(core.createModifier().create(new CreateModifierCommand(Principals.admin(OTHER_TENANT), OTHER_TENANT, "Delivery",
                ModifierKind.DELIVERY, null)));
    }

    @Test
    void a_rule_cannot_be_added_on_a_deleted_modifier_klass_or_category() {
        OrderModifier retired = modifier("Old delivery", ModifierKind.DELIVERY);
        Category archive = ok(core.createCategory().create(new CreateCategoryCommand(Principals.admin(TENANT), TENANT, "Archive",
                CategoryType.RENTAL)));
        ok(core.deleteModifier().delete(new DeleteCatalogEntryCommand<>(Principals.admin(TENANT), TENANT, retired.id())));
        ok(core.deleteCategory().delete(new DeleteCatalogEntryCommand<>(Principals.admin(TENANT), TENANT, archive.id())));
        ok(core.deleteKlass().delete(new DeleteCatalogEntryCommand<>(Principals.admin(TENANT), TENANT, catalog.installation())));

        OrderError error = refused(core.createModifierRule().create(new CreateModifierRuleCommand(Principals.admin(TENANT), TENANT,
                retired.id(), new OrderModifierRule.ConditionDraft(null, archive.id(), catalog.installation(), null, null), tenPercent())));

        assertThat(violations(error)).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                tuple("modifierId", "modifier_deleted"), tuple("condition.categoryId", "category_deleted"),
                tuple("condition.klassId", "klass_deleted"));
    }

    // soft deletion

    @Test
    void a_deleted_entry_stays_readable_leaves_the_list_unless_asked_and_deleting_again_changes_nothing() {
        OrderModifier delivery = modifier("Delivery", ModifierKind.DELIVERY);
        OrderModifier waiver = modifier("Damage waiver", ModifierKind.DAMAGE_WAIVER);
        Instant deletedAt = clock.instant();

        OrderModifier deleted = ok(core.deleteModifier().delete(new DeleteCatalogEntryCommand<>(Principals.admin(TENANT), TENANT,
                delivery.id())));
        clock.advance(Duration.ofHours(1));
        OrderModifier again = ok(core.deleteModifier().delete(new DeleteCatalogEntryCommand<>(Principals.admin(TENANT), TENANT,
                delivery.id())));

        assertThat(deleted.deletedAt()).contains(deletedAt);
        assertThat(again).isEqualTo(deleted);
        assertThat(ok(core.getModifier().get(new GetCatalogEntryQuery<>(Principals.viewer(TENANT), TENANT, delivery.id()))))
                .isEqualTo(deleted);
        assertThat(ok(core.listModifiers().list(new ListCatalogQuery(Principals.viewer(TENANT), TENANT, 10, Optional.empty()))).items())
                .containsExactly(waiver);
        assertThat(ok(core.listModifiers().list(new ListCatalogQuery(Principals.viewer(TENANT), TENANT, 10, Optional.empty(), true)))
                .items()).containsExactly(deleted, waiver);
        assertThat(events("CatalogEntryDeleted", delivery.id().toString())).singleElement().satisfies(e -> {
            assertThat(e.aggregateType()).isEqualTo("modifier");
            assertThat(e.occurredAt()).as("recorded by the first deletion, not the second").isEqualTo(deletedAt);
            assertThat(e.payload().get("deletedAt")).isPresent();
        });
    }

    @Test
    void R35_deleting_an_unknown_id_or_another_tenants_entry_is_not_found_and_deletes_nothing() {
        assertThat(refused(core.deleteKlass().delete(new DeleteCatalogEntryCommand<>(Principals.admin(OTHER_TENANT), OTHER_TENANT,
                catalog.excavator()))).code()).isEqualTo("klass.not_found");
        assertThat(refused(core.deleteModifierRule().delete(new DeleteCatalogEntryCommand<>(Principals.admin(TENANT), TENANT,
                new OrderModifierRuleId(UUID.randomUUID())))).code()).isEqualTo("modifier_rule.not_found");
        assertThat(ok(core.getKlass().get(new GetCatalogEntryQuery<>(Principals.viewer(TENANT), TENANT, catalog.excavator())))
                .isDeleted()).isFalse();
    }

    @Test
    void every_catalog_collection_is_deleted_softly_and_lists_ask_for_deleted_entries_to_see_them() {
        Category wines = ok(core.deleteCategory().delete(new DeleteCatalogEntryCommand<>(Principals.admin(TENANT), TENANT,
                ok(core.listCategories().list(new ListCatalogQuery(Principals.viewer(TENANT), TENANT, 1, Optional.empty()))).items()
                        .get(0).id())));
        ok(core.deleteProduct().delete(new DeleteCatalogEntryCommand<>(Principals.admin(TENANT), TENANT, catalog.chablis())));
        ok(core.deleteAsset().delete(new DeleteCatalogEntryCommand<>(Principals.admin(TENANT), TENANT, catalog.excavators().get(2))));

        assertThat(wines.isDeleted()).isTrue();
        assertThat(ok(core.listCategories().list(new ListCatalogQuery(Principals.viewer(TENANT), TENANT, 10, Optional.empty()))).items())
                .extracting(Category::name).containsExactly("Rental equipment", "Services");
        assertThat(ok(core.listProducts().list(new ListCatalogQuery(Principals.viewer(TENANT), TENANT, 10, Optional.empty()))).items())
                .hasSize(1);
        assertThat(ok(core.listAssets().list(new ListCatalogQuery(Principals.viewer(TENANT), TENANT, 10, Optional.empty(), true))).items())
                .hasSize(3);
        assertThat(ok(core.getProduct().get(new GetCatalogEntryQuery<>(Principals.viewer(TENANT), TENANT, catalog.chablis()))).deletedAt())
                .isPresent();
    }

    @Test
    void nothing_new_hangs_on_a_deleted_entry_and_a_klass_in_a_sale_category_has_no_rental_price() {
        Category wines = ok(core.listCategories().list(new ListCatalogQuery(Principals.viewer(TENANT), TENANT, 1, Optional.empty())))
                .items().get(0);
        OrderError saleWithDayPrice = refused(core.createKlass().create(new CreateKlassCommand(Principals.admin(TENANT), TENANT,
                "Red wine", wines.id(), List.of(new Klass.PriceDraft(null, new BigDecimal("120.00"), SEK),
                new Klass.PriceDraft(Frequency.DAY, new BigDecimal("10.00"), SEK)))));
        ok(core.deleteCategory().delete(new DeleteCatalogEntryCommand<>(Principals.admin(TENANT), TENANT, wines.id())));
        ok(core.deleteKlass().delete(new DeleteCatalogEntryCommand<>(Principals.admin(TENANT), TENANT, catalog.wineKlass())));

        assertThat(violations(saleWithDayPrice)).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("pricing[1].frequency", "frequency_not_allowed"));
        assertThat(violations(refused(core.createKlass().create(new CreateKlassCommand(Principals.admin(TENANT), TENANT, "Rosé",
                wines.id(), List.of()))))).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("categoryId", "category_deleted"));
        assertThat(violations(refused(core.createProduct().create(new CreateProductCommand(Principals.admin(TENANT), TENANT,
                catalog.wineKlass(), "WINE-NEW", "New wine", JsonObject.empty()))))).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("klassId", "klass_deleted"));
    }

    @Test
    void a_deleted_klass_refuses_new_lines_while_orders_already_using_it_keep_working() {
        Order placed = OrderFixtures.place(core, catalog, OrderFixtures.mixedOrder(catalog));
        ok(core.deleteKlass().delete(new DeleteCatalogEntryCommand<>(Principals.admin(TENANT), TENANT, catalog.excavator())));

        OrderError refusedLine = refused(core.placeOrder().place(new PlaceOrderCommand(Principals.operator(TENANT), TENANT,
                OrderDraft.builder(SEK).customer(RESTAURANT).line(OrderFixtures.rentalLine(catalog)).build())));
        Order confirmed = ok(core.transitionOrder().transition(new TransitionOrderCommand(Principals.operator(TENANT), TENANT, placed.id(),
                "CONFIRMED", Optional.empty(), false, Optional.empty())));
        Order adjusted = ok(core.adjustOrder().adjust(new AdjustOrderCommand(Principals.operator(TENANT), TENANT, placed.id(),
                List.of(LineItemDraft.builder().description("Extra bucket").quantity(1).unitPrice("300.00").on(FEB_1).build()),
                List.of(), "customer asked", Optional.empty())));

        assertThat(violations(refusedLine)).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("lineItems[0].assetId", "klass_deleted"));
        assertThat(confirmed.status()).isEqualTo("CONFIRMED");
        assertThat(adjusted.lineItems()).hasSize(placed.lineItems().size() + 1);
        assertThat(adjusted.lineItems().get(1).klass()).contains(catalog.excavator());
        assertThat(ports.orders().find(TENANT, placed.id())).contains(adjusted);
    }

    @Test
    void nothing_new_hangs_anywhere_below_a_deleted_entry_not_only_right_under_it() {
        Klass excavator = ok(core.getKlass().get(new GetCatalogEntryQuery<>(Principals.viewer(TENANT), TENANT, catalog.excavator())));
        ok(core.deleteCategory().delete(new DeleteCatalogEntryCommand<>(Principals.admin(TENANT), TENANT, excavator.category())));

        assertThat(violations(refused(core.createProduct().create(new CreateProductCommand(Principals.admin(TENANT), TENANT,
                catalog.excavator(), "EXC-NEW", "Excavator, new", JsonObject.empty()))))).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("klassId", "category_deleted"));
        assertThat(violations(refused(core.createAsset().create(new CreateAssetCommand(
                Principals.admin(TENANT), TENANT, catalog.excavatorProduct(), "SN-NEW")))))
                .extracting(Violation::path, Violation::code).containsExactly(tuple("productId", "category_deleted"));
    }

    // charge lines

    @Test
    void a_line_naming_a_modifier_is_a_charge_of_it_and_is_stored_with_its_charge() {
        OrderModifier delivery = modifier("Delivery", ModifierKind.DELIVERY);
        LineItemDraft charge = LineItemDraft.builder().modifies("dig").modifier(delivery.id()).description("Delivery").quantity(1)
                .unitPrice("250.00").on(FEB_1).build();

        Order order = ok(core.placeOrder().place(new PlaceOrderCommand(Principals.operator(TENANT), TENANT, OrderDraft.builder(SEK)
                .customer(RESTAURANT).line(OrderFixtures.rentalLine(catalog)).line(charge).build())));
        LineItem added = order.lineItems().stream().filter(l -> l.charge().isPresent() && !l.isRuleCharge()).findFirst().orElseThrow();
        Order more = ok(core.adjustOrder().adjust(new AdjustOrderCommand(Principals.operator(TENANT), TENANT, order.id(),
                List.of(LineItemDraft.builder().modifies(LineRef.id(order.lineItems().get(0).id())).modifier(delivery.id())
                        .description("Pick-up").quantity(1).unitPrice("250.00").on(FEB_1.plusDays(10)).build()),
                List.of(), "pick-up booked", Optional.empty())));

        assertThat(added.kind()).isEqualTo(LineItemKind.CHARGE);
        assertThat(added.charge()).contains(new Charge(delivery.id(), ModifierKind.DELIVERY, Optional.empty()));
        assertThat(added.modifies()).contains(order.lineItems().get(0).id());
        assertThat(more.lineItems()).filteredOn(l -> l.charge().isPresent() && !l.isRuleCharge()).hasSize(2);
        assertThat(ports.orders().find(TENANT, order.id())).contains(more);
    }

    @Test
    void R35_a_line_may_not_charge_a_deleted_an_unknown_or_another_tenants_modifier() {
        OrderModifier retired = modifier("Old delivery", ModifierKind.DELIVERY);
        ok(core.deleteModifier().delete(new DeleteCatalogEntryCommand<>(Principals.admin(TENANT), TENANT, retired.id())));
        OrderModifier theirs = ok(core.createModifier().create(new CreateModifierCommand(Principals.admin(OTHER_TENANT), OTHER_TENANT,
                "Delivery", ModifierKind.DELIVERY, null)));
        OrderDraft.Builder draft = OrderDraft.builder(SEK).customer(RESTAURANT);
        for (OrderModifierId id : List.of(retired.id(), theirs.id(), new OrderModifierId(UUID.randomUUID()))) {
            draft.line(LineItemDraft.builder().modifier(id).description("Delivery").quantity(1).unitPrice("250.00").on(FEB_1).build());
        }

        OrderError error = refused(core.placeOrder().place(new PlaceOrderCommand(Principals.operator(TENANT), TENANT, draft.build())));

        assertThat(violations(error)).extracting(Violation::path, Violation::code).containsExactly(
                tuple("lineItems[0].modifierId", "modifier_deleted"),
                tuple("lineItems[1].modifierId", "unknown_modifier"),
                tuple("lineItems[2].modifierId", "unknown_modifier"));
    }

    @Test
    void R33_a_deleted_rule_and_the_rules_of_a_deleted_modifier_never_charge_a_new_line() {
        OrderModifier delivery = modifier("Delivery", ModifierKind.DELIVERY);
        OrderModifier waiver = modifier("Damage waiver", ModifierKind.DAMAGE_WAIVER);
        OrderModifierRule deletedRule = fixedRule(delivery.id(), catalog.excavator(), "250.00");
        fixedRule(waiver.id(), catalog.excavator(), "99.00");
        ok(core.deleteModifierRule().delete(new DeleteCatalogEntryCommand<>(Principals.admin(TENANT), TENANT, deletedRule.id())));
        ok(core.deleteModifier().delete(new DeleteCatalogEntryCommand<>(Principals.admin(TENANT), TENANT, waiver.id())));

        Order order = ok(core.placeOrder().place(new PlaceOrderCommand(Principals.operator(TENANT), TENANT, OrderDraft.builder(SEK)
                .customer(RESTAURANT).line(OrderFixtures.rentalLine(catalog)).build())));

        assertThat(ports.modifierRules().active(TENANT).rules()).isEmpty();
        assertThat(order.lineItems()).noneMatch(LineItem::isRuleCharge);
    }

    @Test
    void R33_placing_an_order_adds_the_rule_charges_which_are_stored_with_their_rule_and_leave_with_their_line() {
        OrderModifier delivery = modifier("Delivery", ModifierKind.DELIVERY);
        OrderModifier waiver = modifier("Damage waiver", ModifierKind.DAMAGE_WAIVER);
        OrderModifierRule deliver = fixedRule(delivery.id(), catalog.excavator(), "250.00");
        OrderModifierRule insure = ok(core.createModifierRule().create(new CreateModifierRuleCommand(Principals.admin(TENANT), TENANT,
                waiver.id(), new OrderModifierRule.ConditionDraft(List.of(LineItemKind.RENTAL), null, null, null, null), tenPercent())));

        Order order = ok(core.placeOrder().place(new PlaceOrderCommand(Principals.operator(TENANT), TENANT, OrderDraft.builder(SEK)
                .customer(RESTAURANT).line(OrderFixtures.rentalLine(catalog)).line(OrderFixtures.wineLine(catalog)).build())));

        LineItem rental = order.lineItems().get(0);
        assertThat(order.lineItems()).filteredOn(LineItem::isRuleCharge)
                .extracting(l -> l.modifies().orElseThrow(), l -> l.charge().orElseThrow().rule().orElseThrow(), l -> l.amount().amount().toPlainString())
                .containsExactlyInAnyOrder(tuple(rental.id(), deliver.id(), "250.00"), tuple(rental.id(), insure.id(), "490.00"));
        Order stored = ports.orders().find(TENANT, order.id()).orElseThrow();
        assertThat(stored).isEqualTo(order);

        Order cancelled = ok(core.transitionLineItem().transition(new TransitionLineItemCommand(
                Principals.operator(TENANT), TENANT, order.id(), rental.id(), "CANCELLED", Optional.of("not needed"), false, Optional.empty())));
        assertThat(cancelled.lineItems()).filteredOn(l -> l.isRuleCharge() || l.id().equals(rental.id()))
                .extracting(LineItem::status).containsOnly("CANCELLED").hasSize(3);
        assertThat(ports.orders().find(TENANT, order.id())).contains(cancelled);
    }

    @Test
    void R33_R24_an_intent_gets_no_rule_charges_because_its_source_system_states_every_line() {
        OrderModifier handling = modifier("Handling", ModifierKind.FEE);
        ok(core.createModifierRule().create(new CreateModifierRuleCommand(Principals.admin(TENANT), TENANT, handling.id(),
                new OrderModifierRule.ConditionDraft(List.of(LineItemKind.SALE), null, null, null, null), tenPercent())));

        Order placed = ok(core.placeOrder().place(new PlaceOrderCommand(Principals.operator(TENANT), TENANT, OrderDraft.builder(SEK)
                .customer(RESTAURANT).line(OrderFixtures.wineLine(catalog)).build())));
        IntentReceipt receipt = ok(core.submitIntent().submit(new SubmitIntentCommand(
                Principals.module(TENANT, "channel"), TENANT, Intents.wineIntent(catalog, "shop-7", 12))));

        assertThat(placed.lineItems()).filteredOn(LineItem::isRuleCharge).hasSize(1);
        IntentOutcome.Accepted accepted = (IntentOutcome.Accepted) receipt.intent().outcome();
        Order fromIntent = ports.orders().find(TENANT, accepted.orderId()).orElseThrow();
        assertThat(fromIntent.lineItems()).hasSize(1).noneMatch(LineItem::isRuleCharge);
    }
}
