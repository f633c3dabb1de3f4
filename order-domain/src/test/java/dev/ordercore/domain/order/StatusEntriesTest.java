package dev.ordercore.domain.order;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.access.Role;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatusEntriesTest {

    private static final TenantId TENANT = TenantId.of("shop");
    private static final OrderId ORDER = new OrderId(UUID.fromString("0190d2a4-7c2e-7d3b-9c1f-1a2b3c4d5e6f"));
    private static final Instant NOW = Instant.parse("2026-01-14T10:00:00Z");

    private static StatusEntries.Request request(String code, Severity severity) {
        return new StatusEntries.Request(Optional.empty(), code, Optional.of("fulfillment"), severity, JsonObject.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    @DisplayName("R18 an operator writes manual notes and nothing else without owning it")
    void r18_an_operator_writes_manual_notes_and_nothing_else_without_owning_it() {
        Principal operator = Principal.user("ann", TENANT, Role.OPERATOR);
        Principal viewer = Principal.user("bob", TENANT, Role.VIEWER);

        assertThat(StatusEntries.entry(id(), TENANT, ORDER, request("manual:called_customer", Severity.INFO), operator, NOW).isOk()).isTrue();
        assertThat(StatusEntries.entry(id(), TENANT, ORDER, request("manual:called_customer", Severity.INFO), viewer, NOW).error())
                .isEqualTo(new OrderError.NamespaceNotOwned("manual"));
        assertThat(StatusEntries.entry(id(), TENANT, ORDER, request("inventory:reserved", Severity.INFO), operator, NOW).error())
                .isEqualTo(new OrderError.NamespaceNotOwned("inventory"));
    }

    @Test
    @DisplayName("R18 every problem with a request is reported at once")
    void r18_every_problem_with_a_request_is_reported_at_once() {
        StatusEntries.Request bad = new StatusEntries.Request(Optional.empty(), "Inventory:Reserved", Optional.of("Fulfil ment"), null,
                JsonObject.empty(), Optional.of(NOW.plus(Duration.ofHours(1))), Optional.of(" "), Optional.empty());

        var refused = StatusEntries.entry(id(), TENANT, ORDER, bad, Principal.moduleWriter("inv", TENANT, "inventory"), NOW);

        assertThat(((OrderError.ValidationFailed) refused.error()).violations()).extracting(v -> v.path() + " " + v.code())
                .containsExactly("code invalid_code", "severity required", "category invalid_category", "dedupeKey invalid_dedupe_key",
                        "recordedAt in_the_future");
    }

    @Test
    @DisplayName("R17 closing an entry is a new entry of the same module that names it")
    void r17_closing_an_entry_is_a_new_entry_of_the_same_module_that_names_it() {
        Principal inventory = Principal.moduleWriter("inv", TENANT, "inventory");
        StatusEntry blocking = StatusEntries.entry(id(), TENANT, ORDER, request("inventory:reservation_backordered", Severity.BLOCKING),
                inventory, NOW).value().at(2);

        StatusEntries.Request closing = StatusEntries.closing(blocking, Optional.of("  stock arrived "), Optional.empty());

        assertThat(closing.code()).isEqualTo("inventory:closed");
        assertThat(closing.closes()).contains(blocking.id());
        assertThat(closing.severity()).isEqualTo(Severity.INFO);
        assertThat(closing.payload().get("reason")).contains(new JsonString("stock arrived"));
        assertThat(closing.payload().get("closes")).contains(new JsonString("inventory:reservation_backordered"));
    }

    @Test
    @DisplayName("R17 an entry cannot close itself")
    void r17_an_entry_cannot_close_itself() {
        StatusEntryId self = id();

        assertThatThrownBy(() -> new NewStatusEntry(self, TENANT, ORDER, Optional.empty(), StatusCode.parse("inventory:closed"),
                Optional.empty(), Severity.BLOCKING, JsonObject.empty(), NOW, "inv", Optional.empty(), Optional.of(self)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("closes itself");
    }

    @Test
    @DisplayName("R18 codes are namespace colon status in lowercase letters digits and underscores")
    void r18_codes_are_namespace_colon_status_in_lowercase_letters_digits_and_underscores() {
        assertThat(StatusCode.isValid("inventory:reservation_backordered")).isTrue();
        assertThat(StatusCode.isValid("po2:step_3")).isTrue();
        assertThat(StatusCode.isValid("Inventory:reserved")).isFalse();
        assertThat(StatusCode.isValid("inventory-x:reserved")).isFalse();
        assertThat(StatusCode.isValid("inventory:")).isFalse();
        assertThat(StatusCode.isValid(":reserved")).isFalse();
        assertThat(StatusCode.isValid("inventory:reserved:again")).isFalse();
        assertThat(StatusCode.entered("CANCEL_INCOMPLETE")).isEqualTo(StatusCode.CANCEL_INCOMPLETE);
        assertThat(StatusCode.CANCEL_INCOMPLETE.isTransition()).isFalse();
    }

    private static StatusEntryId id() {
        return new StatusEntryId(UUID.randomUUID());
    }
}
