package dev.ordercore.application.usecases;

import dev.ordercore.application.fixtures.OrderFixtures;
import dev.ordercore.application.fixtures.Principals;
import dev.ordercore.application.port.in.AddCaseTagCommand;
import dev.ordercore.application.port.in.CaseFromOrder;
import dev.ordercore.application.port.in.CaseOrder;
import dev.ordercore.application.port.in.CloseCaseCommand;
import dev.ordercore.application.port.in.CloseCaseTagCommand;
import dev.ordercore.application.port.in.CreateCaseCommand;
import dev.ordercore.application.port.in.CreateCaseFromOrderCommand;
import dev.ordercore.application.port.in.CreateOrderFromCaseCommand;
import dev.ordercore.application.port.in.CreateRelationCommand;
import dev.ordercore.application.port.in.DeleteOrderCommand;
import dev.ordercore.application.port.in.DeleteRelationCommand;
import dev.ordercore.application.port.in.GetCaseQuery;
import dev.ordercore.application.port.in.ListCaseOrdersQuery;
import dev.ordercore.application.port.in.ListRelationsQuery;
import dev.ordercore.application.port.in.OrderFromCase;
import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.cases.CaseStatus;
import dev.ordercore.domain.cases.CaseTag;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderDraft;
import dev.ordercore.domain.relation.EntityRef;
import dev.ordercore.domain.relation.Relation;
import dev.ordercore.domain.relation.RelationEvents;
import dev.ordercore.domain.relation.RelationType;
import dev.ordercore.domain.cases.CaseEvents;
import dev.ordercore.domain.relation.RelationId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 000: cases are processes, orders are transactions, relations link them. */
public abstract class CaseAndRelationScenarios extends CoreScenarios {

    private Case openCase(String title, List<String> tags) {
        return ok(core.createCase().create(new CreateCaseCommand(Principals.operator(TENANT), TENANT, title, tags)));
    }

    @Test
    void R28_creating_an_order_from_a_case_creates_order_relation_and_closes_the_tag_together() {
        Case needServer = openCase("Need new server", List.of("hardware", "quote_needed"));

        OrderFromCase made = ok(core.createOrderFromCase().create(new CreateOrderFromCaseCommand(Principals.operator(TENANT), TENANT,
                needServer.id(), OrderFixtures.wineOrder(catalog), Optional.of("quote_needed"))));

        assertThat(made.relation().source()).isEqualTo(EntityRef.ofCase(needServer.id().value()));
        assertThat(made.relation().target()).isEqualTo(EntityRef.order(made.order().id().value()));
        assertThat(made.relation().type()).isEqualTo(RelationType.ORDER_CREATED);
        assertThat(made.relation().metadata().get("orderNumber")).contains(new JsonString(made.order().number().value()));
        assertThat(made.aCase().tag("quote_needed")).hasValueSatisfying(t -> assertThat(t.isOpen()).isFalse());
        assertThat(ok(core.listCaseOrders().list(new ListCaseOrdersQuery(Principals.viewer(TENANT), TENANT, needServer.id()))))
                .extracting(CaseOrder::order).containsExactly(made.order());
    }

    @Test
    void R28_the_case_is_stored_with_its_tag_closed_and_the_relation_and_both_events_are_committed() {
        Case needServer = openCase("Need new server", List.of("hardware", "quote_needed"));

        OrderFromCase made = ok(core.createOrderFromCase().create(new CreateOrderFromCaseCommand(Principals.operator(TENANT), TENANT,
                needServer.id(), OrderFixtures.wineOrder(catalog), Optional.of("quote_needed"))));

        Case stored = ok(core.getCase().get(new GetCaseQuery(Principals.viewer(TENANT), TENANT, needServer.id())));
        assertThat(stored.version()).isEqualTo(needServer.version() + 1);
        assertThat(stored.tag("quote_needed")).hasValueSatisfying(t -> assertThat(t.closedBy()).contains("olle.operator"));
        assertThat(stored.tag("hardware")).hasValueSatisfying(t -> assertThat(t.isOpen()).isTrue());
        assertThat(made.relation().metadata()).isEqualTo(JsonObject.builder().put("orderId", made.order().id().toString())
                .put("orderNumber", made.order().number().value()).put("closedTag", "quote_needed").build());
        assertThat(ports.relations().listFor(TENANT, EntityRef.ofCase(needServer.id().value()))).containsExactly(made.relation());
        assertThat(committedEvents()).filteredOn(e -> e.type().equals("RelationCreated")).singleElement()
                .satisfies(e -> assertThat(e.payload()).isEqualTo(new RelationEvents.RelationCreated(made.relation()).payload()));
        assertThat(committedEvents()).filteredOn(e -> e.type().equals("CaseTagClosed")).singleElement()
                .satisfies(e -> assertThat(e.payload().get("tag")).contains(new JsonString("quote_needed")));
    }

