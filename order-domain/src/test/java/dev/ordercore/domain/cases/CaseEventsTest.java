package dev.ordercore.domain.cases;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.access.Role;
import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What subscribers learn from case events, produced through the case's own commands (seed 000, R29). */
class CaseEventsTest {

    private static final TenantId TENANT = TenantId.of("it-services");
    private static final Instant NOW = Instant.parse("2026-01-14T10:00:00Z");
    private final Principal sales = Principal.user("sales", TENANT, Role.OPERATOR);
    private final Principal boss = Principal.user("boss", TENANT, Role.ADMIN);
    private final CaseId id = new CaseId(UUID.fromString("0190d2a4-7c2e-7d3b-9c1f-00000000ca5e"));

    private static DomainEvent only(Case.Change change) {
        assertThat(change.events()).hasSize(1);
        return change.events().get(0);
    }

    private static void isAboutTheCase(DomainEvent event, CaseId id, String type, Instant at) {
        assertThat(event.aggregateType()).isEqualTo("case");
        assertThat(event.aggregateId()).isEqualTo(id.value().toString());
        assertThat(event.type()).isEqualTo(type);
        assertThat(event.tenant()).isEqualTo(TENANT);
        assertThat(event.occurredAt()).isEqualTo(at);
    }

    private static JsonArray strings(String... values) {
        return new JsonArray(Arrays.stream(values).<JsonValue>map(JsonValue::of).toList());
    }

    @Test
    @DisplayName("opening a case announces its title tags and who opened it")
    void opening_a_case_announces_its_title_tags_and_who_opened_it() {
        DomainEvent opened = only(Case.open(id, TENANT, " Need new server ", List.of("quote_needed", "hardware"), sales, NOW).value());

        isAboutTheCase(opened, id, "CaseOpened", NOW);
        assertThat(opened.payload()).isEqualTo(JsonObject.builder().put("caseId", id.value().toString()).put("title", "Need new server")
                .put("tags", strings("quote_needed", "hardware")).put("by", "sales").build());
    }

    @Test
    @DisplayName("adding and closing a tag each announce the tag and who")
    void adding_and_closing_a_tag_each_announce_the_tag_and_who() {
        Case c = Case.open(id, TENANT, "Need new server", List.of(), sales, NOW).value().after();

        Case.Change added = c.addTag("installation", sales, NOW.plusSeconds(1)).value();
        Case.Change closed = added.after().closeTag("installation", boss, NOW.plusSeconds(2)).value();

        isAboutTheCase(only(added), id, "CaseTagAdded", NOW.plusSeconds(1));
        assertThat(only(added).payload()).isEqualTo(JsonObject.builder().put("caseId", id.value().toString()).put("tag", "installation")
                .put("by", "sales").build());
        isAboutTheCase(only(closed), id, "CaseTagClosed", NOW.plusSeconds(2));
        assertThat(only(closed).payload()).isEqualTo(JsonObject.builder().put("caseId", id.value().toString()).put("tag", "installation")
                .put("by", "boss").build());
        assertThat(added.after().tags()).containsExactly(CaseTag.open("installation"));
        assertThat(added.after().version()).isEqualTo(2);
    }

    @Test
    @DisplayName("R29 closing a case announces whether it was forced the tags left open and the reason only when given")
    void r29_closing_a_case_announces_whether_it_was_forced_the_tags_left_open_and_the_reason_only_when_given() {
        Case c = Case.open(id, TENANT, "Need new server", List.of("install"), sales, NOW).value().after();

        DomainEvent forced = only(c.close(true, Optional.of(" customer left "), boss, NOW).value());
        DomainEvent plain = only(c.closeTag("install", sales, NOW).value().after().close(false, Optional.of("  "), sales, NOW).value());

        isAboutTheCase(forced, id, "CaseClosed", NOW);
        assertThat(forced.payload()).isEqualTo(JsonObject.builder().put("caseId", id.value().toString()).put("forced", true)
                .put("openTags", strings("install")).put("by", "boss").put("reason", "customer left").build());
        assertThat(plain.payload()).isEqualTo(JsonObject.builder().put("caseId", id.value().toString()).put("forced", false)
                .put("openTags", strings()).put("by", "sales").build());
    }
}
