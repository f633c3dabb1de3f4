package dev.ordercore.application.usecases;

import dev.ordercore.application.fixtures.OrderFixtures;
import dev.ordercore.application.fixtures.Principals;
import dev.ordercore.application.port.in.AppendStatusEntryCommand;
import dev.ordercore.application.port.in.CloseStatusEntryCommand;
import dev.ordercore.application.port.in.GetStatusesQuery;
import dev.ordercore.application.port.in.GetTimelineQuery;
import dev.ordercore.application.port.in.OrderStatuses;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusEntries;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.order.StatusHistory;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Module writers and operators appending to order histories (seed 004). */
public abstract class HistoryScenarios extends CoreScenarios {

    private Result<StatusEntry, OrderError> append(Principal writer, Order order, String code, Severity severity,
                                                   Optional<Instant> recordedAt, Optional<String> dedupeKey) {
        return core.appendStatusEntry().append(new AppendStatusEntryCommand(writer, TENANT, order.id(), new StatusEntries.Request(
                Optional.empty(), code, Optional.empty(), severity, JsonObject.empty(), recordedAt, dedupeKey, Optional.empty())));
    }

    @Test
    void R18_a_writer_writes_only_the_namespaces_it_owns_and_never_order() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        Principal billing = Principals.module(TENANT, "billing");