    @Test
    void R28_an_order_from_a_case_that_closes_no_tag_leaves_the_case_as_it_was_and_names_no_tag() {
        Case needServer = openCase("Need new server", List.of("hardware"));

        OrderFromCase made = ok(core.createOrderFromCase().create(new CreateOrderFromCaseCommand(Principals.operator(TENANT), TENANT,
                needServer.id(), OrderFixtures.wineOrder(catalog), Optional.empty())));

        assertThat(made.aCase()).isEqualTo(needServer);
        assertThat(ok(core.getCase().get(new GetCaseQuery(Principals.viewer(TENANT), TENANT, needServer.id())))).isEqualTo(needServer);
        assertThat(made.relation().metadata().get("closedTag")).isEmpty();
        assertThat(committedEvents()).filteredOn(e -> e.type().equals("CaseTagClosed")).isEmpty();
    }

    @Test
    void R28_a_tag_closed_already_is_refused_naming_who_closed_it_and_no_order_is_placed() {
        Case needServer = openCase("Need new server", List.of("quote_needed"));
        ok(core.closeCaseTag().closeTag(new CloseCaseTagCommand(Principals.operator(TENANT), TENANT, needServer.id(), "quote_needed",
                Optional.empty())));

        OrderError error = refused(core.createOrderFromCase().create(new CreateOrderFromCaseCommand(Principals.operator(TENANT), TENANT,
                needServer.id(), OrderFixtures.wineOrder(catalog), Optional.of("quote_needed"))));

        assertThat(error).isEqualTo(new OrderError.ValidationFailed(List.of(new Violation("closesTag", "tag_closed",
                "tag 'quote_needed' of case " + needServer.id() + " was closed already by olle.operator"))));
        assertThat(allOrders(TENANT)).isEmpty();
    }

    @Test
    void R36_R28_an_order_from_a_case_needs_a_principal_who_works_cases_and_an_open_case() {
        Case install = openCase("Install server", List.of("install"));

        assertThat(refused(core.createOrderFromCase().create(new CreateOrderFromCaseCommand(Principals.viewer(TENANT), TENANT,
                install.id(), OrderFixtures.wineOrder(catalog), Optional.empty())))).isInstanceOf(OrderError.Forbidden.class);
        ok(core.closeCase().close(new CloseCaseCommand(Principals.admin(TENANT), TENANT, install.id(), true,
                Optional.of("customer left"), Optional.empty())));
        assertThat(refused(core.createOrderFromCase().create(new CreateOrderFromCaseCommand(Principals.operator(TENANT), TENANT,
                install.id(), OrderFixtures.wineOrder(catalog), Optional.empty())))).isEqualTo(new OrderError.CaseClosed(install.id().toString()));
        assertThat(allOrders(TENANT)).isEmpty();
    }

    @Test
    void R28_if_any_part_is_refused_nothing_of_it_is_stored() {
        Case needServer = openCase("Need new server", List.of("hardware", "quote_needed"));
        OrderDraft broken = OrderDraft.builder(OrderFixtures.SEK).line(LineItemDraft.builder().quantity(1).unitPrice("1").build()).build();

        refused(core.createOrderFromCase().create(new CreateOrderFromCaseCommand(Principals.operator(TENANT), TENANT, needServer.id(),
                broken, Optional.of("quote_needed"))));
        refused(core.createOrderFromCase().create(new CreateOrderFromCaseCommand(Principals.operator(TENANT), TENANT, needServer.id(),
                OrderFixtures.wineOrder(catalog), Optional.of("no_such_tag"))));

        assertThat(allOrders(TENANT)).isEmpty();
        assertThat(ports.relations().listFor(TENANT, EntityRef.ofCase(needServer.id().value()))).isEmpty();
        assertThat(ok(core.getCase().get(new GetCaseQuery(Principals.viewer(TENANT), TENANT, needServer.id()))))
                .isEqualTo(needServer);
    }

