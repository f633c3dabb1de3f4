package dev.ordercore.domain.cases;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.access.Role;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 000's cases: tags are responsibilities, and a case closes only when they are done (R29). */
class CaseTest {

    private static final TenantId TENANT = TenantId.of("it-services");
    private static final Instant NOW = Instant.parse("2026-01-14T10:00:00Z");
    private final Principal sales = Principal.user("sales", TENANT, Role.OPERATOR);
    private final Principal boss = Principal.user("boss", TENANT, Role.ADMIN);

    private Case open(String... tags) {
        return Case.open(new CaseId(UUID.randomUUID()), TENANT, "Need new server", List.of(tags), sales, NOW).value().after();
    }

    @Test
    @DisplayName("R29 a case with open tags does not close and names them")
    void r29_a_case_with_open_tags_does_not_close_and_names_them() {
        Case c = open("hardware", "quote_needed");

        Result<Case.Change, OrderError> refused = c.close(false, Optional.empty(), sales, NOW);

        assertThat(refused.error()).isEqualTo(new OrderError.CaseTagsOpen(c.id().toString(), List.of("hardware", "quote_needed")));
    }

    @Test
    @DisplayName("R29 a case closes when all its tags are closed")
    void r29_a_case_closes_when_all_its_tags_are_closed() {
        Case c = open("hardware", "quote_needed");
        c = c.closeTag("quote_needed", sales, NOW).value().after();
        c = c.closeTag("hardware", sales, NOW.plusSeconds(60)).value().after();

        Case closed = c.close(false, Optional.empty(), sales, NOW.plusSeconds(120)).value().after();

        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.state().forced()).isFalse();
        assertThat(closed.tag("quote_needed").orElseThrow().closedBy()).contains("sales");
        assertThat(closed.version()).isEqualTo(4);
    }

    @Test
    @DisplayName("R29 only an admin forces a case closed and says why")
    void r29_only_an_admin_forces_a_case_closed_and_says_why() {
        Case c = open("install");

        Result<Case.Change, OrderError> byOperator = c.close(true, Optional.of("customer left"), sales, NOW);
        Result<Case.Change, OrderError> noReason = c.close(true, Optional.of(" "), boss, NOW);
        Case forced = c.close(true, Optional.of("customer left"), boss, NOW).value().after();

        assertThat(byOperator.error()).isInstanceOf(OrderError.Forbidden.class);
        assertThat(((OrderError.ValidationFailed) noReason.error()).violations()).extracting(Violation::code).containsExactly("reason_required");
        assertThat(forced.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(forced.state().forced()).isTrue();
        assertThat(forced.state().closedBy()).contains("boss");
        assertThat(forced.state().closeReason()).contains("customer left");
        assertThat(forced.tag("install").orElseThrow().isOpen()).as("forcing closes the case, not its tags").isTrue();
    }

    @Test
    @DisplayName("R29 a case without tags closes at once and a closed case changes no more")
    void r29_a_case_without_tags_closes_at_once_and_a_closed_case_changes_no_more() {
        Case closed = open().close(false, Optional.empty(), sales, NOW).value().after();

        assertThat(closed.close(false, Optional.empty(), sales, NOW).error()).isInstanceOf(OrderError.CaseClosed.class);
        assertThat(closed.addTag("more", sales, NOW).error()).isInstanceOf(OrderError.CaseClosed.class);
    }

    @Test
    @DisplayName("R29 closing a tag twice is refused naming who closed it")
    void r29_closing_a_tag_twice_is_refused_naming_who_closed_it() {
        Case c = open("quote_needed").closeTag("quote_needed", sales, NOW).value().after();

        assertThat(c.closeTag("quote_needed", boss, NOW).error())
                .isEqualTo(new OrderError.CaseTagAlreadyClosed(c.id().toString(), "quote_needed", "sales"));
        assertThat(c.closeTag("unknown", boss, NOW).error()).isInstanceOf(OrderError.NotFound.class);
    }

    @Test
    void opening_a_case_reports_every_problem_with_title_and_tags() {
        Result<Case.Change, OrderError> refused = Case.open(new CaseId(UUID.randomUUID()), TENANT, " ", List.of("ok", "Not Ok", "ok"),
                sales, NOW);

        assertThat(((OrderError.ValidationFailed) refused.error()).violations()).extracting(v -> v.path() + " " + v.code())
                .containsExactly("title blank", "tags[1] invalid_tag", "tags[2] duplicate_tag");
    }
}