        assertThat(ok(append(billing, order, "billing:invoice_requested", Severity.INFO, Optional.empty(), Optional.empty()))
                .writtenBy()).isEqualTo("billing-module");
        assertThat(refused(append(billing, order, "inventory:reserved", Severity.INFO, Optional.empty(), Optional.empty())))
                .isEqualTo(new OrderError.NamespaceNotOwned("inventory"));
        assertThat(refused(append(billing, order, "order:paid", Severity.INFO, Optional.empty(), Optional.empty())))
                .isEqualTo(new OrderError.ReservedNamespace("order"));
        assertThat(refused(append(billing, order, "Billing:Invoice", Severity.INFO, Optional.empty(), Optional.empty())))
                .isInstanceOf(OrderError.ValidationFailed.class);
        assertThat(ok(append(Principals.operator(TENANT), order, "manual:called_customer", Severity.INFO, Optional.empty(),
                Optional.empty())).module()).isEqualTo("manual");
        assertThat(refused(append(Principals.viewer(TENANT), order, "manual:called_customer", Severity.INFO, Optional.empty(),
                Optional.empty()))).as("R36: viewers write nothing").isInstanceOf(OrderError.Forbidden.class);
        assertThat(ports.history().history(TENANT, order.id()).size()).isEqualTo(3);
    }

    @Test
    void R19_a_used_dedupe_key_returns_the_entry_it_first_wrote() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        Principal inventory = Principals.module(TENANT, "inventory");

        StatusEntry first = ok(append(inventory, order, "inventory:reserved", Severity.INFO, Optional.empty(), Optional.of("res-42")));
        StatusEntry again = ok(append(inventory, order, "inventory:reserved", Severity.WARNING, Optional.empty(), Optional.of("res-42")));

        assertThat(again).isEqualTo(first);
        assertThat(ports.history().history(TENANT, order.id()).size()).isEqualTo(2);
    }

    @Test
    void R19_a_dedupe_key_another_namespace_used_is_a_conflict_not_its_entry() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        ok(append(Principals.module(TENANT, "billing"), order, "billing:invoiced", Severity.INFO, Optional.empty(), Optional.of("42")));

        OrderError clash = refused(append(Principals.module(TENANT, "inventory"), order, "inventory:backordered", Severity.BLOCKING,
                Optional.empty(), Optional.of("42")));

        assertThat(clash).isEqualTo(new OrderError.DedupeKeyTaken("42", "inventory"));
        assertThat(ports.orders().find(TENANT, order.id()).orElseThrow().isBlocked()).isFalse();
    }

    @Test
    void a_payload_with_a_number_no_double_can_hold_is_a_violation() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        OrderError error = refused(core.appendStatusEntry().append(new AppendStatusEntryCommand(Principals.module(TENANT, "billing"),
                TENANT, order.id(), new StatusEntries.Request(Optional.empty(), "billing:x", Optional.empty(), Severity.INFO,
                (JsonObject) dev.ordercore.domain.json.JsonValue.parse("{\"amount\": 1e400}"), Optional.empty(), Optional.empty(),
                Optional.empty()))));

        assertThat(((OrderError.ValidationFailed) error).violations()).extracting(v -> v.code()).containsExactly("invalid_number");
    }

    @Test
    void R19_concurrent_writes_with_one_dedupe_key_store_one_entry() throws Exception {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        Principal inventory = Principals.module(TENANT, "inventory");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<StatusEntry>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return ok(append(inventory, order, "inventory:reserved", Severity.INFO, Optional.empty(), Optional.of("res-7")));
            }));
        }
        start.countDown();
        List<StatusEntry> entries = new ArrayList<>();
        for (Future<StatusEntry> f : results) {
            entries.add(f.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(new java.util.HashSet<>(entries)).hasSize(1);
        assertThat(ports.history().history(TENANT, order.id()).size()).isEqualTo(2);
    }

    @Test
    void R17_closing_appends_an_entry_that_closes_another_once_and_only_in_its_namespace() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        Principal procurement = Principals.module(TENANT, "procurement");
        StatusEntry hold = ok(append(procurement, order, "procurement:blocking_exception", Severity.BLOCKING, Optional.empty(),
                Optional.empty()));

        assertThat(refused(core.closeStatusEntry().close(new CloseStatusEntryCommand(Principals.module(TENANT, "billing"), TENANT,
                order.id(), hold.id(), Optional.empty(), Optional.empty())))).isEqualTo(new OrderError.NamespaceNotOwned("procurement"));
        StatusEntry closing = ok(core.closeStatusEntry().close(new CloseStatusEntryCommand(procurement, TENANT, order.id(), hold.id(),
                Optional.of("supplier delivered"), Optional.empty())));
        assertThat(closing.code().toString()).isEqualTo("procurement:closed");
        assertThat(closing.closes()).contains(hold.id());
        assertThat(refused(core.closeStatusEntry().close(new CloseStatusEntryCommand(procurement, TENANT, order.id(), hold.id(),
                Optional.empty(), Optional.empty())))).isInstanceOf(OrderError.EntryAlreadyClosed.class);

        List<StatusEntry> entries = ports.history().history(TENANT, order.id()).entries();
        assertThat(entries).hasSize(3);
        assertThat(entries.get(1)).as("the closed entry itself never changes").isEqualTo(hold);
    }

    @Test
    void R17_an_entry_closes_only_entries_of_its_own_namespace_even_for_a_writer_owning_both() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        Principal both = Principals.module(TENANT, "billing", "inventory");
        StatusEntry hold = ok(append(both, order, "inventory:hold", Severity.BLOCKING, Optional.empty(), Optional.empty()));

        OrderError error = refused(core.appendStatusEntry().append(new AppendStatusEntryCommand(both, TENANT, order.id(),
                new StatusEntries.Request(Optional.empty(), "billing:closed", Optional.empty(), Severity.INFO, JsonObject.empty(),
                        Optional.empty(), Optional.empty(), Optional.of(hold.id())))));

        assertThat(error).isEqualTo(new OrderError.ClosesOtherNamespace("inventory:hold", "billing"));
    }

    @Test
    void a_deleted_order_still_takes_entries_and_closings_but_no_new_blocks() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        Principal inventory = Principals.module(TENANT, "inventory");
        StatusEntry hold = ok(append(inventory, order, "inventory:hold", Severity.BLOCKING, Optional.empty(), Optional.empty()));
        ok(core.deleteOrder().delete(new dev.ordercore.application.port.in.DeleteOrderCommand(Principals.operator(TENANT), TENANT,
                order.id(), Optional.of("duplicate"), Optional.empty())));

        ok(core.closeStatusEntry().close(new CloseStatusEntryCommand(inventory, TENANT, order.id(), hold.id(), Optional.of("released"),
                Optional.empty())));
        ok(append(inventory, order, "inventory:released", Severity.INFO, Optional.empty(), Optional.empty()));

        assertThat(refused(append(inventory, order, "inventory:hold", Severity.BLOCKING, Optional.empty(), Optional.empty())))
                .isInstanceOf(OrderError.OrderDeleted.class);
        assertThat(ports.orders().find(TENANT, order.id()).orElseThrow().isBlocked()).isFalse();
    }

    @Test
    void R20_timeline_and_statuses_are_the_projections_of_the_history() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        Instant now = clock.instant();
        Principal billing = Principals.module(TENANT, "billing");
        ok(append(billing, order, "billing:invoice_issued", Severity.INFO, Optional.of(now.minus(Duration.ofHours(2))), Optional.empty()));
        ok(append(billing, order, "billing:invoice_requested", Severity.INFO, Optional.of(now.minus(Duration.ofHours(3))), Optional.empty()));
        StatusEntry hold = ok(append(Principals.module(TENANT, "inventory"), order, "inventory:backordered", Severity.BLOCKING,
                Optional.empty(), Optional.empty()));

        List<StatusEntry> timeline = ok(core.timeline().timeline(new GetTimelineQuery(Principals.viewer(TENANT), TENANT, order.id())));
        OrderStatuses statuses = ok(core.statuses().statuses(new GetStatusesQuery(Principals.viewer(TENANT), TENANT, order.id())));
        StatusHistory history = ports.history().history(TENANT, order.id());

        assertThat(timeline).extracting(e -> e.code().toString()).containsExactly("billing:invoice_requested", "billing:invoice_issued",
                "order:submitted", "inventory:backordered");
        assertThat(statuses.latestPerModule()).isEqualTo(history.latestPerModule());
        assertThat(statuses.latestPerModule().get("billing").code().status()).isEqualTo("invoice_issued");
        assertThat(statuses.openBlocking()).containsExactly(hold).isEqualTo(history.openBlocking());
        assertThat(statuses.status()).isEqualTo("PENDING");
    }

    @Test
    void R35_entries_of_another_tenants_order_are_not_found() {
        Order order = OrderFixtures.aPendingOrder(core, catalog);
        Result<StatusEntry, OrderError> r = core.appendStatusEntry().append(new AppendStatusEntryCommand(
                Principals.module(OTHER_TENANT, "billing"), OTHER_TENANT, order.id(), new StatusEntries.Request(Optional.empty(),
                "billing:x", Optional.empty(), Severity.INFO, JsonObject.empty(), Optional.empty(), Optional.empty(), Optional.empty())));
        assertThat(refused(r).code()).isEqualTo("order.not_found");
        assertThat(refused(core.timeline().timeline(new GetTimelineQuery(Principals.viewer(OTHER_TENANT), OTHER_TENANT, order.id())))
                .code()).isEqualTo("order.not_found");
    }
}
