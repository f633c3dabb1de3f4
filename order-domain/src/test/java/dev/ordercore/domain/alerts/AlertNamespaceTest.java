package dev.ordercore.domain.alerts;

import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.access.Role;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.order.NewStatusEntry;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusEntries;
import dev.ordercore.domain.order.StatusEntryId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.testing.OrderFixtures;
import dev.ordercore.domain.testing.ValueArbitraries;
import dev.ordercore.domain.order.OrderId;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** R18 for the alerts namespace: the order core writes it (R37); operators may only close its entries. */
class AlertNamespaceTest {

    private static final TenantId TENANT = OrderFixtures.TENANT;
    private static final OrderId ORDER = new OrderId(UUID.fromString("0190f0e0-0000-7000-8000-000000000001"));
    private static final StatusEntryId ALERT = new StatusEntryId(UUID.fromString("0190f0e0-0000-7000-8000-000000000002"));

    private static Result<NewStatusEntry, OrderError> write(String code, Optional<StatusEntryId> closes, Principal writer) {
        StatusEntries.Request r = new StatusEntries.Request(Optional.empty(), code, Optional.empty(), Severity.INFO, JsonObject.empty(),
                Optional.empty(), Optional.empty(), closes);
        return StatusEntries.entry(new StatusEntryId(UUID.randomUUID()), TENANT, ORDER, r, writer, ValueArbitraries.EPOCH);
    }

    @Test
    void R18_no_writer_may_raise_an_alert_not_even_one_owning_the_namespace() {
        Principal owner = new Principal("rogue", java.util.Set.of(TENANT), java.util.Set.of(Role.ADMIN), java.util.Set.of("alerts"));

        assertThat(write("alerts:high_value", Optional.empty(), owner).error())
                .isEqualTo(new OrderError.ReservedNamespace("alerts"));
        assertThat(write("alerts:closed", Optional.empty(), owner).error().code()).isEqualTo("history.reserved_namespace");
    }

    @Test
    void R18_an_operator_may_close_an_alert_to_acknowledge_it_but_a_viewer_may_not() {
        assertThat(write("alerts:closed", Optional.of(ALERT), Principal.user("op", TENANT, Role.OPERATOR)).isOk()).isTrue();
        assertThat(write("alerts:closed", Optional.of(ALERT), Principal.user("view", TENANT, Role.VIEWER)).isErr()).isTrue();
        assertThat(new OrderError.ReservedNamespace("alerts").message()).contains("operators may close");
    }
}