    @Test
    void R28_creating_a_case_from_an_order_links_them_and_the_order_does_not_change() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);

        CaseFromOrder made = ok(core.createCaseFromOrder().create(new CreateCaseFromOrderCommand(Principals.operator(TENANT), TENANT,
                order.id(), "Deliver order " + order.number(), List.of("pick_items", "ship", "install"))));

        assertThat(made.relation().source()).isEqualTo(EntityRef.order(order.id().value()));
        assertThat(made.relation().type()).isEqualTo(RelationType.DELIVERY);
        assertThat(made.aCase().tags()).extracting(CaseTag::name).containsExactly("pick_items", "ship", "install");
        assertThat(ports.orders().find(TENANT, order.id())).contains(order);
        assertThat(ok(core.listCaseOrders().list(new ListCaseOrdersQuery(Principals.viewer(TENANT), TENANT, made.aCase().id()))))
                .extracting(CaseOrder::order).containsExactly(order);
    }

    @Test
    void R26_one_order_can_serve_several_cases_through_relations_only() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        for (String title : List.of("Install firewall", "Configure switches", "Setup monitoring")) {
            ok(core.createCaseFromOrder().create(new CreateCaseFromOrderCommand(Principals.operator(TENANT), TENANT, order.id(), title,
                    List.of("work"))));
        }

        List<Relation> relations = ok(core.listRelations().list(new ListRelationsQuery(Principals.viewer(TENANT), TENANT,
                EntityRef.order(order.id().value()))));

        assertThat(relations).hasSize(3).allSatisfy(r -> assertThat(r.target().type()).isEqualTo(EntityRef.CASE));
        assertThat(ports.orders().find(TENANT, order.id())).contains(order);
    }

    @Test
    void R29_a_case_closes_only_when_all_tags_are_closed_unless_an_admin_forces_it_with_a_reason() {
        Case install = openCase("Install server", List.of("pick_items", "install"));
        ok(core.closeCaseTag().closeTag(new CloseCaseTagCommand(Principals.operator(TENANT), TENANT, install.id(), "pick_items",
                Optional.empty())));

        assertThat(refused(core.closeCase().close(new CloseCaseCommand(Principals.operator(TENANT), TENANT, install.id(), false,
                Optional.empty(), Optional.empty())))).isEqualTo(new OrderError.CaseTagsOpen(install.id().toString(), List.of("install")));
        assertThat(refused(core.closeCase().close(new CloseCaseCommand(Principals.operator(TENANT), TENANT, install.id(), true,
                Optional.of("customer left"), Optional.empty())))).isInstanceOf(OrderError.Forbidden.class);
        Case closed = ok(core.closeCase().close(new CloseCaseCommand(Principals.admin(TENANT), TENANT, install.id(), true,
                Optional.of("customer left"), Optional.empty())));

        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.state().forced()).isTrue();
        assertThat(closed.state().closeReason()).contains("customer left");
        assertThat(refused(core.addCaseTag().addTag(new AddCaseTagCommand(Principals.operator(TENANT), TENANT, install.id(), "more",
                Optional.empty())))).isInstanceOf(OrderError.CaseClosed.class);
    }

    @Test
    void R29_a_case_whose_tags_are_all_closed_closes() {
        Case c = openCase("Need new server", List.of("hardware"));
        Case more = ok(core.addCaseTag().addTag(new AddCaseTagCommand(Principals.operator(TENANT), TENANT, c.id(), "installation",
                Optional.of(c.version()))));
        for (String tag : List.of("hardware", "installation")) {
            ok(core.closeCaseTag().closeTag(new CloseCaseTagCommand(Principals.operator(TENANT), TENANT, c.id(), tag, Optional.empty())));
        }
        assertThat(refused(core.closeCaseTag().closeTag(new CloseCaseTagCommand(Principals.operator(TENANT), TENANT, c.id(), "hardware",
                Optional.of(more.version()))))).isInstanceOf(OrderError.StaleVersion.class);

        assertThat(ok(core.closeCase().close(new CloseCaseCommand(Principals.operator(TENANT), TENANT, c.id(), false, Optional.empty(),
                Optional.empty()))).status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void R27_a_relation_is_unique_per_source_target_and_type_and_may_point_outside() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        EntityRef invoice = new EntityRef("economic_invoice", "INV-2026-0042");
        CreateRelationCommand link = new CreateRelationCommand(Principals.operator(TENANT), TENANT, EntityRef.order(order.id().value()),
                invoice, "invoiced_as", JsonObject.builder().put("amount", "1800.00").build());

        Relation first = ok(core.createRelation().create(link));
        assertThat(refused(core.createRelation().create(link))).isInstanceOf(OrderError.AlreadyExists.class);
        assertThat(ok(core.createRelation().create(new CreateRelationCommand(Principals.operator(TENANT), TENANT,
                EntityRef.order(order.id().value()), invoice, "credited_as", JsonObject.empty()))).type().value()).isEqualTo("credited_as");

        ok(core.deleteRelation().delete(new DeleteRelationCommand(Principals.operator(TENANT), TENANT, first.id())));
        assertThat(ok(core.createRelation().create(link)).id()).isNotEqualTo(first.id());
    }

    @Test
    void R27_an_id_spelled_in_upper_case_is_the_same_entity() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        Case c = openCase("Need new server", List.of("x"));
        String upper = c.id().toString().toUpperCase();

        ok(core.createRelation().create(new CreateRelationCommand(Principals.operator(TENANT), TENANT, EntityRef.ofCase(c.id().value()),
                EntityRef.order(order.id().value()), "ordre_oprettet", JsonObject.empty())));
        OrderError again = refused(core.createRelation().create(new CreateRelationCommand(Principals.operator(TENANT), TENANT,
                new EntityRef("case", upper), EntityRef.order(order.id().value()), "ordre_oprettet", JsonObject.empty())));

        assertThat(again).isInstanceOf(OrderError.AlreadyExists.class);
        assertThat(new EntityRef("case", upper)).isEqualTo(EntityRef.ofCase(c.id().value()));
    }

    @Test
    void R28_a_tag_that_cannot_be_closed_is_reported_with_the_orders_own_violations() {
        Case needServer = openCase("Need new server", List.of("quote_needed"));
        OrderDraft broken = OrderDraft.builder(OrderFixtures.SEK).line(LineItemDraft.builder().quantity(0).unitPrice("1")
                .on(OrderFixtures.FEB_1).build()).build();

        OrderError error = refused(core.createOrderFromCase().create(new CreateOrderFromCaseCommand(Principals.operator(TENANT), TENANT,
                needServer.id(), broken, Optional.of("no_such_tag"))));

        assertThat(((OrderError.ValidationFailed) error).violations()).extracting(v -> v.path())
                .contains("closesTag", "lineItems[0].quantity", "lineItems[0].customerId");
    }

    @Test
    void R35_a_relation_to_an_order_of_another_tenant_is_refused_exactly_like_one_to_an_unknown_order() {
        var theirs = dev.ordercore.application.fixtures.CatalogFixture.create(core, OTHER_TENANT);
        Order theirOrder = OrderFixtures.place(core, theirs, OrderFixtures.wineOrder(theirs));
        Case ours = openCase("Ours", List.of("x"));

        OrderError error = refused(core.createRelation().create(new CreateRelationCommand(Principals.operator(TENANT), TENANT,
                EntityRef.ofCase(ours.id().value()), EntityRef.order(theirOrder.id().value()), "ordre_oprettet", JsonObject.empty())));
        UUID nobody = UUID.randomUUID();
        OrderError unknown = refused(core.createRelation().create(new CreateRelationCommand(Principals.operator(TENANT), TENANT,
                EntityRef.ofCase(ours.id().value()), EntityRef.order(nobody), "ordre_oprettet", JsonObject.empty())));

        assertThat(((OrderError.ValidationFailed) error).violations()).extracting(v -> v.path() + " " + v.code())
                .containsExactly("target.id unknown_order");
        assertThat(error.message().replace(theirOrder.id().toString(), "<id>"))
                .isEqualTo(unknown.message().replace(nobody.toString(), "<id>"));
    }

    @Test
    void a_relation_between_two_unknown_entities_names_both() {
        OrderError error = refused(core.createRelation().create(new CreateRelationCommand(Principals.operator(TENANT), TENANT,
                EntityRef.ofCase(UUID.randomUUID()), EntityRef.order(UUID.randomUUID()), "ordre_oprettet", JsonObject.empty())));

        assertThat(((OrderError.ValidationFailed) error).violations()).extracting(v -> v.path() + " " + v.code())
                .containsExactly("source.id unknown_case", "target.id unknown_order");
    }

    @Test
    void deleted_orders_leave_the_case_list_but_keep_their_relations() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        CaseFromOrder made = ok(core.createCaseFromOrder().create(new CreateCaseFromOrderCommand(Principals.operator(TENANT), TENANT,
                order.id(), "Deliver", List.of("ship"))));
        ok(core.deleteOrder().delete(new DeleteOrderCommand(Principals.operator(TENANT), TENANT, order.id(), Optional.of("duplicate"),
                Optional.empty())));

        assertThat(ok(core.listCaseOrders().list(new ListCaseOrdersQuery(Principals.viewer(TENANT), TENANT, made.aCase().id())))).isEmpty();
        assertThat(ok(core.listRelations().list(new ListRelationsQuery(Principals.viewer(TENANT), TENANT,
                EntityRef.order(order.id().value()))))).containsExactly(made.relation());
        assertThat(ports.orders().find(TENANT, order.id())).hasValueSatisfying(o -> assertThat(o.isDeleted()).isTrue());
    }

    @Test
    void R28_a_case_from_an_order_is_stored_with_its_delivery_relation_and_both_events_are_committed() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        clock.advance(Duration.ofMinutes(5));
        int before = committedEvents().size();

        CaseFromOrder made = ok(core.createCaseFromOrder().create(new CreateCaseFromOrderCommand(Principals.operator(TENANT), TENANT,
                order.id(), "Deliver", List.of("ship"))));

        Relation expected = new Relation(made.relation().id(), TENANT, EntityRef.order(order.id().value()),
                EntityRef.ofCase(made.aCase().id().value()), RelationType.DELIVERY,
                JsonObject.builder().put("orderNumber", order.number().value()).build(), clock.instant(), "olle.operator");
        assertThat(made.relation()).isEqualTo(expected);
        assertThat(made.aCase().state()).isEqualTo(new Case.State(made.aCase().id(), TENANT, "Deliver", List.of(CaseTag.open("ship")),
                CaseStatus.OPEN, clock.instant(), "olle.operator", Optional.empty(), Optional.empty(), Optional.empty(), false, 1));
        assertThat(ok(core.getCase().get(new GetCaseQuery(Principals.viewer(TENANT), TENANT, made.aCase().id())))).isEqualTo(made.aCase());
        assertThat(ports.relations().find(TENANT, expected.id())).contains(expected);
        assertThat(committedSince(before)).containsExactly(
                Committed.of(new CaseEvents.CaseOpened(made.aCase().state(), clock.instant())),
                Committed.of(new RelationEvents.RelationCreated(expected)));
        assertThat(ports.orders().find(TENANT, order.id())).contains(order);
    }

    @Test
    void R28_R35_a_case_from_an_unknown_another_tenants_or_a_deleted_order_is_refused_and_nothing_is_stored() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        var theirs = dev.ordercore.application.fixtures.CatalogFixture.create(core, OTHER_TENANT);
        Order theirOrder = OrderFixtures.place(core, theirs, OrderFixtures.wineOrder(theirs));
        ok(core.deleteOrder().delete(new DeleteOrderCommand(Principals.operator(TENANT), TENANT, order.id(), Optional.of("duplicate"),
                Optional.empty())));
        dev.ordercore.domain.order.OrderId unknown = dev.ordercore.domain.order.OrderId.of(UUID.randomUUID().toString());
        int before = committedEvents().size();

        OrderError deleted = refused(core.createCaseFromOrder().create(new CreateCaseFromOrderCommand(Principals.operator(TENANT), TENANT,
                order.id(), "Deliver", List.of("ship"))));
        OrderError nowhere = refused(core.createCaseFromOrder().create(new CreateCaseFromOrderCommand(Principals.operator(TENANT), TENANT,
                unknown, "Deliver", List.of("ship"))));
        OrderError elsewhere = refused(core.createCaseFromOrder().create(new CreateCaseFromOrderCommand(Principals.operator(TENANT), TENANT,
                theirOrder.id(), "Deliver", List.of("ship"))));

        assertThat(deleted).isEqualTo(new OrderError.OrderDeleted(order.id().toString()));
        assertThat(nowhere).isEqualTo(new OrderError.NotFound(EntityType.ORDER, unknown.toString()));
        assertThat(elsewhere).isEqualTo(new OrderError.NotFound(EntityType.ORDER, theirOrder.id().toString()));
        assertThat(committedSince(before)).isEmpty();
        assertThat(ports.relations().listFor(TENANT, EntityRef.order(order.id().value()))).isEmpty();
    }

    @Test
    void R27_a_relation_created_is_stored_as_created_and_its_event_committed() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        EntityRef invoice = new EntityRef("economic_invoice", "INV-2026-0042");
        JsonObject metadata = JsonObject.builder().put("amount", "1800.00").build();
        clock.advance(Duration.ofMinutes(5));
        int before = committedEvents().size();

        Relation created = ok(core.createRelation().create(new CreateRelationCommand(Principals.operator(TENANT), TENANT,
                EntityRef.order(order.id().value()), invoice, "invoiced_as", metadata)));

        Relation expected = new Relation(created.id(), TENANT, EntityRef.order(order.id().value()), invoice, new RelationType("invoiced_as"),
                metadata, clock.instant(), "olle.operator");
        assertThat(created).isEqualTo(expected);
        assertThat(ports.relations().find(TENANT, created.id())).contains(expected);
        assertThat(committedSince(before)).containsExactly(Committed.of(new RelationEvents.RelationCreated(expected)));
    }

    @Test
    void R27_a_relation_to_an_unknown_entity_stores_nothing() {
        Case c = openCase("Need new server", List.of("x"));
        int before = committedEvents().size();

        refused(core.createRelation().create(new CreateRelationCommand(Principals.operator(TENANT), TENANT,
                EntityRef.ofCase(c.id().value()), EntityRef.order(UUID.randomUUID()), "ordre_oprettet", JsonObject.empty())));

        assertThat(ports.relations().listFor(TENANT, EntityRef.ofCase(c.id().value()))).isEmpty();
        assertThat(committedSince(before)).isEmpty();
    }

    @Test
    void R27_deleting_a_relation_answers_it_removes_it_and_commits_who_deleted_it_and_when_and_only_once() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        Relation relation = ok(core.createRelation().create(new CreateRelationCommand(Principals.operator(TENANT), TENANT,
                EntityRef.order(order.id().value()), new EntityRef("economic_invoice", "INV-1"), "invoiced_as", JsonObject.empty())));
        clock.advance(Duration.ofMinutes(5));
        int before = committedEvents().size();

        Relation deleted = ok(core.deleteRelation().delete(new DeleteRelationCommand(Principals.admin(TENANT), TENANT, relation.id())));
        OrderError again = refused(core.deleteRelation().delete(new DeleteRelationCommand(Principals.admin(TENANT), TENANT, relation.id())));

        assertThat(deleted).isEqualTo(relation);
        assertThat(ports.relations().find(TENANT, relation.id())).isEmpty();
        assertThat(again).isEqualTo(new OrderError.NotFound(EntityType.RELATION, relation.id().toString()));
        assertThat(committedSince(before)).containsExactly(
                Committed.of(new RelationEvents.RelationDeleted(relation, Principals.admin(TENANT).subject(), clock.instant())));
    }

    @Test
    void R35_a_relation_of_another_tenant_or_none_at_all_is_not_found_and_stays() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        Relation ours = ok(core.createRelation().create(new CreateRelationCommand(Principals.operator(TENANT), TENANT,
                EntityRef.order(order.id().value()), new EntityRef("economic_invoice", "INV-1"), "invoiced_as", JsonObject.empty())));
        RelationId nobody = RelationId.of(UUID.randomUUID().toString());
        int before = committedEvents().size();

        OrderError theirs = refused(core.deleteRelation().delete(new DeleteRelationCommand(Principals.admin(OTHER_TENANT), OTHER_TENANT,
                ours.id())));
        OrderError unknown = refused(core.deleteRelation().delete(new DeleteRelationCommand(Principals.admin(TENANT), TENANT, nobody)));

        assertThat(theirs).isEqualTo(new OrderError.NotFound(EntityType.RELATION, ours.id().toString()));
        assertThat(unknown).isEqualTo(new OrderError.NotFound(EntityType.RELATION, nobody.toString()));
        assertThat(ports.relations().find(TENANT, ours.id())).contains(ours);
        assertThat(committedSince(before)).isEmpty();
    }
}
