package dev.ordercore.adapter.postgres;

import dev.ordercore.application.contract.ContractData;
import dev.ordercore.application.port.out.EventOutbox;
import dev.ordercore.application.port.out.TransactionRunner;
import dev.ordercore.domain.json.JsonNumber;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.TenantId;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static dev.ordercore.adapter.postgres.jooq.Tables.OUTBOX;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The relay delivers every committed event at least once (exactly once when nothing fails), the
 * events of one aggregate in commit order, and skips nothing when transactions commit out of
 * position order, also with two relays polling at once.
 */
class OutboxRelayIT {

    private static final TenantId ACME = TenantId.of("acme");
    private static final TenantId GLOBEX = TenantId.of("globex");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final PostgresTestDatabase pg = PostgresTestDatabase.forClass(OutboxRelayIT.class);
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private PostgresStores stores;
    private EventOutbox outbox;
    private TransactionRunner transactions;
    private OutboxRelay relay;
    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());

    /** An event as a subscriber saw it: which aggregate, its number within the aggregate, its outbox position. */
    record Seen(String aggregate, int n, long position) {
        static Seen of(DomainEvent e) {
            return new Seen(e.aggregateId(), ((JsonNumber) e.payload().get("n").orElseThrow()).value().intValue(),
                    ((RecordedEvent) e).position());
        }
    }

    record Happened(TenantId tenant, String aggregateType, String aggregateId, JsonObject payload, Instant occurredAt)
            implements DomainEvent {
    }

    @BeforeEach
    void freshStores() {
        stores = pg.freshStores(ContractData.CLOCK);
        outbox = stores.ports().outbox();
        transactions = stores.ports().transactions();
        relay = stores.relay();
    }

    @AfterEach
    void stopThreads() {
        relay.close();
        threads.shutdownNow();
    }

    @Test
    void every_committed_event_is_delivered_once_in_position_order() {
        relay.subscribe(e -> seen.add(Seen.of(e)));
        commit(event(ACME, "a", 0), event(ACME, "a", 1));
        commit(event(GLOBEX, "b", 0));
        commit(event(ACME, "c", 0), event(ACME, "a", 2));

        assertThat(relay.deliverPending()).isEqualTo(5);
        assertThat(relay.deliverPending()).isZero();

        assertThat(seen).extracting(Seen::position).isSorted().doesNotHaveDuplicates();
        assertThat(seen).extracting(s -> s.aggregate() + s.n()).containsExactly("a0", "a1", "b0", "c0", "a2");
        assertThat(unpublished()).isZero();
    }

    @Test
    void a_delivered_event_has_the_shape_it_was_appended_in() {
        List<DomainEvent> delivered = new ArrayList<>();
        relay.subscribe(delivered::add);
        DomainEvent appended = event(GLOBEX, "b", 7);
        commit(appended);

        relay.deliverPending();

        assertThat(delivered).singleElement().satisfies(e -> {
            assertThat(e.tenant()).isEqualTo(appended.tenant());
            assertThat(e.aggregateType()).isEqualTo(appended.aggregateType());
            assertThat(e.aggregateId()).isEqualTo(appended.aggregateId());
            assertThat(e.type()).isEqualTo("Happened");
            assertThat(e.occurredAt()).isEqualTo(appended.occurredAt());
            assertThat(e.payload()).isEqualTo(appended.payload());
        });
    }

    @Test
    void events_of_a_rolled_back_transaction_are_never_delivered() {
        relay.subscribe(e -> seen.add(Seen.of(e)));
        commit(event(ACME, "a", 0));
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            outbox.append(List.of(event(ACME, "a", 1), event(ACME, "x", 0)));
            throw new IllegalStateException("the command failed");
        })).isInstanceOf(IllegalStateException.class);
        commit(event(ACME, "a", 1));

        relay.deliverPending();
        relay.deliverPending();

        assertThat(seen).extracting(s -> s.aggregate() + s.n()).containsExactly("a0", "a1");
    }

    @Test
    void events_whose_transactions_commit_out_of_position_order_are_all_delivered() throws Exception {
        relay.subscribe(e -> seen.add(Seen.of(e)));
        CountDownLatch firstAppended = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        Future<?> first = threads.submit(() -> transactions.inTransaction(() -> {
            outbox.append(List.of(event(ACME, "a", 0)));
            firstAppended.countDown();
            await(commitFirst);
            return null;
        }));
        assertThat(firstAppended.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        commit(event(GLOBEX, "b", 0));

        int beforeFirstCommits = relay.deliverPending();
        commitFirst.countDown();
        first.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        int afterFirstCommits = relay.deliverPending();

        assertThat(beforeFirstCommits).isEqualTo(1);
        assertThat(afterFirstCommits).isEqualTo(1);
        assertThat(seen).extracting(Seen::aggregate).containsExactly("b", "a");
        assertThat(seen.get(1).position()).as("the late commit took the earlier position").isLessThan(seen.get(0).position());
    }

    @Test
    void a_subscriber_that_throws_gets_the_event_again_at_the_next_pass_and_other_aggregates_go_on() {
        AtomicBoolean failedOnce = new AtomicBoolean();
        relay.backoff(Duration.ZERO, Duration.ZERO).subscribe(e -> {
            Seen s = Seen.of(e);
            seen.add(s);
            if (s.aggregate().equals("a") && s.n() == 0 && failedOnce.compareAndSet(false, true)) {
                throw new IllegalStateException("the subscriber is down");
            }
        });
        commit(event(ACME, "b", 0), event(ACME, "a", 0), event(ACME, "a", 1), event(ACME, "b", 1));
        List<Throwable> reported = new ArrayList<>();
        Thread thread = Thread.currentThread();
        Thread.UncaughtExceptionHandler before = thread.getUncaughtExceptionHandler();
        thread.setUncaughtExceptionHandler((t, e) -> reported.add(e));
        int firstPass;
        int secondPass;
        try {
            firstPass = relay.deliverPending();
            secondPass = relay.deliverPending();
        } finally {
            thread.setUncaughtExceptionHandler(before);
        }

        assertThat(firstPass).isEqualTo(2);
        assertThat(secondPass).isEqualTo(2);
        assertThat(seen).extracting(s -> s.aggregate() + s.n()).containsExactly("b0", "a0", "b1", "a0", "a1");
        assertThat(reported).singleElement().extracting(Throwable::getMessage).isEqualTo("the subscriber is down");
        assertThat(unpublished()).isZero();
    }

    @Test
    void an_aggregate_that_keeps_failing_waits_and_never_crowds_out_the_others() {
        List<DomainEvent> poison = new ArrayList<>();
        for (int n = 0; n < 3 * OutboxRelay.PER_AGGREGATE; n++) {
            poison.add(event(ACME, "poison", n));
        }
        commit(poison.toArray(DomainEvent[]::new));
        commit(event(ACME, "healthy", 0));
        List<Throwable> reported = new ArrayList<>();
        relay.subscribe(e -> {
            if (e.aggregateId().equals("poison")) {
                throw new IllegalStateException("poison");
            }
            seen.add(Seen.of(e));
        });
        Thread thread = Thread.currentThread();
        Thread.UncaughtExceptionHandler before = thread.getUncaughtExceptionHandler();
        thread.setUncaughtExceptionHandler((t, e) -> reported.add(e));
        try {
            assertThat(relay.deliverPending()).isEqualTo(1);
            assertThat(relay.deliverPending()).as("the failing aggregate waits before it is tried again").isZero();
            commit(event(ACME, "healthy", 1));
            assertThat(relay.deliverPending()).isEqualTo(1);
        } finally {
            thread.setUncaughtExceptionHandler(before);
        }

        assertThat(seen).extracting(s -> s.aggregate() + s.n()).containsExactly("healthy0", "healthy1");
        assertThat(reported).hasSize(1);
        assertThat(unpublished()).isEqualTo(3 * OutboxRelay.PER_AGGREGATE);
    }

    @Test
    void a_relay_without_subscribers_leaves_the_events_for_later() {
        commit(event(ACME, "a", 0));

        assertThat(relay.deliverPending()).isZero();
        relay.subscribe(e -> seen.add(Seen.of(e)));
        assertThat(relay.deliverPending()).isEqualTo(1);
    }

    @Test
    void a_subscriber_writes_in_a_transaction_of_its_own_and_its_events_come_with_the_next_pass() {
        commit(event(ACME, "a", 0));
        relay.subscribe(e -> {
            seen.add(Seen.of(e));
            if (e.aggregateId().equals("a")) {
                commit(event(GLOBEX, "reaction", 1));
            }
        });

        assertThat(relay.deliverPending()).isEqualTo(1);
        assertThat(relay.deliverPending()).isEqualTo(1);

        assertThat(seen).extracting(Seen::aggregate).containsExactly("a", "reaction");
        assertThat(unpublished()).isZero();
    }

    @Test
    void a_pass_refuses_to_run_inside_another_transaction() {
        relay.subscribe(e -> seen.add(Seen.of(e)));

        assertThatThrownBy(() -> transactions.inTransaction(relay::deliverPending)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_started_relay_delivers_in_the_background() throws InterruptedException {
        CountDownLatch delivered = new CountDownLatch(3);
        relay.subscribe(e -> {
            seen.add(Seen.of(e));
            delivered.countDown();
        });
        relay.start(Duration.ofMillis(20));

        commit(event(ACME, "a", 0), event(ACME, "a", 1));
        commit(event(GLOBEX, "b", 0));

        assertThat(delivered.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        relay.close();
        assertThat(seen).extracting(s -> s.aggregate() + s.n()).containsExactly("a0", "a1", "b0");
    }

    @Test
    void two_relays_polling_at_once_deliver_every_event_once_and_each_aggregate_in_order() throws Exception {
        List<String> aggregates = List.of("a", "b", "c", "d");
        int transactionsPerAggregate = 40;
        OutboxRelay other = PostgresStores.create(pg.app(), ContractData.CLOCK).relay();
        Map<OutboxRelay, AtomicInteger> deliveredBy = Map.of(relay, new AtomicInteger(), other, new AtomicInteger());
        deliveredBy.forEach((r, count) -> r.subscribe(e -> {
            seen.add(Seen.of(e));
            count.incrementAndGet();
        }));
        AtomicBoolean writing = new AtomicBoolean(true);

        // One writer per aggregate, as the aggregate's row lock makes its commands take turns.
        List<Future<Integer>> writers = aggregates.stream().map(aggregate -> threads.submit(() -> {
            int n = 0;
            for (int t = 0; t < transactionsPerAggregate; t++) {
                List<DomainEvent> events = new ArrayList<>();
                for (int i = 0; i <= t % 3; i++) {
                    events.add(event(aggregate.equals("d") ? GLOBEX : ACME, aggregate, n++));
                }
                commit(events.toArray(DomainEvent[]::new));
            }
            return n;
        })).toList();
        List<Future<?>> relays = deliveredBy.keySet().stream().<Future<?>>map(r -> threads.submit(() -> {
            while (true) {
                boolean writersDone = !writing.get();
                int delivered = r.deliverPending();
                if (writersDone && delivered == 0) {
                    return null;
                }
                if (delivered == 0) {
                    Thread.sleep(1);
                }
            }
        })).toList();
        int written = 0;
        for (Future<Integer> w : writers) {
            written += w.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        writing.set(false);
        for (Future<?> r : relays) {
            r.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }

        Map<String, List<Integer>> perAggregate = seen.stream().collect(groupingBy(Seen::aggregate, mapping(Seen::n, toList())));
        assertThat(perAggregate).containsOnlyKeys(aggregates);
        perAggregate.forEach((aggregate, ns) -> assertThat(ns).as("events of %s, in delivery order", aggregate)
                .containsExactlyElementsOf(IntStream.range(0, ns.size()).boxed().toList()));
        assertThat(seen).hasSize(written);
        assertThat(unpublished()).isZero();
        assertThat(deliveredBy.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(written);
    }

    private void commit(DomainEvent... events) {
        transactions.inTransaction(() -> {
            outbox.append(List.of(events));
            return null;
        });
    }

    private static DomainEvent event(TenantId tenant, String aggregate, int n) {
        return new Happened(tenant, "order", aggregate, JsonObject.builder().put("n", n).build(), ContractData.T0);
    }

    private int unpublished() {
        return DSL.using(pg.owner(), SQLDialect.POSTGRES).fetchCount(OUTBOX, OUTBOX.PUBLISHED_AT.isNull());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
