package dev.ordercore.domain.relation;

import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Uuids;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What subscribers learn when relations are created and deleted (seed 000). */
class RelationEventsTest {

    private static final TenantId TENANT = TenantId.of("it-services");
    private static final Instant NOW = Instant.parse("2026-01-14T10:00:00Z");
    private static final UUID CASE_ID = UUID.fromString("0190d2a4-7c2e-7d3b-9c1f-1a2b3c4d5e6f");

    private Relation invoiced() {
        RelationId id = RelationId.next(new Uuids(Clock.fixed(NOW, ZoneOffset.UTC), new Random(1)));
        return Relation.create(id, TENANT, EntityRef.ofCase(CASE_ID), new EntityRef("economic_invoice", "INV-2026-0042"), "faktura",
                JsonObject.builder().put("amount", "1200.00").build(), "sales", NOW).value();
    }

    private static JsonObject json(Relation r) {
        return JsonObject.builder()
                .put("id", r.id().value().toString())
                .put("source", JsonObject.builder().put("type", "case").put("id", CASE_ID.toString()).build())
                .put("target", JsonObject.builder().put("type", "economic_invoice").put("id", "INV-2026-0042").build())
                .put("type", "faktura")
                .put("metadata", JsonObject.builder().put("amount", "1200.00").build())
                .put("createdAt", NOW.toString())
                .put("createdBy", "sales")
                .build();
    }

    @Test
    @DisplayName("R27 a created relation announces both ends its type metadata and who made it when")
    void r27_a_created_relation_announces_both_ends_its_type_metadata_and_who_made_it_when() {
        Relation relation = invoiced();

        RelationEvents.RelationCreated created = new RelationEvents.RelationCreated(relation);

        assertThat(created.aggregateType()).isEqualTo("relation");
        assertThat(created.aggregateId()).isEqualTo(relation.id().value().toString());
        assertThat(created.type()).isEqualTo("RelationCreated");
        assertThat(created.tenant()).isEqualTo(TENANT);
        assertThat(created.occurredAt()).isEqualTo(NOW);
        assertThat(created.payload()).isEqualTo(json(relation));
        assertThat(relation.id().value().version()).isEqualTo(7);
    }

    @Test
    @DisplayName("a deleted relation announces the relation as it was and who deleted it")
    void a_deleted_relation_announces_the_relation_as_it_was_and_who_deleted_it() {
        Relation relation = invoiced();

        RelationEvents.RelationDeleted deleted = new RelationEvents.RelationDeleted(relation, "boss", NOW.plusSeconds(60));

        assertThat(deleted.aggregateType()).isEqualTo("relation");
        assertThat(deleted.aggregateId()).isEqualTo(relation.id().value().toString());
        assertThat(deleted.type()).isEqualTo("RelationDeleted");
        assertThat(deleted.tenant()).isEqualTo(TENANT);
        assertThat(deleted.payload()).isEqualTo(JsonObject.builder().put("relation", json(relation)).put("by", "boss").build());
    }

    @Test
    @DisplayName("R27 a relation without metadata has empty metadata and touches only its two ends")
    void r27_a_relation_without_metadata_has_empty_metadata_and_touches_only_its_two_ends() {
        EntityRef order = EntityRef.order(UUID.fromString("0190d2a4-7c2e-7d3b-9c1f-000000000001"));
        EntityRef otherOrder = EntityRef.order(UUID.fromString("0190d2a4-7c2e-7d3b-9c1f-000000000002"));

        Relation relation = Relation.create(RelationId.of("0190d2a4-7c2e-7d3b-9c1f-0000000000ee"), TENANT, EntityRef.ofCase(CASE_ID), order,
                "ordre_oprettet", null, "sales", NOW).value();

        assertThat(relation.metadata()).isEqualTo(JsonObject.empty());
        assertThat(relation.touches(order)).isTrue();
        assertThat(relation.touches(EntityRef.ofCase(CASE_ID))).isTrue();
        assertThat(relation.touches(otherOrder)).isFalse();
        assertThat(relation.id()).hasToString("0190d2a4-7c2e-7d3b-9c1f-0000000000ee");
    }
}
