package dev.ordercore.domain.shared;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static dev.ordercore.domain.shared.OrderError.Kind.CONFLICT;
import static dev.ordercore.domain.shared.OrderError.Kind.FORBIDDEN;
import static dev.ordercore.domain.shared.OrderError.Kind.INVALID;
import static dev.ordercore.domain.shared.OrderError.Kind.NOT_FOUND;
import static dev.ordercore.domain.shared.OrderError.Kind.REFUSED;
import static dev.ordercore.domain.shared.OrderError.Kind.STALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Refusals as clients see them: a stable code to branch on, a kind an adapter maps to an answer
 * (an HTTP status), and a message that names the facts of the refusal.
 */
class OrderErrorTest {

    private static final Violation NO_LINES = new Violation("lineItems", "no_lines", "an order has at least one line");
    private static final Violation BAD_CURRENCY = new Violation("currency", "invalid_currency", "XAU has no minor units");

    static Stream<Arguments> errors() {
        return Stream.of(
                row(new OrderError.ValidationFailed(List.of(NO_LINES)), "validation.failed", INVALID,
                        "1 violation: [lineItems: an order has at least one line [no_lines]]"),
                row(new OrderError.ValidationFailed(List.of(NO_LINES, BAD_CURRENCY)), "validation.failed", INVALID,
                        "2 violations: ", "lineItems: an order has at least one line [no_lines]", "currency: XAU has no minor units"),
                row(new OrderError.NotFound(EntityType.LINE_ITEM, "0190f7a4"), "line_item.not_found", NOT_FOUND, "no line item 0190f7a4"),
                row(new OrderError.NotFound(EntityType.ORDER, "0190f7a5"), "order.not_found", NOT_FOUND, "no order 0190f7a5"),
                row(new OrderError.AlreadyExists(EntityType.CASE_TAG, "name quote_needed"), "case_tag.already_exists", CONFLICT,
                        "a case tag with name quote_needed already exists"),
                row(new OrderError.Forbidden("force a transition", "needs the admin role"), "access.forbidden", FORBIDDEN,
                        "not allowed to force a transition: needs the admin role"),
                row(new OrderError.StaleVersion(EntityType.ORDER, "0190f7a4", 3, 4), "concurrency.stale_version", STALE,
                        "order 0190f7a4 is at version 4, not 3"),
                row(new OrderError.TransitionNotAllowed("order WF-2026-00001", "PENDING", "SHIPPED", List.of("CONFIRMED", "REJECTED")),
                        "order.transition_not_allowed", REFUSED,
                        "order WF-2026-00001 cannot go from PENDING to SHIPPED; allowed from PENDING: CONFIRMED, REJECTED"),
                row(new OrderError.TransitionNotAllowed("order WF-2026-00001", "COMPLETED", "PENDING", List.of()),
                        "order.transition_not_allowed", REFUSED, "allowed from COMPLETED: nothing (terminal)"),
                row(new OrderError.TransitionBlocked("order WF-2026-00001", "CONFIRMED", List.of("inventory:backordered (e-1)")),
                        "order.blocked", REFUSED, "order WF-2026-00001 cannot go to CONFIRMED", "inventory:backordered (e-1)"),
                row(new OrderError.LinesNotDone("DELIVERED", List.of("l-1 (SHIPPED)", "l-2 (PENDING)")), "order.lines_not_done", REFUSED,
                        "cannot go to DELIVERED", "not done: l-1 (SHIPPED), l-2 (PENDING)"),
                row(new OrderError.OrderDeleted("0190f7a4"), "order.deleted", REFUSED, "order 0190f7a4 is deleted"),
                row(new OrderError.OrderNotAdjustable("0190f7a4", "COMPLETED"), "order.not_adjustable", REFUSED,
                        "order 0190f7a4 is COMPLETED, a terminal state"),
                row(new OrderError.NamespaceNotOwned("billing"), "history.namespace_not_owned", FORBIDDEN, "namespace 'billing'"),
                row(new OrderError.ReservedNamespace("order"), "history.reserved_namespace", REFUSED, "the 'order:' namespace"),
                row(new OrderError.DedupeKeyTaken("res-42", "billing"), "history.dedupe_key_taken", CONFLICT,
                        "dedupe key 'res-42'", "another namespace than 'billing'"),
                row(new OrderError.ClosesOtherNamespace("inventory:backordered", "billing"), "history.closes_other_namespace", FORBIDDEN,
                        "an entry in 'billing' cannot close inventory:backordered"),
                row(new OrderError.EntryAlreadyClosed("e-1", "e-2"), "history.entry_already_closed", CONFLICT,
                        "status entry e-1 is already closed by e-2"),
                row(new OrderError.IntentPayloadConflict("pos", "i-1", "aaa", "bbb"), "intent.payload_conflict", CONFLICT,
                        "intent pos/i-1", "payload hash aaa", "hashes to bbb"),
                row(new OrderError.IntentRefused(List.of(BAD_CURRENCY)), "intent.refused", INVALID,
                        "intent refused: [currency: XAU has no minor units [invalid_currency]]"),
                row(new OrderError.CaseTagsOpen("c-1", List.of("hardware", "quote_needed")), "case.tags_open", REFUSED,
                        "case c-1 still has open tags: hardware, quote_needed"),
                row(new OrderError.CaseTagAlreadyClosed("c-1", "hardware", "sales"), "case.tag_already_closed", REFUSED,
                        "tag 'hardware' of case c-1 was closed already by sales"),
                row(new OrderError.CaseClosed("c-1"), "case.closed", REFUSED, "case c-1 is closed"),
                row(new OrderError.CalculationRefused(List.of(new Violation("lineItems[0].snapshot.attributes", "excise_rate_missing",
                        "line l-1 carries 1.125 l of pure alcohol"))), "calculation.refused", REFUSED,
                        "the order cannot be calculated", "1.125 l of pure alcohol", "[excise_rate_missing]"));
    }

    private static Arguments row(OrderError error, String code, OrderError.Kind kind, String... facts) {
        return Arguments.of(error, code, kind, List.of(facts));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("errors")
    @DisplayName("each refusal has its stable code and kind and a message naming its facts")
    void each_refusal_has_its_stable_code_and_kind_and_a_message_naming_its_facts(OrderError error, String code, OrderError.Kind kind,
                                                                                  List<String> facts) {
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.kind()).isEqualTo(kind);
        assertThat(error.message()).contains(facts);
    }

    @Test
    @DisplayName("every kind of refusal is in the table above")
    void every_kind_of_refusal_is_in_the_table_above() {
        List<Class<?>> tabled = errors().<Class<?>>map(row -> row.get()[0].getClass()).distinct().toList();

        assertThat(tabled).containsExactlyInAnyOrderElementsOf(Arrays.asList(OrderError.class.getPermittedSubclasses()));
    }

    @Test
    @DisplayName("a refusal that lists violations or reasons lists at least one")
    void a_refusal_that_lists_violations_or_reasons_lists_at_least_one() {
        assertThatThrownBy(() -> new OrderError.ValidationFailed(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderError.IntentRefused(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderError.CalculationRefused(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a violation reads as its path its message and its code and without a path as message and code")
    void a_violation_reads_as_its_path_its_message_and_its_code() {
        assertThat(NO_LINES).hasToString("lineItems: an order has at least one line [no_lines]");
        assertThat(new Violation("", "intent.not_an_object", "an intent is a JSON object"))
                .hasToString("an intent is a JSON object [intent.not_an_object]");
    }
}
