package dev.ordercore.domain.cases;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.access.Role;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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

    @Test
    @DisplayName("a tag added to an open case is checked like the tags it was opened with")
    void a_tag_added_to_an_open_case_is_checked_like_the_tags_it_was_opened_with() {
        Case c = open("quote_needed");

        Result<Case.Change, OrderError> invalid = c.addTag("Not Ok", sales, NOW);
        Result<Case.Change, OrderError> missing = c.addTag(null, sales, NOW);
        Result<Case.Change, OrderError> twice = c.addTag("quote_needed", sales, NOW);

        assertThat(((OrderError.ValidationFailed) invalid.error()).violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("tag", "invalid_tag"));
        assertThat(((OrderError.ValidationFailed) missing.error()).violations()).extracting(Violation::code).containsExactly("invalid_tag");
        assertThat(twice.error()).isEqualTo(new OrderError.AlreadyExists(EntityType.CASE_TAG, "name quote_needed"));
        assertThat(c.addTag("install", sales, NOW).value().after().tags()).extracting(CaseTag::name).containsExactly("quote_needed", "install");
    }

    @Test
    @DisplayName("a case holds at most fifty tags whether opened with them or given them later")
    void a_case_holds_at_most_fifty_tags_whether_opened_with_them_or_given_them_later() {
        List<String> fifty = IntStream.range(0, Case.MAX_TAGS).mapToObj(i -> "tag_" + i).toList();
        List<String> fortyNine = fifty.subList(0, Case.MAX_TAGS - 1);
        List<String> fiftyOne = new ArrayList<>(fifty);
        fiftyOne.add("one_more");

        Case full = Case.open(new CaseId(UUID.randomUUID()), TENANT, "Big", fifty, sales, NOW).value().after();
        Case almost = Case.open(new CaseId(UUID.randomUUID()), TENANT, "Big", fortyNine, sales, NOW).value().after();
        Result<Case.Change, OrderError> tooMany = Case.open(new CaseId(UUID.randomUUID()), TENANT, "Big", fiftyOne, sales, NOW);

        assertThat(full.tags()).hasSize(50);
        assertThat(((OrderError.ValidationFailed) tooMany.error()).violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("tags", "too_many_tags"));
        assertThat(almost.addTag("the_fiftieth", sales, NOW).value().after().tags()).hasSize(50);
        assertThat(((OrderError.ValidationFailed) full.addTag("one_more", sales, NOW).error()).violations())
                .extracting(Violation::path, Violation::code, Violation::message)
                .containsExactly(tuple("tag", "too_many_tags", "a case has at most 50 tags"));
    }

    @Test
    @DisplayName("a title has at most 200 characters and a closing reason at most 1000")
    void a_title_has_at_most_200_characters_and_a_closing_reason_at_most_1000() {
        Result<Case.Change, OrderError> longest = Case.open(new CaseId(UUID.randomUUID()), TENANT, "t".repeat(200), List.of(), sales, NOW);
        Result<Case.Change, OrderError> tooLong = Case.open(new CaseId(UUID.randomUUID()), TENANT, "t".repeat(201), List.of(), sales, NOW);
        Case c = open();

        assertThat(longest.value().after().title()).hasSize(200);
        assertThat(((OrderError.ValidationFailed) tooLong.error()).violations()).extracting(Violation::code).containsExactly("too_long");
        assertThat(c.close(false, Optional.of("r".repeat(1000)), sales, NOW).value().after().state().closeReason()).contains("r".repeat(1000));
        assertThat(((OrderError.ValidationFailed) c.close(false, Optional.of("r".repeat(1001)), sales, NOW).error()).violations())
                .extracting(Violation::path, Violation::code).containsExactly(tuple("reason", "too_long"));
    }

    @Test
    @DisplayName("a case read back from its state is the same case")
    void a_case_read_back_from_its_state_is_the_same_case() {
        Case c = open("install");

        Case again = Case.rehydrate(c.state());
        Case other = c.addTag("more", sales, NOW).value().after();

        assertThat(again).isEqualTo(c).hasSameHashCodeAs(c);
        assertThat(other).isNotEqualTo(c);
        assertThat(c).isNotEqualTo(c.state());
        assertThat(again.tenant()).isEqualTo(TENANT);
        assertThat(c).hasToString("Case[" + c.id() + " 'Need new server' OPEN v1]");
    }
}
