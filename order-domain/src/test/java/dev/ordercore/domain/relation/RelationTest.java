package dev.ordercore.domain.relation;

import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Seed 000's relations: typed links with metadata, unique per source, target and type (R27). */
class RelationTest {

    private static final TenantId TENANT = TenantId.of("it-services");
    private static final Instant NOW = Instant.parse("2026-01-14T10:00:00Z");
    private static final EntityRef CASE = EntityRef.ofCase(UUID.fromString("0190d2a4-7c2e-7d3b-9c1f-1a2b3c4d5e6f"));
    private static final EntityRef ORDER = EntityRef.order(UUID.fromString("0190d2a4-7c2e-7d3b-9c1f-000000000001"));

    private static Result<Relation, OrderError> relate(EntityRef source, EntityRef target, String type) {
        return Relation.create(new RelationId(UUID.randomUUID()), TENANT, source, target, type,
                JsonObject.builder().put("orderNumber", "ORD-2025-001").build(), "sales", NOW);
    }

    @Test
    @DisplayName("R26 R27 the built in relation types are seed 000s")
    void r26_r27_the_built_in_relation_types_are_seed_000s() {
        assertThat(RelationType.ORDER_CREATED.value()).isEqualTo("ordre_oprettet");
        assertThat(RelationType.DELIVERY.value()).isEqualTo("leverance");
    }

    @Test
    @DisplayName("R27 a relations uniqueness key is source target and type")
    void r27_a_relations_uniqueness_key_is_source_target_and_type() {
        Relation created = relate(CASE, ORDER, "ordre_oprettet").value();
        Relation again = relate(CASE, ORDER, "ordre_oprettet").value();
        Relation otherType = relate(CASE, ORDER, "leverance").value();
        Relation reversed = relate(ORDER, CASE, "ordre_oprettet").value();

        assertThat(again.uniqueKey()).isEqualTo(created.uniqueKey());
        assertThat(otherType.uniqueKey()).isNotEqualTo(created.uniqueKey());
        assertThat(reversed.uniqueKey()).isNotEqualTo(created.uniqueKey());
        assertThat(created.touches(ORDER)).isTrue();
        assertThat(created.touches(CASE)).isTrue();
    }

    @Test
    @DisplayName("R27 a target may be an external entity kept as given")
    void r27_a_target_may_be_an_external_entity_kept_as_given() {
        EntityRef invoice = new EntityRef("economic_invoice", "INV-2026-0042");

        Relation billed = relate(ORDER, invoice, "faktura").value();

        assertThat(billed.target().isInternal()).isFalse();
        assertThat(billed.target().id()).isEqualTo("INV-2026-0042");
        assertThat(ORDER.isInternal()).isTrue();
    }

    @Test
    @DisplayName("R27 a relation links two different entities with a lowercase type")
    void r27_a_relation_links_two_different_entities_with_a_lowercase_type() {
        Result<Relation, OrderError> refused = relate(CASE, CASE, "Ordre Oprettet");

        assertThat(((OrderError.ValidationFailed) refused.error()).violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("target", "self_relation"),
                        tuple("type", "invalid_type"));
        assertThat(EntityRef.violations("order", "not-a-uuid")).extracting(Violation::code).containsExactly("invalid_id");
    }
}
