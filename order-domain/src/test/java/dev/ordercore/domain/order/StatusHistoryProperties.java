package dev.ordercore.domain.order;

import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.testing.HistoryArbitraries;
import dev.ordercore.domain.testing.OrderArbitraries;
import dev.ordercore.domain.testing.OrderStory;
import dev.ordercore.domain.testing.PlacedOrder;
import dev.ordercore.domain.testing.Step;
import dev.ordercore.domain.testing.ValueArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The append-only history and what is read from it (R17, R19, R20), on random histories. */
@StatisticsReport(onFailureOnly = true)
class StatusHistoryProperties {

    /** A placed order and the steps played on it, so a property can replay any prefix. */
    record Played(PlacedOrder placed, List<Step> steps) {
        OrderStory upTo(int n) {
            return HistoryArbitraries.play(placed, steps.subList(0, Math.min(n, steps.size())));
        }

        OrderStory all() {
            return HistoryArbitraries.play(placed, steps);
        }
    }

    @Provide
    Arbitrary<Played> played() {
        return OrderArbitraries.placedOrders().flatMap(p -> HistoryArbitraries.steps(p.setup()).list().ofMaxSize(HistoryArbitraries.MAX_STEPS)
                .map(steps -> new Played(p, steps)));
    }

    @Provide
    Arbitrary<OrderStory> stories() {
        return HistoryArbitraries.stories();
    }

    @Group
    @Label("R17 append only")
    class AppendOnly {

        @Property(tries = 100)
        @Label("R17 entries are never updated or deleted: the history at any moment is the start of every later history")
        void the_history_at_any_moment_is_the_start_of_every_later_one(@ForAll("played") Played played,
                                                                        @ForAll @IntRange(min = 0, max = HistoryArbitraries.MAX_STEPS) int cut) {
            List<StatusEntry> earlier = played.upTo(cut).history().entries();
            List<StatusEntry> later = played.all().history().entries();

            Statistics.collect(later.size() > earlier.size() ? "grew" : "same");
            assertThat(later.subList(0, earlier.size())).isEqualTo(earlier);
            assertThat(later).extracting(StatusEntry::sequence).isSorted().doesNotHaveDuplicates();
        }

        @Property(tries = 100)
        @Label("R17 closing appends an entry that closes another, which stays in the history unchanged")
        void closing_appends_an_entry_that_closes_another(@ForAll("stories") OrderStory story) {
            StatusHistory history = story.history();
            for (StatusEntry e : history.entries()) {
                if (e.closes().isEmpty()) {
                    continue;
                }
                StatusEntry closed = history.find(e.closes().get()).orElseThrow();
                Statistics.label("closed").collect(closed.severity());
                assertThat(closed.sequence()).isLessThan(e.sequence());
                assertThat(e.code().status()).isEqualTo(StatusEntries.CLOSED);
                assertThat(e.module()).isEqualTo(closed.module());
                assertThat(e.lineItem()).isEqualTo(closed.lineItem());
                assertThat(history.closerOf(closed.id())).contains(e);
            }
        }
    }

    @Group
    @Label("R19 dedupe keys")
    class DedupeKeys {

        @Provide
        Arbitrary<List<Optional<String>>> keys() {
            return Arbitraries.of("a", "b", "c").optional(0.7).list().ofMinSize(1).ofMaxSize(12);
        }

        @Property(tries = 200)
        @Label("R19 the entry a dedupe key finds is the first entry written with it")
        void a_dedupe_key_finds_the_first_entry_written_with_it(@ForAll("keys") List<Optional<String>> keys,
                                                               @ForAll(supplier = ValueArbitraries.Tenants.class) TenantId tenant,
                                                               @ForAll long seed) {
            OrderId order = OrderId.next(ValueArbitraries.uuidGenerator(seed));
            StatusHistory history = StatusHistory.empty(order);
            var uuids = ValueArbitraries.uuidGenerator(seed + 1);
            for (int i = 0; i < keys.size(); i++) {
                history = history.append(new NewStatusEntry(StatusEntryId.next(uuids), tenant, order, Optional.empty(),
                        StatusCode.parse("payments:captured"), Optional.empty(), Severity.INFO, JsonObject.builder().put("i", i).build(),
                        ValueArbitraries.EPOCH, "payments", keys.get(i), Optional.empty()));
            }

            for (String key : List.of("a", "b", "c", "d")) {
                int first = keys.indexOf(Optional.of(key));
                Statistics.label("key").collect(first < 0 ? "unused" : keys.lastIndexOf(Optional.of(key)) > first ? "repeated" : "once");
                if (first < 0) {
                    assertThat(history.withDedupeKey(key)).isEmpty();
                } else {
                    assertThat(history.withDedupeKey(key)).contains(history.entries().get(first));
                }
            }
            Statistics.label("key").coverage(c -> c.check("repeated").count(n -> n > 0));
        }

