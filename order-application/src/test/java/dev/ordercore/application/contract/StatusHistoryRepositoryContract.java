package dev.ordercore.application.contract;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.application.port.out.StatusHistoryRepository;
import dev.ordercore.domain.order.NewStatusEntry;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderChange;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.order.StatusHistory;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.TenantId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.ordercore.application.contract.ContractData.MODULES;
import static dev.ordercore.application.contract.ContractData.OTHER_TENANT;
import static dev.ordercore.application.contract.ContractData.TENANT;
import static dev.ordercore.application.contract.ContractData.anEntryId;
import static dev.ordercore.application.contract.ContractData.entry;
import static dev.ordercore.application.contract.ContractData.minutes;
import static dev.ordercore.application.contract.ContractData.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link StatusHistoryRepository} does: an append-only history per order (R17) with
 * arrival sequences, unique ids and dedupe keys (R19), and a latest-entry-per-module projection
 * that always equals its recomputation from the history (R20). Extend it with a {@link #ports()}
 * that answers fresh, empty stores; the R20 property asks for new stores on every try.
 */
public abstract class StatusHistoryRepositoryContract {

    /** Fresh, empty stores; called before each test and each try of a property. */
    protected abstract OrderCorePorts ports();

    private OrderCorePorts ports;
    private StatusHistoryRepository history;

    @BeforeEach
    void freshStores() {
        ports = ports();
        history = ports.history();
    }

    // ---- append and arrival order

    @Test
    void an_appended_entry_is_stored_as_given_with_its_arrival_sequence() {
        OrderChange placed = placedAndStored(TENANT);
        NewStatusEntry submitted = placed.entries().get(0);

        StatusEntry stored = history.append(submitted);

        assertThat(stored).isEqualTo(submitted.at(stored.sequence()));
        assertThat(history.find(TENANT, submitted.order(), submitted.id())).contains(stored);
    }

    @Test
    void append_gives_each_entry_a_greater_sequence_than_the_entries_before() {
        Order a = placedAndStored(TENANT).order();
        Order b = placedAndStored(TENANT).order();
        List<StatusEntry> appended = new ArrayList<>();

        for (int i = 0; i < 6; i++) {
            Order o = i % 2 == 0 ? a : b;
            appended.add(history.append(entry(o).code("inventory:step_" + i).build()));
        }

        assertThat(appended).extracting(StatusEntry::sequence).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void R20_entries_appended_together_are_stored_and_projected_as_if_appended_one_by_one() {
        OrderChange placed = placedAndStored(TENANT);
        Order order = placed.order();
        List<NewStatusEntry> written = List.of(
                placed.entries().get(0),
                entry(order).code("inventory:reserved").recordedAt(minutes(30)).build(),
                entry(order).code("inventory:reservation_backordered").severity(Severity.BLOCKING).recordedAt(minutes(10)).build(),
                entry(order).code("payments:review").severity(Severity.BLOCKING).recordedAt(minutes(5)).build());

        List<StatusEntry> appended = history.appendAll(written);

        assertThat(appended).hasSize(4).extracting(StatusEntry::sequence).isSorted().doesNotHaveDuplicates();
        for (int i = 0; i < written.size(); i++) {
            assertThat(appended.get(i)).isEqualTo(written.get(i).at(appended.get(i).sequence()));
        }
        assertThat(history.history(TENANT, order.id()).entries()).containsExactlyElementsOf(appended);
        assertThat(history.latestPerModule(TENANT, order.id()).get("inventory")).as("the newest by recordedAt").isEqualTo(appended.get(1));
        StatusEntry closing = history.append(entry(order).closing(appended.get(2)).build());
        assertThat(history.history(TENANT, order.id()).entries()).endsWith(closing);
    }

    @Test
    void the_history_keeps_arrival_order_whatever_the_recorded_times() {
        OrderChange placed = placedAndStored(TENANT);
        Order order = placed.order();
        List<NewStatusEntry> written = List.of(
                placed.entries().get(0),
                entry(order).code("billing:invoice_sent").recordedAt(minutes(30)).build(),
                entry(order).code("inventory:reserved").recordedAt(minutes(-60)).build(),
                entry(order).code("payments:captured").recordedAt(minutes(30)).build());

        written.forEach(history::append);
        StatusHistory stored = history.history(TENANT, order.id());

        assertThat(stored.order()).isEqualTo(order.id());
        assertThat(stored.entries()).extracting(StatusEntry::id).containsExactlyElementsOf(written.stream().map(NewStatusEntry::id).toList());
        assertThat(stored.entries()).extracting(StatusEntry::sequence).isSorted();
    }

    @Test
    void the_history_of_an_order_without_entries_is_empty() {
        Order order = placedAndStored(TENANT).order();

        assertThat(history.history(TENANT, order.id()).entries()).isEmpty();
        assertThat(history.history(TENANT, order.id()).order()).isEqualTo(order.id());
        assertThat(history.latestPerModule(TENANT, order.id())).isEmpty();
    }

    @Test
    void find_all_answers_the_entries_of_the_order_among_the_ids_in_arrival_order() {
        Order order = placedAndStored(TENANT).order();
        Order another = placedAndStored(TENANT).order();
        StatusEntry first = history.append(entry(order).code("inventory:reserved").build());
        StatusEntry notAsked = history.append(entry(order).code("inventory:picked").build());
        StatusEntry third = history.append(entry(order).code("billing:invoice_sent").build());
        StatusEntry ofAnother = history.append(entry(another).build());

        List<StatusEntry> found = history.findAll(TENANT, order.id(), List.of(third.id(), anEntryId(), first.id(), ofAnother.id(), third.id()));

        assertThat(found).containsExactly(first, third);
        assertThat(history.findAll(TENANT, order.id(), List.of())).isEmpty();
        assertThat(notAsked.sequence()).isBetween(first.sequence(), third.sequence());
    }

    @Test
    void an_entry_is_found_only_on_its_own_order() {
        Order order = placedAndStored(TENANT).order();
        Order another = placedAndStored(TENANT).order();
        StatusEntry stored = history.append(entry(order).dedupeKey("wms-1").build());

        assertThat(history.find(TENANT, another.id(), stored.id())).isEmpty();
        assertThat(history.findByDedupeKey(TENANT, another.id(), "wms-1")).isEmpty();
        assertThat(history.find(TENANT, order.id(), anEntryId())).isEmpty();
    }

    @Test
    void R35_another_tenants_history_behaves_exactly_like_an_unknown_order() {
        Order theirs = placedAndStored(OTHER_TENANT).order();
        StatusEntry blocking = history.append(entry(theirs).severity(Severity.BLOCKING).dedupeKey("wms-1").build());
        history.append(entry(theirs).closing(blocking).build());

        assertThat(history.history(TENANT, theirs.id()).entries()).isEmpty();
        assertThat(history.find(TENANT, theirs.id(), blocking.id())).isEmpty();
        assertThat(history.findAll(TENANT, theirs.id(), List.of(blocking.id()))).isEmpty();
        assertThat(history.findByDedupeKey(TENANT, theirs.id(), "wms-1")).isEmpty();
        assertThat(history.findCloser(TENANT, theirs.id(), blocking.id())).isEmpty();
        assertThat(history.latestPerModule(TENANT, theirs.id())).isEmpty();
        assertThat(history.history(OTHER_TENANT, theirs.id()).entries()).hasSize(2);
    }

    // ---- uniqueness (R19)

    @Test
    void R19_an_entry_id_that_is_taken_is_refused_and_the_history_is_unchanged() {
        Order order = placedAndStored(TENANT).order();
        StatusEntry first = history.append(entry(order).code("inventory:reserved").build());
        NewStatusEntry sameId = entry(order).id(first.id()).code("billing:invoice_sent").recordedAt(minutes(5)).build();

        assertThatThrownBy(() -> history.append(sameId))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.entity()).isEqualTo(EntityType.STATUS_ENTRY));
        assertThat(history.history(TENANT, order.id()).entries()).containsExactly(first);
        assertThat(history.latestPerModule(TENANT, order.id())).isEqualTo(Map.of("inventory", first));
    }

    @Test
    void R19_an_entry_id_taken_on_another_order_is_refused() {
        Order order = placedAndStored(TENANT).order();
        Order another = placedAndStored(TENANT).order();
        StatusEntry first = history.append(entry(order).build());

        assertThatThrownBy(() -> history.append(entry(another).id(first.id()).build())).isInstanceOf(DuplicateKeyException.class);
        assertThat(history.history(TENANT, another.id()).entries()).isEmpty();
    }

    @Test
    void R35_an_entry_id_taken_in_another_tenant_is_free_in_this_one() {
        Order theirs = placedAndStored(OTHER_TENANT).order();
        StatusEntry their = history.append(entry(theirs).build());
        Order ours = placedAndStored(TENANT).order();

        StatusEntry mine = history.append(entry(ours).id(their.id()).build());

        assertThat(history.find(TENANT, ours.id(), their.id())).contains(mine);
        assertThat(history.find(OTHER_TENANT, theirs.id(), their.id())).contains(their);
    }

    @Test
    void R19_a_dedupe_key_used_on_the_order_is_refused_and_the_history_is_unchanged() {
        Order order = placedAndStored(TENANT).order();
        StatusEntry first = history.append(entry(order).code("inventory:reserved").dedupeKey("wms-42").build());
        NewStatusEntry again = entry(order).code("inventory:picked").dedupeKey("wms-42").recordedAt(minutes(5)).build();

        assertThatThrownBy(() -> history.append(again))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.entity()).isEqualTo(EntityType.STATUS_ENTRY));
        assertThat(history.history(TENANT, order.id()).entries()).containsExactly(first);
        assertThat(history.find(TENANT, order.id(), again.id())).isEmpty();
        assertThat(history.findByDedupeKey(TENANT, order.id(), "wms-42")).contains(first);
        assertThat(history.latestPerModule(TENANT, order.id())).isEqualTo(Map.of("inventory", first));
    }

    @Test
    void R19_the_same_dedupe_key_on_another_order_is_fine() {
        Order order = placedAndStored(TENANT).order();
        Order another = placedAndStored(TENANT).order();
        StatusEntry first = history.append(entry(order).dedupeKey("wms-42").build());

        StatusEntry second = history.append(entry(another).dedupeKey("wms-42").build());

        assertThat(history.findByDedupeKey(TENANT, order.id(), "wms-42")).contains(first);
        assertThat(history.findByDedupeKey(TENANT, another.id(), "wms-42")).contains(second);
    }

    @Test
    void R19_the_same_dedupe_key_in_another_tenant_is_fine() {
        Order theirs = placedAndStored(OTHER_TENANT).order();
        history.append(entry(theirs).dedupeKey("wms-42").build());
        Order ours = placedAndStored(TENANT).order();

        StatusEntry mine = history.append(entry(ours).dedupeKey("wms-42").build());

        assertThat(history.findByDedupeKey(TENANT, ours.id(), "wms-42")).contains(mine);
    }

    @Test
    void entries_without_a_dedupe_key_never_clash() {
        Order order = placedAndStored(TENANT).order();

        history.append(entry(order).build());
        history.append(entry(order).build());

        assertThat(history.history(TENANT, order.id()).entries()).hasSize(2);
    }

    @Test
    void an_entry_is_found_by_its_dedupe_key() {
        Order order = placedAndStored(TENANT).order();
        history.append(entry(order).dedupeKey("wms-1").build());
        StatusEntry second = history.append(entry(order).dedupeKey("wms-2").build());

        assertThat(history.findByDedupeKey(TENANT, order.id(), "wms-2")).contains(second);
        assertThat(history.findByDedupeKey(TENANT, order.id(), "wms-3")).isEmpty();
    }

    // ---- closing

    @Test
    void R17_an_entry_is_closed_once_and_a_second_closer_is_refused() {
        Order order = placedAndStored(TENANT).order();
        StatusEntry blocking = history.append(entry(order).code("inventory:reservation_backordered").severity(Severity.BLOCKING).build());
        StatusEntry first = history.append(entry(order).closing(blocking).build());
        int size = history.history(TENANT, order.id()).size();

        assertThatThrownBy(() -> history.append(entry(order).closing(blocking).recordedAt(minutes(1)).build()))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(history.history(TENANT, order.id()).size()).isEqualTo(size);
        assertThat(history.findCloser(TENANT, order.id(), blocking.id())).contains(first);
    }

    @Test
    void the_entry_that_closes_another_is_found_as_its_closer() {
        Order order = placedAndStored(TENANT).order();
        StatusEntry blocking = history.append(entry(order).code("inventory:reservation_backordered").severity(Severity.BLOCKING).build());
        StatusEntry stillOpen = history.append(entry(order).code("payments:review").severity(Severity.BLOCKING).build());
        StatusEntry closer = history.append(entry(order).closing(blocking).recordedAt(minutes(10)).build());

        assertThat(history.findCloser(TENANT, order.id(), blocking.id())).contains(closer);
        assertThat(history.findCloser(TENANT, order.id(), stillOpen.id())).isEmpty();
        assertThat(history.findCloser(TENANT, order.id(), closer.id())).isEmpty();
        assertThat(history.history(TENANT, order.id()).openBlocking()).containsExactly(stillOpen);
    }

    // ---- the latest-per-module projection (R20)

    @Test
    void R20_the_latest_entry_of_a_module_is_the_newest_by_recorded_at_then_by_arrival() {
        Order order = placedAndStored(TENANT).order();
        StatusEntry reserved = history.append(entry(order).code("inventory:reserved").recordedAt(minutes(10)).build());
        history.append(entry(order).code("inventory:backfilled").recordedAt(minutes(5)).build());
        StatusEntry invoiced = history.append(entry(order).code("billing:invoice_sent").recordedAt(minutes(10)).build());
        Map<String, StatusEntry> afterBackfill = history.latestPerModule(TENANT, order.id());
        StatusEntry picked = history.append(entry(order).code("inventory:picked").recordedAt(minutes(10)).build());

        assertThat(afterBackfill).isEqualTo(Map.of("inventory", reserved, "billing", invoiced));
        assertThat(history.latestPerModule(TENANT, order.id())).isEqualTo(Map.of("inventory", picked, "billing", invoiced));
    }

    @Test
    void R19_of_concurrent_appends_with_one_dedupe_key_exactly_one_succeeds() {
        Order order = placedAndStored(TENANT).order();
        int writers = 8;
        List<NewStatusEntry> attempts = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            attempts.add(entry(order).code("inventory:reserved").dedupeKey("wms-42").recordedAt(minutes(i)).build());
        }

        List<Race.Outcome<StatusEntry>> outcomes = Race.run(writers, i -> () ->
                ports.transactions().inTransaction(() -> history.append(attempts.get(i))));

        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.succeeded())
                .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(DuplicateKeyException.class));
        StatusEntry winner = outcomes.stream().filter(Race.Outcome::succeeded).findFirst().orElseThrow().value();
        assertThat(history.history(TENANT, order.id()).entries()).containsExactly(winner);
        assertThat(history.latestPerModule(TENANT, order.id())).isEqualTo(Map.of("inventory", winner));
    }

    @Test
    void R20_concurrent_appends_leave_the_projection_equal_to_its_recomputation() {
        Order order = placedAndStored(TENANT).order();
        int writers = 6;
        int each = 10;

        List<Race.Outcome<Object>> outcomes = Race.run(writers, w -> () -> {
            for (int i = 0; i < each; i++) {
                NewStatusEntry e = entry(order).code(MODULES.get(i % 2) + ":step_" + i).recordedAt(minutes((w + i) % 4)).build();
                ports.transactions().inTransaction(() -> history.append(e));
            }
            return null;
        });

        assertThat(outcomes).allSatisfy(o -> assertThat(o.failure()).isNull());
        StatusHistory stored = history.history(TENANT, order.id());
        assertThat(stored.entries()).hasSize(writers * each);
        assertThat(history.latestPerModule(TENANT, order.id())).isEqualTo(stored.latestPerModule());
    }

    @Property(tries = 50)
    void R20_the_latest_entry_per_module_always_equals_its_recomputation_from_the_history(@ForAll("writes") List<Write> writes) {
        OrderCorePorts fresh = ports();
        Order order = order(TENANT).build();
        fresh.orders().insert(order);
        List<NewStatusEntry> written = writes.stream()
                .map(w -> entry(order).code(w.module() + ":" + w.status()).severity(w.severity()).recordedAt(minutes(w.minute())).build())
                .toList();

        written.forEach(fresh.history()::append);
        StatusHistory stored = fresh.history().history(TENANT, order.id());

        assertThat(stored.entries()).extracting(StatusEntry::id).containsExactlyElementsOf(written.stream().map(NewStatusEntry::id).toList());
        assertThat(fresh.history().latestPerModule(TENANT, order.id())).isEqualTo(stored.latestPerModule());
        Statistics.label("recordedAt out of arrival order").collect(outOfArrivalOrder(writes));
        Statistics.label("recordedAt out of arrival order").coverage(c -> c.check(true).percentage(p -> p > 20));
    }

    /** One module write: its module, status, severity and the minute after T0 the writer says it happened. */
    public record Write(String module, String status, Severity severity, int minute) {
    }

    @Provide
    Arbitrary<List<Write>> writes() {
        Arbitrary<Write> write = Combinators.combine(
                        Arbitraries.of(MODULES),
                        Arbitraries.of("reserved", "picked", "captured", "invoice_sent"),
                        Arbitraries.of(Severity.class),
                        Arbitraries.integers().between(0, 6))
                .as(Write::new);
        return write.list().ofMinSize(2).ofMaxSize(25);
    }

    private static boolean outOfArrivalOrder(List<Write> writes) {
        for (int i = 1; i < writes.size(); i++) {
            if (writes.get(i).minute() < writes.get(i - 1).minute()) {
                return true;
            }
        }
        return false;
    }

    private OrderChange placedAndStored(TenantId tenant) {
        OrderChange placed = order(tenant).place();
        ports.orders().insert(placed.order());
        return placed;
    }
}
