package dev.ordercore.domain.order;

import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.testing.OrderFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.ordercore.domain.testing.OrderFixtures.aCharge;
import static dev.ordercore.domain.testing.OrderFixtures.aSale;
import static dev.ordercore.domain.testing.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

/** Reading an order's history (seed 004): the latest entry per module, and projections that refuse impossible histories (R14, R20). */
class StatusHistoryTest {

    private static final Instant T1 = Instant.parse("2026-01-14T10:00:00Z");
    private static final Instant T2 = T1.plusSeconds(60);
    private final Order order = OrderFixtures.placed(anOrder().line(aSale().build()).line(aCharge().build()).build()).order();
    private final TenantId tenant = order.tenant();
    private int ids;

    private NewStatusEntry entry(String code, Instant recordedAt) {
        return new NewStatusEntry(new StatusEntryId(new UUID(0, ++ids)), tenant, order.id(), Optional.empty(), StatusCode.parse(code),
                Optional.empty(), Severity.INFO, JsonObject.empty(), recordedAt, "writer", Optional.empty(), Optional.empty());
    }

    private NewStatusEntry entered(Optional<LineItemId> line, String state) {
        return NewStatusEntry.ofOrder(new StatusEntryId(new UUID(0, ++ids)), tenant, order.id(), line, StatusCode.entered(state),
                Severity.INFO, JsonObject.empty(), T1, "operator");
    }

    @Test
    @DisplayName("R20 the latest entry of a module is the one recorded last and arrival breaks ties")
    void r20_the_latest_entry_of_a_module_is_the_one_recorded_last_and_arrival_breaks_ties() {
        StatusHistory h = StatusHistory.empty(order.id())
                .append(entry("inventory:reserved", T2))
                .append(entry("inventory:reservation_requested", T1))
                .append(entry("billing:invoice_drafted", T1))
                .append(entry("billing:invoice_issued", T1));

        assertThat(h.order()).isEqualTo(order.id());
        assertThat(h.latestPerModule()).containsOnlyKeys("billing", "inventory");
        assertThat(h.latestPerModule().get("inventory").code()).hasToString("inventory:reserved");
        assertThat(h.latestPerModule().get("billing").code()).hasToString("billing:invoice_issued");
        StatusEntry reserved = h.entries().get(0);
        StatusEntry requested = h.entries().get(1);
        assertThat(StatusHistory.supersedes(reserved, requested)).isTrue();
        assertThat(StatusHistory.supersedes(requested, reserved)).isFalse();
        assertThat(StatusHistory.supersedes(reserved, reserved)).as("an entry does not replace itself").isFalse();
    }

    @Test
    @DisplayName("R14 R20 projecting folds the order and each line through their own entries only, however they interleave")
    void r14_r20_projecting_folds_the_order_and_each_line_through_their_own_entries_however_they_interleave() {
        LineItemId sale = order.lineItems().get(0).id();
        LineItemId charge = order.lineItems().get(1).id();
        StatusHistory h = StatusHistory.empty(order.id())
                .append(entered(Optional.of(sale), "CONFIRMED"))
                .append(entry("inventory:reserved", T1))
                .append(entered(Optional.empty(), "CONFIRMED"))
                .append(entered(Optional.of(charge), "CANCELLED"))
                .append(entered(Optional.of(sale), "ALLOCATED"))
                .append(entry("billing:invoice_issued", T2))
                .append(entered(Optional.empty(), "PAID"))
                .append(entered(Optional.of(charge), "REFUNDED"))
                .append(entered(Optional.of(sale), "SHIPPED"));

        StatusHistory.Projection projection = h.project(order, LifecycleSet.DEFAULT).value();

        assertThat(projection.orderStatus()).isEqualTo("PAID").isEqualTo(h.orderStatus(LifecycleSet.DEFAULT.order()).value());
        assertThat(projection.lineStatuses()).containsOnly(
                java.util.Map.entry(sale, "SHIPPED"), java.util.Map.entry(charge, "REFUNDED"));
        assertThat(projection.lineStatuses().get(sale)).isEqualTo(h.lineStatus(sale, LifecycleSet.DEFAULT.lineItem()).value());
        assertThat(projection.lineStatuses().get(charge)).isEqualTo(h.lineStatus(charge, LifecycleSet.DEFAULT.lineItem()).value());
        assertThat(StatusHistory.empty(order.id()).project(order, LifecycleSet.DEFAULT).value().lineStatuses())
                .as("a line without entries is in its lifecycle's initial state").containsValues("PENDING", "PENDING");
    }

    @Test
    @DisplayName("R14 R20 a history whose order or line steps are not allowed by the lifecycle does not project")
    void r14_r20_a_history_whose_order_or_line_steps_are_not_allowed_by_the_lifecycle_does_not_project() {
        LineItemId line = order.lineItems().get(1).id();
        StatusHistory skipping = StatusHistory.empty(order.id()).append(entered(Optional.empty(), "SHIPPED"));
        StatusHistory lineSkipping = StatusHistory.empty(order.id()).append(entered(Optional.of(line), "DELIVERED"));
        StatusHistory fine = StatusHistory.empty(order.id()).append(entered(Optional.empty(), "CONFIRMED"))
                .append(entered(Optional.of(line), "CANCELLED"));

        assertThat(skipping.project(order, LifecycleSet.DEFAULT).error()).isEqualTo(new OrderError.TransitionNotAllowed("lifecycle order",
                "PENDING", "SHIPPED", List.of("CONFIRMED", "REJECTED", "CANCELLED")));
        assertThat(lineSkipping.project(order, LifecycleSet.DEFAULT).error()).isEqualTo(new OrderError.TransitionNotAllowed(
                "lifecycle line_item", "PENDING", "DELIVERED", List.of("CONFIRMED", "CANCELLED")));
        StatusHistory.Projection projection = fine.project(order, LifecycleSet.DEFAULT).value();
        assertThat(projection.orderStatus()).isEqualTo("CONFIRMED");
        assertThat(projection.lineStatuses()).containsEntry(line, "CANCELLED").containsEntry(order.lineItems().get(0).id(), "PENDING");
    }
}