        @Property(tries = 100)
        @Label("R19 writing again with a used dedupe key returns the existing entry and writes nothing")
        void writing_again_with_a_used_key_writes_nothing(@ForAll("stories") OrderStory story) {
            var used = story.history().entries().stream().filter(e -> e.dedupeKey().isPresent()).findFirst();
            String key = used.flatMap(StatusEntry::dedupeKey).orElse("fresh-key");
            String module = used.map(StatusEntry::module).orElse("inventory");
            Statistics.collect(used.isPresent() ? "a key the story used" : "a new key");
            var writer = HistoryArbitraries.moduleWriter(story.order().tenant());
            StatusEntries.Request write = new StatusEntries.Request(Optional.empty(), module + ":reserved", Optional.empty(),
                    Severity.BLOCKING, JsonObject.empty(), Optional.empty(), Optional.of(key), Optional.empty());
            if (used.isEmpty() && story.order().isDeleted()) {
                assertThat(story.journal().write(write, writer).error()).isInstanceOf(OrderError.OrderDeleted.class);
                return;
            }
            var once = used.isPresent() ? story.journal() : story.journal().write(write, writer).value();
            StatusEntry first = once.history().withDedupeKey(key).orElseThrow();

            var again = once.write(write, writer).value();

            assertThat(again).isSameAs(once);
            assertThat(again.history().withDedupeKey(key)).contains(first);
            assertThat(first.module()).isEqualTo(module);
        }
    }

    @Group
    @Label("R20 projections")
    class Projections {

        @Property(tries = 200)
        @Label("R20 after any history, the order's projection equals its recomputation from the full history")
        void the_projection_equals_its_recomputation_from_the_full_history(@ForAll("stories") OrderStory story) {
            Order order = story.order();

            story.played().forEach(p -> Statistics.label("steps").collect(p.step().getClass().getSimpleName(), p.accepted() ? "ok" : "refused"));
            Statistics.label("open blocks").collect(order.openBlocks().size());
            assertThat(story.history().project(order, story.setup().lifecycles()).value()).isEqualTo(StatusHistory.Projection.of(order));
            assertThat(story.history().openBlocks()).isEqualTo(order.openBlocks());
            assertThat(order.isBlocked()).isEqualTo(!story.history().openBlocking().isEmpty());
            Statistics.label("steps").coverage(c -> {
                c.check("CancelOrder", "ok").count(n -> n > 0);
                c.check("Adjust", "ok").count(n -> n > 0);
                c.check("Close", "ok").count(n -> n > 0);
                c.check("Write", "ok").count(n -> n > 0);
            });
        }

        @Property(tries = 200)
        @Label("R20 the latest entry per module kept entry by entry equals the one recomputed from the full history")
        void latest_per_module_kept_incrementally_equals_its_recomputation(@ForAll("stories") OrderStory story) {
            Map<String, StatusEntry> incremental = new TreeMap<>();
            for (StatusEntry e : story.history().entries()) {
                StatusEntry current = incremental.get(e.module());
                if (current == null || StatusHistory.supersedes(e, current)) {
                    incremental.put(e.module(), e);
                }
            }

            List<StatusEntry> entries = story.history().entries();
            boolean backdated = false;
            for (int i = 1; i < entries.size(); i++) {
                backdated |= entries.get(i).recordedAt().isBefore(entries.get(i - 1).recordedAt());
            }
            Statistics.label("arrival").collect(backdated ? "some entry backdated" : "in time order");
            Statistics.label("arrival").coverage(c -> c.check("some entry backdated").count(n -> n > 0));
            assertThat(story.history().latestPerModule()).isEqualTo(incremental);
        }

        @Property(tries = 200)
        @Label("R20 the timeline orders by recordedAt then arrival, and the same entries in any arrival order give the same latest per module")
        void the_timeline_orders_by_recorded_at_then_arrival(@ForAll("stories") OrderStory story, @ForAll Random random) {
            List<StatusEntry> timeline = story.history().timeline();
            List<StatusEntry> shuffled = new ArrayList<>(story.history().entries());
            Collections.shuffle(shuffled, random);

            assertThat(timeline).isSortedAccordingTo(StatusEntry.TIMELINE).containsExactlyInAnyOrderElementsOf(story.history().entries());
            assertThat(StatusHistory.of(story.order().id(), shuffled)).satisfies(h -> {
                assertThat(h.entries()).isEqualTo(story.history().entries());
                assertThat(h.latestPerModule()).isEqualTo(story.history().latestPerModule());
            });
        }
    }
}
