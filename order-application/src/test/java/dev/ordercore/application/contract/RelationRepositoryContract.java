package dev.ordercore.application.contract;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.application.port.out.RelationRepository;
import dev.ordercore.domain.relation.EntityRef;
import dev.ordercore.domain.relation.Relation;
import dev.ordercore.domain.relation.RelationId;
import dev.ordercore.domain.shared.EntityType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.ordercore.application.contract.ContractData.OTHER_TENANT;
import static dev.ordercore.application.contract.ContractData.TENANT;
import static dev.ordercore.application.contract.ContractData.aCaseRef;
import static dev.ordercore.application.contract.ContractData.anInvoiceRef;
import static dev.ordercore.application.contract.ContractData.anOrderRef;
import static dev.ordercore.application.contract.ContractData.minutes;
import static dev.ordercore.application.contract.ContractData.relation;
import static dev.ordercore.application.contract.ContractData.uuids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link RelationRepository} does: relations unique per (tenant, source, target, type)
 * (R27), deleted by id, listed for either end oldest first. Extend it with a {@link #ports()} that
 * answers fresh, empty stores.
 */
public abstract class RelationRepositoryContract {

    /** Fresh, empty stores; called once before each test. */
    protected abstract OrderCorePorts ports();

    private RelationRepository relations;

    @BeforeEach
    void freshStores() {
        relations = ports().relations();
    }

    @Test
    void a_stored_relation_is_found_by_id_exactly_as_stored() {
        Relation created = relation(TENANT, aCaseRef(), anOrderRef(), "ordre_oprettet", minutes(1));

        relations.insert(created);

        assertThat(relations.find(TENANT, created.id())).contains(created);
        assertThat(relations.find(TENANT, RelationId.next(uuids()))).isEmpty();
    }

    @Test
    void R27_a_second_relation_with_the_same_source_target_and_type_is_refused() {
        EntityRef aCase = aCaseRef();
        EntityRef order = anOrderRef();
        Relation first = relation(TENANT, aCase, order, "ordre_oprettet", minutes(1));
        relations.insert(first);
        Relation again = relation(TENANT, aCase, order, "ordre_oprettet", minutes(2));

        assertThatThrownBy(() -> relations.insert(again))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.entity()).isEqualTo(EntityType.RELATION));
        assertThat(relations.find(TENANT, again.id())).isEmpty();
        assertThat(relations.listFor(TENANT, aCase)).containsExactly(first);
    }

    @Test
    void R27_the_same_ends_with_another_type_are_another_relation() {
        EntityRef aCase = aCaseRef();
        EntityRef order = anOrderRef();
        Relation created = relation(TENANT, aCase, order, "ordre_oprettet", minutes(1));
        Relation delivery = relation(TENANT, aCase, order, "leverance", minutes(2));

        relations.insert(created);
        relations.insert(delivery);

        assertThat(relations.listFor(TENANT, order)).containsExactly(created, delivery);
    }

    @Test
    void R27_the_reverse_direction_is_another_relation() {
        EntityRef aCase = aCaseRef();
        EntityRef order = anOrderRef();
        Relation forth = relation(TENANT, aCase, order, "leverance", minutes(1));
        Relation back = relation(TENANT, order, aCase, "leverance", minutes(2));

        relations.insert(forth);
        relations.insert(back);

        assertThat(relations.listFor(TENANT, aCase)).containsExactly(forth, back);
    }

    @Test
    void R27_a_target_outside_ordercore_is_kept_as_given() {
        EntityRef order = anOrderRef();
        Relation invoiced = relation(TENANT, order, anInvoiceRef("INV-2026/0042"), "faktureret", minutes(1));

        relations.insert(invoiced);

        assertThat(relations.listFor(TENANT, anInvoiceRef("INV-2026/0042"))).containsExactly(invoiced);
        assertThat(relations.find(TENANT, invoiced.id()).orElseThrow().target()).isEqualTo(anInvoiceRef("INV-2026/0042"));
    }

    @Test
    void deleting_removes_the_relation_and_frees_its_key() {
        EntityRef aCase = aCaseRef();
        EntityRef order = anOrderRef();
        Relation first = relation(TENANT, aCase, order, "ordre_oprettet", minutes(1));
        relations.insert(first);

        boolean deleted = relations.delete(TENANT, first.id());

        assertThat(deleted).isTrue();
        assertThat(relations.find(TENANT, first.id())).isEmpty();
        assertThat(relations.listFor(TENANT, aCase)).isEmpty();
        Relation again = relation(TENANT, aCase, order, "ordre_oprettet", minutes(2));
        relations.insert(again);
        assertThat(relations.listFor(TENANT, order)).containsExactly(again);
    }

    @Test
    void deleting_a_relation_that_is_not_there_answers_false() {
        Relation once = relation(TENANT, aCaseRef(), anOrderRef(), "ordre_oprettet", minutes(1));
        relations.insert(once);
        relations.delete(TENANT, once.id());

        assertThat(relations.delete(TENANT, once.id())).isFalse();
        assertThat(relations.delete(TENANT, RelationId.next(uuids()))).isFalse();
    }

    @Test
    void relations_are_listed_for_an_entity_at_either_end_oldest_first() {
        EntityRef order = anOrderRef();
        Relation asTarget = relation(TENANT, aCaseRef(), order, "ordre_oprettet", minutes(1));
        Relation asSource = relation(TENANT, order, aCaseRef(), "leverance", minutes(2));
        Relation external = relation(TENANT, order, anInvoiceRef("INV-1"), "faktureret", minutes(3));
        Relation elsewhere = relation(TENANT, anOrderRef(), aCaseRef(), "leverance", minutes(0));
        List.of(external, elsewhere, asSource, asTarget).forEach(relations::insert);

        assertThat(relations.listFor(TENANT, order)).containsExactly(asTarget, asSource, external);
        assertThat(relations.listFor(TENANT, anOrderRef())).isEmpty();
    }

    @Test
    void R35_another_tenants_relation_behaves_exactly_like_an_unknown_id() {
        EntityRef order = anOrderRef();
        Relation theirs = relation(OTHER_TENANT, aCaseRef(), order, "ordre_oprettet", minutes(1));
        relations.insert(theirs);

        assertThat(relations.find(TENANT, theirs.id())).isEmpty();
        assertThat(relations.listFor(TENANT, order)).isEmpty();
        assertThat(relations.delete(TENANT, theirs.id())).isFalse();
        assertThat(relations.find(OTHER_TENANT, theirs.id())).contains(theirs);
    }

    @Test
    void R35_the_same_ends_and_type_in_another_tenant_do_not_clash() {
        EntityRef aCase = aCaseRef();
        EntityRef order = anOrderRef();
        relations.insert(relation(OTHER_TENANT, aCase, order, "ordre_oprettet", minutes(1)));
        Relation ours = relation(TENANT, aCase, order, "ordre_oprettet", minutes(2));

        relations.insert(ours);

        assertThat(relations.listFor(TENANT, order)).containsExactly(ours);
    }
}
